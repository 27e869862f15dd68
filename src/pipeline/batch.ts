import { readdir, readFile, rm, rmdir, unlink } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { buildContext } from '../context/build.js';
import { checkRows, csvChangedError, csvFileSource, invalidRowsError, missingFieldErrors, parseBaseProfile, readRows, type BaseInput, type Delimiter, type FileStamp, type ForcedEncoding, type ReadRowsOptions } from '../data/index.js';
import { KitError, warning, type Diagnostic } from '../diagnostics/index.js';
import { loadKit, selectDocuments } from '../kits/load.js';
import { findKit, kitRoots } from '../kits/registry.js';
import { missingFields } from '../kits/requirements.js';
import { conflictError, exists } from '../output/apply.js';
import { ManifestFile, type ManifestEntry } from '../output/manifest.js';
import { fileSystemError } from '../output/errors.js';
import { eachInParallel } from '../output/parallel.js';
import { placeStaged, type StagedFile } from '../output/place-staged.js';
import { isoDate } from '../template/helpers/date.js';
import { createTemplateEngine } from '../template/compile.js';
import { loadWriter, type OutputFormat, type Writer } from '../writers/index.js';
import type { PrintChoice } from './print-options.js';
import type { Profile } from '../profile/complete.js';
import { BatchPlanner, VOLUME_SIZE, type BatchPlan } from './batch-plan.js';
import { BatchPool } from './batch-pool.js';
import { RowRenderer, type RowOptions, type RowOutcome } from './batch-row.js';

/** Rows from which the default --jobs uses every core. */
export const WORKERS_FROM = 300;

export interface BatchRequest {
  kit: string;
  kitPaths?: readonly string[];
  /** The CSV of recipients, as the user typed it. */
  csv: string;
  /** Base profile (shared fields: sender…), or undefined when every field comes from the rows. */
  profile?: string;
  documents?: readonly string[];
  formats: readonly OutputFormat[];
  out: string;
  force: boolean;
  resume: boolean;
  dryRun: boolean;
  strict: boolean;
  skipInvalid: boolean;
  duplex: boolean;
  encoding?: ForcedEncoding;
  delimiter?: Delimiter;
  cwd: string;
  now: Date;
  sourceDateEpoch?: number;
  /** Paper of posters and flyers, bleed (--affiche, --flyer, --bleed). */
  print: PrintChoice;
  /** PDF/A-2b (--pdfa). */
  pdfa?: boolean;
  /** Embed the font in every DOCX (--polices) ; off by default in a batch: 540 kB a letter. */
  embedFonts?: boolean;
  signal?: AbortSignal;
  /**
   * Threads rendering and writing the rows: this one and `jobs − 1` worker threads (default: one
   * per CPU from WORKERS_FROM rows). The result is the same whatever the number.
   */
  jobs?: number;
  /** Called after each row is written (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
  /**
   * The writers, instead of those of `formats` (tests inject a failing one). Worker threads load
   * their own: with this, the batch runs in one thread.
   */
  writers?: readonly Writer[];
  /**
   * How many of the rows' files `files` lists (default: all). The human report needs none of
   * 35,000 letters' entries, only their count: not keeping them keeps memory flat.
   */
  rowFilesListed?: number;
}

export interface BatchFile {
  path: string;
  document: string;
  format: string;
  pages?: number;
  bytes: number;
  sha256: string;
  /** CSV line of the row, or null for the merged print file and the manifest. */
  row: number | null;
}

export interface BatchResult {
  /** The print files, the manifest and the rows' files (the first `rowFilesListed` of them). */
  files: BatchFile[];
  /** Every file of the batch, listed or not. */
  fileCount: number;
  warnings: Diagnostic[];
  written: boolean;
  rows: { valid: number; invalid: number; resumed: number };
}

/**
 * Rows in flight per rendering thread beyond its print file: each thread draws whole print
 * files (VOLUME_SIZE rows), handed out ahead so that no thread waits for the others, plus a few
 * rows of the next. A row waiting is its profile: a few kilobytes.
 */
