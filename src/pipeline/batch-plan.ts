import path from 'node:path';
import type { TemplateContext } from '../context/build.js';
import type { ValidRow } from '../data/index.js';
import type { KitDocument } from '../kits/load.js';
import { safeBaseName, uniqueFileNames } from '../output/file-name.js';
import type { Writer } from '../writers/index.js';

/** Letters per merged print file: bounds the memory of the merge whatever the batch size. */
export const VOLUME_SIZE = 250;

export interface PlannedRowFile {
  document: string;
  format: string;
  path: string;
  displayPath: string;
}

export interface PlannedRow {
  row: ValidRow;
  files: PlannedRowFile[];
}

export interface PlannedVolume {
  document: string;
  path: string;
  displayPath: string;
  /** Index in `rows` of the first and after-last letter of the volume. */
  from: number;
  to: number;
}

export interface BatchPlan {
  rows: PlannedRow[];
  volumes: PlannedVolume[];
  manifest: { path: string; displayPath: string };
}

/**
 * Pure: names every file of a batch before anything is rendered (design.md §7):
 * `<out>/<kit>/<document>/<name>.<ext>` per row (names from the kit's pattern, made safe, made
 * unique ignoring case and normalisation, in CSV order), `<out>/<kit>/<document>-publipostage.pdf`
 * (in volumes of VOLUME_SIZE letters, numbered when there are several) and
 * `<out>/<kit>/manifeste.csv`.
 */
export function planBatch(options: {
  out: string;
  cwd: string;
  kitId: string;
  documents: readonly KitDocument[];
  writers: readonly Writer[];
  rows: readonly ValidRow[];
  contexts: readonly TemplateContext[];
}): BatchPlan {
  const kitDir = path.resolve(options.cwd, options.out, options.kitId);
  const display = (target: string) => path.relative(options.cwd, target) || target;
  const rows: PlannedRow[] = options.rows.map((row) => ({ row, files: [] }));
  const volumes: PlannedVolume[] = [];
  for (const document of options.documents) {
    const bases = options.contexts.map((context, index) => safeBaseName(document.fileName(context), `ligne-${options.rows[index]!.line}`));
    for (const writer of options.writers) {
      const names = uniqueFileNames(bases, writer.extension);
      names.forEach((name, index) => {
        const target = path.join(kitDir, document.id, name);
        rows[index]!.files.push({ document: document.id, format: writer.format, path: target, displayPath: display(target) });
      });
    }
    if (options.writers.some((writer) => writer.format === 'pdf') && rows.length > 0) {
      const count = Math.ceil(rows.length / VOLUME_SIZE);
      for (let volume = 0; volume < count; volume++) {
        const suffix = count > 1 ? `-${String(volume + 1).padStart(3, '0')}` : '';
        const target = path.join(kitDir, `${document.id}-publipostage${suffix}.pdf`);
        volumes.push({ document: document.id, path: target, displayPath: display(target), from: volume * VOLUME_SIZE, to: Math.min(rows.length, (volume + 1) * VOLUME_SIZE) });
      }
    }
  }
  const manifest = path.join(kitDir, 'manifeste.csv');
  return { rows, volumes, manifest: { path: manifest, displayPath: display(manifest) } };
}
