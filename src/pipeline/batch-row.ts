import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { buildContext } from '../context/build.js';
import type { Diagnostic } from '../diagnostics/index.js';
import type { KitDocument } from '../kits/load.js';
import { exists } from '../output/apply.js';
import { writeFileAtomic } from '../output/write-file.js';
import type { Profile } from '../profile/complete.js';
import type { Writer, WriteOptions } from '../writers/index.js';
import type { PlannedRowFile, PlannedVolume } from './batch-plan.js';
import { sharedImageLoader } from './images.js';
import type { PrintChoice } from './print-options.js';
import { renderDocument } from './render-document.js';
import { writeDocument } from './write-document.js';
import type * as VolumeModule from '../writers/pdf/volume.js';

/** One file of a row, once written (or found, with --resume): plain data, sent back by a worker. */
export interface RowOutput {
  document: string;
  format: string;
  pages?: number;
  bytes: number;
  sha256: string;
}

/** A print file, written with the last row it holds. */
export interface VolumeOutput {
  document: string;
  displayPath: string;
  pages: number;
  bytes: number;
  sha256: string;
}

export interface RowOutcome {
  outputs: RowOutput[];
  /** The print files this row completed (it was the last of their rows). */
  volumes: VolumeOutput[];
  /** Some file of the row was already present (--resume) and kept. */
  resumed: boolean;
  /** What the writers had to adapt or could not fit (posters). */
  warnings: Diagnostic[];
}

/** Plain data (it crosses to worker threads). */
export interface RowOptions {
  resume: boolean;
  force: boolean;
  write: WriteOptions;
  /** Print choices, where pictures are looked for. */
  render: { print: PrintChoice; imageDirs: string[]; profileFile?: string };
  /** The print files: their title, date (metadata) and --duplex. */
  volume: { title: string; date: Date; duplex: boolean };
}

/** One row to render: its index in the plan, its profile, its files and print files. */
export interface RowTask {
  id: number;
  profile: Profile;
  files: readonly PlannedRowFile[];
  volumes: readonly PlannedVolume[];
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Where a file of the batch already is, in place or staged (--resume keeps it), if anywhere. */
async function present(file: { path: string; staged: string }): Promise<string | undefined> {
  if (await exists(file.path)) return file.path;
  return (await exists(file.staged)) ? file.staged : undefined;
}

/** Pages of a PDF this program wrote (pdfkit writes one `/Type /Page` object per page). */
export function countPdfPages(bytes: Uint8Array): number {
  return Buffer.from(bytes).toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

/**
 * A print file being put together (`pending`: its rows' pages copied so far, in order), or one
 * found complete (--resume) and kept as it is.
 */
type OpenVolume = { kept: false; volume: VolumeModule.PdfVolume; pending: Promise<void> } | { kept: true };

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => ((resolve = yes), (reject = no)));
  return { promise, resolve, reject };
}

/**
 * Renders and writes the rows of a batch, in the batch's thread or in a worker. For each row: its
 * documents from the template, each given a place in its print file (in the order the rows are
 * given), then its files written atomically into the staging folder (the batch puts them in
 * place once every row is done), and each PDF's pages copied into its print file; with --resume
 * a file already present, in place or staged, is kept as it is (writes are atomic: it is
 * complete), and its pages are the ones copied. The row that ends a print file writes it. The
 * rows of one print file must all be given, in order, to the same renderer.
 */
export class RowRenderer {
  private readonly open = new Map<string, OpenVolume>();
  private readonly environment;

  private constructor(
    private readonly documents: readonly KitDocument[],
    private readonly writers: readonly Writer[],
    private readonly date: string,
    private readonly options: RowOptions,
    /** The print files' writer, imported only by a batch that writes PDF (it loads pdfkit). */
    private readonly pdf: typeof VolumeModule | undefined,
  ) {
    const { print, imageDirs, profileFile } = options.render;
    this.environment = { print, images: sharedImageLoader(imageDirs), ...(profileFile !== undefined && { profileFile }) };
  }