const ROWS_AHEAD = 8;

async function readBase(request: BatchRequest): Promise<{ base?: BaseInput; warnings: Diagnostic[] }> {
  if (request.profile === undefined) return { warnings: [] };
  const file = path.resolve(request.cwd, request.profile);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    throw new KitError({
      code: 'ProfileRead',
      message: `profil introuvable : ${request.profile}`,
      location: { file: request.profile },
      hint: 'en publipostage, le profil de base (--profile) porte l’expéditeur et les champs communs à toutes les lignes.',
    });
  }
  const parsed = parseBaseProfile(bytes, request.profile);
  return { base: { profile: parsed.profile, locate: parsed.locate, file: request.profile }, warnings: parsed.warnings };
}

/**
 * One letter (or document) per CSV row. Everything that can fail is checked before the first
 * file is written: the kit, the base profile, every row (all problems reported at once, exit
 * 6, unless --skip-invalid), the names of all files and the files already present (exit 7,
 * unless --force or --resume). Then each row's files are written atomically and drawn into its
 * print file (volumes of VOLUME_SIZE rows, each written with its last row), by this thread and
 * `jobs − 1` worker threads, the results being taken in CSV order: killed at any moment, the
 * batch resumes with --resume (files present are kept), and ends with the manifest.
 *
 * The CSV is read twice, so that memory does not grow with the number of rows: the first pass
 * checks every row and keeps only its line and file names (the plan); the second reads the rows
 * again, one at a time, and renders them. A file changed between the passes is an error.
 */
