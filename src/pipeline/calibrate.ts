import path from 'node:path';
import { writeFileAtomic } from '../output/write-file.js';
import { conflictError, exists } from '../output/apply.js';

export interface CalibrateRequest {
  /** Output file as the user typed it, resolved against `cwd`. */
  out: string;
  force: boolean;
  cwd: string;
  sourceDateEpoch?: number;
}

/**
 * Writes the calibration page (the envelope window, folds and a ruler on an A4 sheet) to check a
 * printer and an envelope before sending letters. Never replaces a file without `force`.
 */
export async function calibrate(request: CalibrateRequest): Promise<{ path: string; bytes: number }> {
  const target = path.resolve(request.cwd, request.out);
  if (!request.force && (await exists(target))) throw conflictError([{ displayPath: request.out }]);
  const { writeCalibrationPdf } = await import('../writers/pdf/calibrate.js');
  const bytes = await writeCalibrationPdf(request.sourceDateEpoch === undefined ? {} : { sourceDateEpoch: request.sourceDateEpoch });
  await writeFileAtomic(target, bytes, { replace: request.force, displayPath: request.out });
  return { path: request.out, bytes: bytes.length };
}
