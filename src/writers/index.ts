import { KitError } from '../diagnostics/index.js';
import type { OutputFormat, Writer } from './types.js';

export type { OutputFormat, Writer, WriteOptions, WriteResult } from './types.js';

/**
 * The writer registry (after pandoc's Writers.hs): the list of formats is data. Each writer is
 * imported only when a run asks for it, so `kit --help` never loads pdfkit or docx.
 */
const registry: Record<OutputFormat, () => Promise<Writer>> = {
  pdf: async () => (await import('./pdf/index.js')).pdfWriter,
  docx: async () => (await import('./docx/index.js')).docxWriter,
};

export const OUTPUT_FORMATS = Object.keys(registry) as OutputFormat[];

export function isOutputFormat(value: string): value is OutputFormat {
  return Object.hasOwn(registry, value);
}

export async function loadWriter(format: string): Promise<Writer> {
  if (!isOutputFormat(format)) {
    throw new KitError({
      code: 'UnknownFormat',
      message: `format de sortie inconnu « ${format} ».`,
      actual: format,
      expected: OUTPUT_FORMATS.join(', '),
      hint: `utilisez --format ${OUTPUT_FORMATS.join(',')}`,
    });
  }
  return registry[format]();
}