export async function generateBatch(request: BatchRequest): Promise<BatchResult> {
  const writers = request.writers ?? (await Promise.all(request.formats.map((format) => loadWriter(format))));
  const entry = await findKit(request.kit, kitRoots(request.kitPaths ?? [], request.cwd));
  const kit = await loadKit(entry, createTemplateEngine());
  const documents = selectDocuments(kit, request.documents);
  const { base, warnings: baseWarnings } = await readBase(request);
  const csvPath = path.resolve(request.cwd, request.csv);
  const readOptions = { file: request.csv, base, encoding: request.encoding, delimiter: request.delimiter };
  const date = isoDate(request.now);

  // Pass 1: check every row and name its files; profiles are dropped as soon as named.
  const planner = new BatchPlanner({ out: request.out, cwd: request.cwd, kitId: kit.id, documents, writers });
  let stamp: FileStamp | undefined;
  const read = await checkRows(csvFileSource(csvPath, request.csv, { onStamp: (s) => (stamp = s) }), readOptions, (row, columns) => {
    // A field a document needs and the row lacks: reported now, with the row's other problems.
    const missing = documents.flatMap((document) => missingFields(document, row.profile).map(({ field }) => ({ field, document: document.title })));
    if (missing.length > 0) return missingFieldErrors(missing, row, { file: request.csv, columns });
    planner.add(row, buildContext(row.profile, date));
    return undefined;
  });
  const plan = planner.finish();
  const warnings: Diagnostic[] = [...baseWarnings, ...read.warnings];
  if (read.invalid.length > 0) {
    const error = invalidRowsError(read);
    if (error && !request.skipInvalid) throw error;
    warnings.push(
      warning({
        code: 'CsvRowSkipped',
        message: `${read.invalid.length} ligne(s) ignorée(s) (--skip-invalid) : ${read.invalid.map((row) => row.line).join(', ')}.`,
        location: { file: request.csv },
      }),
      ...read.invalid.flatMap((row) => row.diagnostics.map((d) => ({ ...d, severity: 'warning' as const }))),
    );
  }

  await checkConflicts(plan, request);
  if (request.strict && warnings.length > 0) {
    throw new KitError([
      { severity: 'error', code: 'StrictWarnings', message: `${warnings.length} avertissement(s) avec --strict : aucun fichier n’a été écrit.` },
      ...warnings.map((d) => ({ ...d, severity: 'error' as const })),
    ]);
  }
  const rowsSummary = { valid: plan.size, invalid: read.invalid.length, resumed: 0 };
  const listed = request.rowFilesListed ?? Number.POSITIVE_INFINITY;
  const fileCount = plan.size * documents.length * writers.length + plan.volumes.length + 1;
  let rowFiles = 0;
  if (request.dryRun) {
    const files: BatchFile[] = [];
    for (let index = 0; index < plan.size; index++) {
      const { line } = plan.rowAt(index);
      for (const f of plan.filesOf(index)) if (files.length < listed) files.push({ path: f.displayPath, document: f.document, format: f.format, bytes: 0, sha256: '', row: line });
    }
    files.push(...plan.volumes.map((v) => ({ path: v.displayPath, document: v.document, format: 'pdf', bytes: 0, sha256: '', row: null })));
    files.push({ path: plan.manifest.displayPath, document: 'manifeste', format: 'csv', bytes: 0, sha256: '', row: null });
    return { files, fileCount, warnings, written: false, rows: rowsSummary };
  }

  const rowOptions: RowOptions = {
    resume: request.resume,
    force: request.force,
    write: {
      ...(request.sourceDateEpoch !== undefined && { sourceDateEpoch: request.sourceDateEpoch }),
      ...(request.pdfa && { pdfa: true }),
      embedFonts: request.embedFonts === true,
      stableSubsets: true,
    },
    render: {
      print: request.print,
      imageDirs: [entry.dir, ...(request.profile === undefined ? [] : [path.dirname(path.resolve(request.cwd, request.profile))])],
      ...(request.profile !== undefined && { profileFile: request.profile }),
    },
    volume: {
      title: `${kit.title} — publipostage`,
      date: request.sourceDateEpoch === undefined ? request.now : new Date(request.sourceDateEpoch * 1000),
      duplex: request.duplex,
    },
  };
  // Starting a worker costs about half a second: below WORKERS_FROM rows, this thread alone is faster.
  const threads = request.writers ? 1 : Math.max(1, Math.min(request.jobs ?? (plan.size >= WORKERS_FROM ? availableParallelism() : 1), plan.size));
  // Files are written into the staging folder, and put in place once all are done: a batch that
  // fails leaves the output folder as it was; one interrupted (Ctrl-C, kill) leaves its staging
  // folder for --resume.
  const existed = { out: await exists(path.dirname(plan.kitDir)), kitDir: await exists(plan.kitDir) };
  if (request.force) await rm(plan.staging, { recursive: true, force: true });
  if (request.resume) await removeStaleTemporaries(plan);
  const discard = async () => {
    await rm(plan.staging, { recursive: true, force: true });
    if (!existed.kitDir) await rmdir(plan.kitDir).catch(() => {});
    if (!existed.out) await rmdir(path.dirname(plan.kitDir)).catch(() => {});
  };

  // Pass 2: the rows again, one at a time, checked against the plan.
  const source = plannedRows(csvFileSource(csvPath, request.csv, stamp && { expect: stamp }), readOptions, plan, read.invalid, request.csv);
  const files: BatchFile[] = [];
  const refused = read.invalid.map((invalid): ManifestEntry => ({ row: invalid.row, line: invalid.line, files: [], sha256: [], status: 'ignoré', message: invalid.diagnostics[0]?.message ?? '' }));
  const manifest = await ManifestFile.open(plan.manifest.staged, refused).catch(async (error: unknown) => {
    await discard();
    throw fileSystemError(error, plan.manifest.displayPath);
  });
  const setup = { kit: request.kit, kitPaths: request.kitPaths ?? [], cwd: request.cwd, ...(request.documents !== undefined && { documents: request.documents }), formats: request.formats, date, options: rowOptions };
  const pool = new BatchPool(threads - 1, setup, RowRenderer.create(documents, writers, date, rowOptions));
  // The rows of one print file go to one thread; without print files (DOCX only), any row to any.
  const grouped = plan.volumes.length > 0;
  const start = ({ index, profile }: SourcedRow): Promise<RowOutcome> => {
    const group = grouped ? Math.floor(index / VOLUME_SIZE) : index;
    const last = !grouped || index + 1 === Math.min(plan.size, (group + 1) * VOLUME_SIZE);
    return pool.run({ id: index, profile, files: plan.filesOf(index), volumes: plan.volumesOf(index) }, group, last);
  };

  const window = threads * ((grouped ? VOLUME_SIZE : 0) + ROWS_AHEAD);
  const inFlight: Promise<RowOutcome>[] = [];
  let exhausted = false;
  try {
    for (let index = 0; index < plan.size; index++) {
      if (request.signal?.aborted) throw interrupted(index, plan.size);
      // Rows are started ahead (at most `window` in flight) but taken in CSV order: the first
      // error in CSV order stops the batch, as with one thread.
      while (!exhausted && inFlight.length < window) {
        const next = await source.next();
        if (next.done) exhausted = true;
        else {
          const promise = start(next.value);
          promise.catch(() => {}); // handled in order below
          inFlight.push(promise);
        }
      }
      const outcome = await inFlight.shift()!;
      const planned = plan.rowAt(index);
      const targets = plan.filesOf(index);
      const entry: ManifestEntry = { row: planned.row, line: planned.line, files: [], sha256: [], status: 'écrit' };
      for (const [i, output] of outcome.outputs.entries()) {
        const target = targets.find((f) => f.document === output.document && f.format === output.format) ?? targets[i]!;
        if (rowFiles++ < listed) files.push({ path: target.displayPath, document: output.document, format: output.format, ...(output.pages !== undefined && { pages: output.pages }), bytes: output.bytes, sha256: output.sha256, row: planned.line });
        entry.files.push(path.relative(path.dirname(plan.manifest.path), target.path));
        entry.sha256.push(output.sha256);
        if (output.pages !== undefined) entry.pages = (entry.pages ?? 0) + output.pages;
      }
      // The manifest does not tell resumed rows apart: a resumed batch ends with the same files.
      if (outcome.resumed) rowsSummary.resumed++;
      warnings.push(...outcome.warnings.map((warning) => ({ ...warning, message: `ligne ${planned.line} : ${warning.message}` })));
      manifest.add(entry);
      for (const volume of outcome.volumes) files.push({ path: volume.displayPath, document: volume.document, format: 'pdf', pages: volume.pages, bytes: volume.bytes, sha256: volume.sha256, row: null });
      request.onProgress?.(index + 1, plan.size);
    }
    // Read to the end: the file must not have changed (nor grown) while it was being rendered.
    if (!exhausted && !(await source.next()).done) throw csvChangedError(request.csv);
    await source.return(undefined);
    await pool.close();
  } catch (error) {
    await source.return(undefined);
    await pool.close();
    await manifest.close().catch(() => {});
    if (!(error instanceof KitError && error.diagnostics.some((d) => d.code === 'Interrupted'))) await discard();
    throw error;
  }
  const manifestFile = await manifest.close().catch((error: unknown) => {
    throw fileSystemError(error, plan.manifest.displayPath);
  });
  try {
    await placeStaged(() => stagedFiles(plan), fileCount, { replace: request.force || request.resume });
  } catch (error) {
    if (!(error instanceof KitError)) throw error;
    throw new KitError([...error.diagnostics, { severity: 'error', code: 'OutputWrite', message: `rien n’a été mis en place ; les ${fileCount.toLocaleString('fr-FR')} fichiers produits attendent dans ${path.relative(request.cwd, plan.staging) || plan.staging}.`, hint: 'réglez le problème, puis relancez la même commande avec --resume : ils seront mis en place sans être refaits.' }], { cause: error });
  }
  await rm(plan.staging, { recursive: true, force: true });
  files.push({ path: plan.manifest.displayPath, document: 'manifeste', format: 'csv', bytes: manifestFile.bytes, sha256: manifestFile.sha256, row: null });
  return { files, fileCount, warnings, written: true, rows: rowsSummary };
}

