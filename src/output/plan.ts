import { createHash } from 'node:crypto';
import path from 'node:path';

/** One file to write: where, what, and its fingerprint for the report. */
export interface PlannedFile {
  /** Absolute path of the target. */
  path: string;
  /** Path as shown to the user (relative to the working directory). */
  displayPath: string;
  document: string;
  format: string;
  bytes: Uint8Array;
  pages?: number;
  sha256: string;
}

export interface OutputRequest {
  document: string;
  format: string;
  extension: string;
  bytes: Uint8Array;
  pages?: number;
}

/** `<out>/<kit>/<document>.<ext>` (design.md §7). */
export function outputPath(outDir: string, kitId: string, document: string, extension: string): string {
  return path.resolve(outDir, kitId, `${document}.${extension}`);
}

/** Pure: from rendered outputs to the files to write. */
export function planFiles(outDir: string, kitId: string, outputs: readonly OutputRequest[], cwd: string): PlannedFile[] {
  return outputs.map((output) => {
    const target = outputPath(outDir, kitId, output.document, output.extension);
    return {
      path: target,
      displayPath: path.relative(cwd, target) || target,
      document: output.document,
      format: output.format,
      bytes: output.bytes,
      ...(output.pages !== undefined && { pages: output.pages }),
      sha256: createHash('sha256').update(output.bytes).digest('hex'),
    };
  });
}