  static async create(documents: readonly KitDocument[], writers: readonly Writer[], date: string, options: RowOptions): Promise<RowRenderer> {
    const pdf = writers.some((writer) => writer.format === 'pdf') ? await import('../writers/pdf/volume.js') : undefined;
    return new RowRenderer(documents, writers, date, options, pdf);
  }

  async run(task: RowTask): Promise<RowOutcome> {
    const context = buildContext(task.profile, this.date);
    const pdfs = new Map<string, Deferred<Uint8Array>>();
    const rendered = this.documents.map((document) => {
      const ast = renderDocument(document, context, this.environment).document;
      const pdf = this.reserve(task, document.id, ast.meta.lang);
      if (pdf) pdfs.set(document.id, pdf);
      return { document, ast };
    });
    try {
      const outputs: RowOutput[] = [];
      const warnings: Diagnostic[] = [];
      let resumed = false;
      for (const { document, ast } of rendered) {
        for (const writer of this.writers) {
          const target = task.files.find((f) => f.document === document.id && f.format === writer.format)!;
          let bytes: Uint8Array;
          let pages: number | undefined;
          const kept = this.options.resume ? await present(target) : undefined;
          if (kept) {
            bytes = new Uint8Array(await readFile(kept));
            pages = writer.format === 'pdf' ? countPdfPages(bytes) : undefined;
            resumed = true;
          } else {
            const result = await writeDocument(writer, ast, this.options.write, document.template.file);
            warnings.push(...result.warnings);
            bytes = result.bytes;
            pages = result.pages;
            await writeFileAtomic(target.staged, bytes, { replace: true, displayPath: target.displayPath });
          }
          if (writer.format === 'pdf') pdfs.get(document.id)?.resolve(bytes);
          outputs.push({ document: document.id, format: writer.format, ...(pages !== undefined && { pages }), bytes: bytes.length, sha256: sha256(bytes) });
        }
      }
      const volumes: VolumeOutput[] = [];
      for (const planned of task.volumes) if (planned.to === task.id + 1) volumes.push(await this.closeVolume(planned));
      return { outputs, volumes, resumed, warnings };
    } catch (error) {
      for (const pdf of pdfs.values()) pdf.reject(error);
      throw error;
    }
  }

  /**
   * Takes the row's place in the print file of `document`, before the row's first await: rows
   * run two at a time, and their pages go into the print file in CSV order. The row hands over
   * its PDF (written, or kept with --resume) through the returned promise's resolver.
   */
  private reserve(task: RowTask, document: string, lang: string): Deferred<Uint8Array> | undefined {
    const planned = task.volumes.find((volume) => volume.document === document);
    if (!planned || !this.pdf) return undefined;
    let open = this.open.get(planned.path);
    if (!open) {
      // Resumed, a print file already present is complete (written atomically with its last row).
      open =
        this.options.resume && (existsSync(planned.path) || existsSync(planned.staged))
          ? { kept: true }
          : { kept: false, volume: new this.pdf.PdfVolume({ ...this.options.volume, pdfa: this.options.write.pdfa ?? false, lang }), pending: Promise.resolve() };
      this.open.set(planned.path, open);
    }
    if (open.kept) return undefined;
    const pdf = deferred<Uint8Array>();
    const { volume } = open;
    open.pending = open.pending.then(() => pdf.promise).then((bytes) => void volume.add(bytes));
    // Awaited by the print file's last row; until then, a failed row stops the batch anyway.
    open.pending.catch(() => undefined);
    return pdf;
  }

  private async closeVolume(planned: PlannedVolume): Promise<VolumeOutput> {
    const open = this.open.get(planned.path);
    this.open.delete(planned.path);
    let bytes: Uint8Array;
    let pages: number;
    if (!open || open.kept) {
      bytes = new Uint8Array(await readFile((await present(planned))!));
      pages = countPdfPages(bytes);
    } else {
      await open.pending;
      ({ bytes, pages } = await open.volume.finish());
      await writeFileAtomic(planned.staged, bytes, { replace: true, displayPath: planned.displayPath });
    }
    return { document: planned.document, displayPath: planned.displayPath, pages, bytes: bytes.length, sha256: sha256(bytes) };
  }
}