/** Every file of the batch, where it is staged and where it goes. */
function* stagedFiles(plan: BatchPlan): Iterable<StagedFile> {
  yield* plan.allFiles();
  yield* plan.volumes;
  yield plan.manifest;
}

interface SourcedRow {
  /** Index of the row in the plan. */
  index: number;
  profile: Profile;
}

/**
 * Pass 2: the valid rows of the CSV read again, lazily (one row is read when the batch asks for
 * it), each matched with its row of the plan. Rows refused in pass 1 are passed over; any other
 * difference (a planned row missing or moved, a row valid now that was not) means the file was
 * changed since pass 1: `CsvRead` error. The file source also compares the file's size and
 * modification time with pass 1's.
 */
export async function* plannedRows(source: AsyncIterable<Uint8Array>, options: ReadRowsOptions, plan: Pick<BatchPlan, 'size' | 'rowAt'>, refused: readonly { line: number }[], csv: string): AsyncGenerator<SourcedRow> {
  const refusedLines = new Set(refused.map((row) => row.line));
  let index = 0;
  for await (const event of readRows(source, options)) {
    if (event.kind !== 'valid' && event.kind !== 'invalid') continue;
    const expected = index < plan.size ? plan.rowAt(index) : undefined;
    if (expected && event.kind === 'valid' && event.line === expected.line && event.row === expected.row) {
      yield { index: index++, profile: event.profile };
    } else if (!refusedLines.has(event.line) || (expected && event.line > expected.line)) {
      throw csvChangedError(csv);
    }
  }
  if (index < plan.size) throw csvChangedError(csv);
}

