import path from 'node:path';
import type { TemplateContext } from '../context/build.js';
import type { KitDocument } from '../kits/load.js';
import { collisionKey, safeBaseName } from '../output/file-name.js';
import type { Writer } from '../writers/index.js';

/** Letters per merged print file: bounds the memory of the merge whatever the batch size. */
export const VOLUME_SIZE = 250;

/** Folder of `<out>/<kit>/` where a batch writes its files until all of them are done. */
export const STAGING_DIR = '.publipostage-en-cours';

export interface PlannedRowFile {
  document: string;
  format: string;
  path: string;
  displayPath: string;
  /** Where the batch writes it first (in STAGING_DIR, the same layout): see `placeStaged`. */
  staged: string;
}

/** A row of the plan: where it is in the CSV. Its files are given by `BatchPlan.filesOf`. */
export interface PlannedRowRef {
  /** Number of the data record, from 1. */
  row: number;
  /** Line of the CSV file where the row starts. */
  line: number;
}

export interface PlannedVolume {
  document: string;
  path: string;
  displayPath: string;
  staged: string;
  /** Index in the plan of the first and after-last letter of the volume. */
  from: number;
  to: number;
}

export interface BatchPlan {
  /** Number of rows to render (the valid rows, in CSV order). */
  size: number;
  rowAt(index: number): PlannedRowRef;
  /** The files of one row, documents then formats in kit order (built on demand). */
  filesOf(index: number): PlannedRowFile[];
  /** Every file of every row, in order (not kept: built as iterated). */
  allFiles(): Iterable<PlannedRowFile>;
  volumes: PlannedVolume[];
  /** The print files the row goes into (one per document, none without PDF). */
  volumesOf(index: number): PlannedVolume[];
  manifest: { path: string; displayPath: string; staged: string };
  /** `<out>/<kit>/`, and STAGING_DIR in it. */
  kitDir: string;
  staging: string;
}

interface Slot {
  document: string;
  format: string;
  extension: string;
  /** Collision keys of the names given so far (case and normalisation ignored). */
  taken: Set<string>;
}

/**
 * Names every file of a batch before anything is rendered (design.md §7), one row at a time
 * (the first pass over the CSV adds each valid row, then forgets its profile):
 * `<out>/<kit>/<document>/<name>.<ext>` per row (names from the kit's pattern, made safe, made
 * unique ignoring case and normalisation, in CSV order: the second « Dupont » is « Dupont-2 »),
 * `<out>/<kit>/<document>-publipostage.pdf` (in volumes of VOLUME_SIZE letters, numbered when
 * there are several) and `<out>/<kit>/manifeste.csv`. Pure.
 *
 * Memory per row is its line and its file names (not its profile nor its paths): about a
 * hundred bytes, so the plan of the 35,000 communes of France holds in a few megabytes.
 */
export class BatchPlanner {
  private readonly kitDir: string;
  private readonly slots: Slot[];
  private readonly rows: number[] = [];
  private readonly lines: number[] = [];
  /** The file names of row i are names[i * slots.length …]. */
  private readonly names: string[] = [];

  constructor(
    private readonly options: {
      out: string;
      cwd: string;
      kitId: string;
      documents: readonly KitDocument[];
      writers: readonly Writer[];
    },
  ) {
    this.kitDir = path.resolve(options.cwd, options.out, options.kitId);
    this.slots = options.documents.flatMap((document) => options.writers.map((writer) => ({ document: document.id, format: writer.format, extension: writer.extension, taken: new Set<string>() })));
  }

  /** Adds the next valid row (in CSV order), named from its context. */
  add(row: PlannedRowRef, context: TemplateContext): void {
    const fallback = `ligne-${row.line}`;
    const bases = new Map(this.options.documents.map((document) => [document.id, safeBaseName(document.fileName(context), fallback)]));
    this.rows.push(row.row);
    this.lines.push(row.line);
    for (const slot of this.slots) {
      const base = bases.get(slot.document)!;
      let name = `${base}.${slot.extension}`;
      for (let n = 2; slot.taken.has(collisionKey(name)); n++) name = `${base}-${n}.${slot.extension}`;
      slot.taken.add(collisionKey(name));
      this.names.push(name);
    }
  }

  get size(): number {
    return this.rows.length;
  }

  /** The plan; the planner's collision sets are dropped. */
  finish(): BatchPlan {
    for (const slot of this.slots) slot.taken.clear();
    const { kitDir, slots, rows, lines, names } = this;
    const { cwd, documents, writers } = this.options;
    const display = (target: string) => path.relative(cwd, target) || target;
    const staging = path.join(kitDir, STAGING_DIR);
    const filesOf = (index: number): PlannedRowFile[] =>
      slots.map((slot, i) => {
        const name = names[index * slots.length + i]!;
        const target = path.join(kitDir, slot.document, name);
        return { document: slot.document, format: slot.format, path: target, displayPath: display(target), staged: path.join(staging, slot.document, name) };
      });
    const volumes: PlannedVolume[] = [];
    if (writers.some((writer) => writer.format === 'pdf') && rows.length > 0) {
      const count = Math.ceil(rows.length / VOLUME_SIZE);
      for (const document of documents) {
        for (let volume = 0; volume < count; volume++) {
          const suffix = count > 1 ? `-${String(volume + 1).padStart(3, '0')}` : '';
          const name = `${document.id}-publipostage${suffix}.pdf`;
          const target = path.join(kitDir, name);
          volumes.push({ document: document.id, path: target, displayPath: display(target), staged: path.join(staging, name), from: volume * VOLUME_SIZE, to: Math.min(rows.length, (volume + 1) * VOLUME_SIZE) });
        }
      }
    }
    const manifest = path.join(kitDir, 'manifeste.csv');
    return {
      size: rows.length,
      rowAt: (index) => ({ row: rows[index]!, line: lines[index]! }),
      filesOf,
      *allFiles() {
        for (let index = 0; index < rows.length; index++) yield* filesOf(index);
      },
      volumes,
      volumesOf: (index) => volumes.filter((volume) => volume.from <= index && index < volume.to),
      manifest: { path: manifest, displayPath: display(manifest), staged: path.join(staging, 'manifeste.csv') },
      kitDir,
      staging,
    };
  }
}

/** The plan of rows given at once (tests, small batches). */
export function planBatch(options: ConstructorParameters<typeof BatchPlanner>[0] & { rows: readonly { row: PlannedRowRef; context: TemplateContext }[] }): BatchPlan {
  const planner = new BatchPlanner(options);
  for (const { row, context } of options.rows) planner.add(row, context);
  return planner.finish();
}
