import { createHash } from 'node:crypto';
import { access, readFile } from 'node:fs/promises';
import type { TemplateContext } from '../context/build.js';
import type { Diagnostic } from '../diagnostics/index.js';
import type { KitDocument } from '../kits/load.js';
import { writeFileAtomic } from '../output/write-file.js';
import type { Writer, WriteOptions } from '../writers/index.js';
import type { PlannedRowFile } from './batch-plan.js';
import { sharedImageLoader } from './images.js';
import type { PrintChoice } from './print-options.js';
import { renderDocument } from './render-document.js';
import { writeDocument } from './write-document.js';

/** One file of a row, once written (or found, with --resume): plain data, sent back by a worker. */
export interface RowOutput {
  document: string;
  format: string;
  pages?: number;
  bytes: number;
  sha256: string;
  /** The PDF's bytes, for the merged print file (absent for other formats). */
  pdf?: Uint8Array;
}

export interface RowOutcome {
  outputs: RowOutput[];
  /** Some file of the row was already present (--resume) and kept. */
  resumed: boolean;
  /** What the writers had to adapt or could not fit (posters). */
  warnings: Diagnostic[];
}

export interface RowOptions {
  resume: boolean;
  force: boolean;
  write: WriteOptions;
  /** Plain data (it crosses to worker threads): print choices, where pictures are looked for. */
  render: { print: PrintChoice; imageDirs: string[]; profileFile?: string };
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** Pages of a PDF this program wrote (pdfkit writes one `/Type /Page` object per page). */
export function countPdfPages(bytes: Uint8Array): number {
  return Buffer.from(bytes).toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

/**
 * Renders and writes (atomically) the files of one row, documents then formats in plan order;
 * with --resume a file already present is kept as it is (writes are atomic: it is complete).
 * The same code runs in the main thread (--jobs 1) and in the workers.
 */
export async function writeRow(documents: readonly KitDocument[], writers: readonly Writer[], context: TemplateContext, files: readonly PlannedRowFile[], options: RowOptions): Promise<RowOutcome> {
  const outputs: RowOutput[] = [];
  const warnings: Diagnostic[] = [];
  let resumed = false;
  const { print, imageDirs, profileFile } = options.render;
  const environment = { print, images: sharedImageLoader(imageDirs), ...(profileFile !== undefined && { profileFile }) };
  for (const document of documents) {
    const rendered = renderDocument(document, context, environment).document;
    for (const writer of writers) {
      const target = files.find((f) => f.document === document.id && f.format === writer.format)!;
      let bytes: Uint8Array;
      let pages: number | undefined;
      if (options.resume && (await exists(target.path))) {
        bytes = new Uint8Array(await readFile(target.path));
        pages = writer.format === 'pdf' ? countPdfPages(bytes) : undefined;
        resumed = true;
      } else {
        const result = await writeDocument(writer, rendered, options.write, document.template.file);
        warnings.push(...result.warnings);
        bytes = result.bytes;
        pages = result.pages;
        await writeFileAtomic(target.path, bytes, { replace: options.force, displayPath: target.displayPath });
      }
      outputs.push({ document: document.id, format: writer.format, ...(pages !== undefined && { pages }), bytes: bytes.length, sha256: sha256(bytes), ...(writer.format === 'pdf' && { pdf: bytes }) });
    }
  }
  return { outputs, resumed, warnings };
}