/** Files of the batch already present, or an interrupted batch: an error unless --force or --resume (exit 7). */
async function checkConflicts(plan: BatchPlan, request: BatchRequest): Promise<void> {
  if (request.force || request.resume) return;
  if (await exists(plan.staging)) {
    const shown = path.relative(request.cwd, plan.staging) || plan.staging;
    throw new KitError({
      code: 'OutputExists',
      message: `un publipostage interrompu attend dans ${shown}.`,
      location: { file: shown },
      hint: 'ajoutez --resume pour le terminer (les fichiers déjà produits sont gardés), ou --force pour tout refaire.',
    });
  }
  const found: { displayPath: string }[] = [];
  await eachInParallel(stagedFiles(plan), async (target, index) => {
    if (await exists(target.path)) found[index] = target;
  });
  const present = found.filter((target) => target !== undefined);
  if (present.length > 0) {
    const error = conflictError(present);
    throw new KitError([
      ...error.diagnostics.slice(0, 20),
      ...(present.length > 20 ? [{ ...error.diagnostics[0]!, message: `… et ${present.length - 20} autres fichiers déjà présents.` }] : []),
      { ...error.diagnostics[0]!, message: 'des fichiers de ce publipostage existent déjà.', hint: 'ajoutez --resume pour terminer un publipostage interrompu, ou --force pour tout refaire.' },
    ]);
  }
}

/** Temporary files of a run killed while writing (`.<name>.<pid>-<random>.tmp`, see write-file.ts). */
const TEMPORARY = /^\..+\.\d+-[0-9a-f]{8}\.tmp$/;

async function removeStaleTemporaries(plan: BatchPlan): Promise<void> {
  const dirs = new Set([path.dirname(plan.manifest.path), plan.staging]);
  for (const file of plan.allFiles()) dirs.add(path.dirname(file.path)).add(path.dirname(file.staged));
  for (const dir of dirs) {
    const names = await readdir(dir).catch(() => [] as string[]);
    await Promise.all(names.filter((name) => TEMPORARY.test(name)).map((name) => unlink(path.join(dir, name)).catch(() => {})));
  }
}

function interrupted(done: number, total: number): KitError {
  return new KitError({
    code: 'Interrupted',
    message: `interrompu après ${done} ligne(s) sur ${total} : les fichiers écrits sont complets.`,
    hint: 'relancez la même commande avec --resume pour terminer.',
  });
}
