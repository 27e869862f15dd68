import { readdir, readFile, unlink } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { buildContext } from '../context/build.js';
import { csvFileSource, invalidRowsError, parseBaseProfile, readAllRows, type BaseInput, type Delimiter, type ForcedEncoding } from '../data/index.js';
import { KitError, warning, type Diagnostic } from '../diagnostics/index.js';
import { loadKit, selectDocuments } from '../kits/load.js';
import { findKit, kitRoots } from '../kits/registry.js';
import { conflictError } from '../output/apply.js';
import { manifestCsv, type ManifestEntry } from '../output/manifest.js';
import { mergePdfs } from '../output/merge-pdf.js';
import { writeFileAtomic } from '../output/write-file.js';
import { isoDate } from '../template/helpers/date.js';
import { createTemplateEngine } from '../template/compile.js';
import { loadWriter, type OutputFormat } from '../writers/index.js';
import { planBatch, type BatchPlan } from './batch-plan.js';
import { BatchPool } from './batch-pool.js';
import { exists, sha256, writeRow, type RowOptions, type RowOutcome } from './batch-row.js';

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
  signal?: AbortSignal;
  /**
   * Worker threads rendering and writing the rows (default: one per CPU); 1 renders them in this
   * thread. The result is the same whatever the number.
   */
  jobs?: number;
  /** Called after each row is written (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
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
  files: BatchFile[];
  warnings: Diagnostic[];
  written: boolean;
  rows: { valid: number; invalid: number; resumed: number };
}

/** Rows in flight per worker: enough to keep it busy while this thread merges a volume, few enough to bound memory. */
const ROWS_PER_WORKER = 8;

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
 * unless --force or --resume). Then each row's files are written atomically, in this thread or by
 * `jobs` worker threads, the results being taken in CSV order: killed at any moment, the batch
 * resumes with --resume (rows whose files exist are kept), and ends with the merged print files
 * and the manifest.
 */
export async function generateBatch(request: BatchRequest): Promise<BatchResult> {
  const writers = await Promise.all(request.formats.map((format) => loadWriter(format)));
  const kit = await loadKit(await findKit(request.kit, kitRoots(request.kitPaths ?? [], request.cwd)), createTemplateEngine());
  const documents = selectDocuments(kit, request.documents);
  const { base, warnings: baseWarnings } = await readBase(request);
  const read = await readAllRows(csvFileSource(path.resolve(request.cwd, request.csv), request.csv), {
    file: request.csv,
    base,
    encoding: request.encoding,
    delimiter: request.delimiter,
  });
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

  const date = isoDate(request.now);
  const contexts = read.valid.map((row) => buildContext(row.profile, date));
  const plan = planBatch({ out: request.out, cwd: request.cwd, kitId: kit.id, documents, writers, rows: read.valid, contexts });
  await checkConflicts(plan, request);
  if (request.resume && !request.dryRun) await removeStaleTemporaries(plan);
  if (request.strict && warnings.length > 0) {
    throw new KitError([
      { severity: 'error', code: 'StrictWarnings', message: `${warnings.length} avertissement(s) avec --strict : aucun fichier n’a été écrit.` },
      ...warnings.map((d) => ({ ...d, severity: 'error' as const })),
    ]);
  }
  const rowsSummary = { valid: read.valid.length, invalid: read.invalid.length, resumed: 0 };
  if (request.dryRun) {
    const files = plan.rows.flatMap(({ row, files }) => files.map((f) => ({ path: f.displayPath, document: f.document, format: f.format, bytes: 0, sha256: '', row: row.line })));
    return { files, warnings, written: false, rows: rowsSummary };
  }

  const files: BatchFile[] = [];
  const manifest: ManifestEntry[] = [];
  const pdfsByDocument = new Map<string, Uint8Array[]>();
  const rowOptions: RowOptions = { resume: request.resume, force: request.force, write: request.sourceDateEpoch === undefined ? {} : { sourceDateEpoch: request.sourceDateEpoch } };
  // Starting a worker costs about half a second: below WORKERS_FROM rows, one thread is faster.
  const jobs = Math.min(request.jobs ?? (plan.rows.length >= WORKERS_FROM ? availableParallelism() : 1), plan.rows.length);
  const pool =
    jobs > 1
      ? new BatchPool(jobs, { kit: request.kit, kitPaths: request.kitPaths ?? [], cwd: request.cwd, ...(request.documents !== undefined && { documents: request.documents }), formats: request.formats, date, options: rowOptions })
      : undefined;
  const start = (index: number): Promise<RowOutcome> => {
    const planned = plan.rows[index]!;
    return pool ? pool.run({ id: index, profile: planned.row.profile, files: planned.files }) : writeRow(documents, writers, contexts[index]!, planned.files, rowOptions);
  };
  const window = pool ? jobs * ROWS_PER_WORKER : 1;
  const inFlight: Promise<RowOutcome>[] = [];
  let started = 0;
  try {
    for (const [index, planned] of plan.rows.entries()) {
      if (request.signal?.aborted) throw interrupted(index, plan.rows.length);
      // Rows are started ahead (at most `window` in flight) but taken in CSV order: the first
      // error in CSV order stops the batch, as with one thread.
      while (started < plan.rows.length && started - index < window) {
        const promise = start(started++);
        promise.catch(() => {}); // handled in order below
        inFlight.push(promise);
      }
      const outcome = await inFlight.shift()!;
      const entry: ManifestEntry = { row: planned.row.row, line: planned.row.line, files: [], sha256: [], status: 'écrit' };
      for (const [i, output] of outcome.outputs.entries()) {
        const target = planned.files.find((f) => f.document === output.document && f.format === output.format) ?? planned.files[i]!;
        if (output.pdf) {
          const letters = pdfsByDocument.get(output.document) ?? [];
          letters.push(output.pdf);
          pdfsByDocument.set(output.document, letters);
        }
        files.push({ path: target.displayPath, document: output.document, format: output.format, ...(output.pages !== undefined && { pages: output.pages }), bytes: output.bytes, sha256: output.sha256, row: planned.row.line });
        entry.files.push(path.relative(path.dirname(plan.manifest.path), target.path));
        entry.sha256.push(output.sha256);
        if (output.pages !== undefined) entry.pages = (entry.pages ?? 0) + output.pages;
      }
      // The manifest does not tell resumed rows apart: a resumed batch ends with the same files.
      if (outcome.resumed) rowsSummary.resumed++;
      manifest.push(entry);
      request.onProgress?.(index + 1, plan.rows.length);
      // Merge a volume as soon as its letters are all written: memory holds one volume at most.
      for (const volume of plan.volumes.filter((v) => v.to === index + 1)) {
        const letters = pdfsByDocument.get(volume.document) ?? [];
        const merged = await mergePdfs(letters, { duplex: request.duplex, date: request.sourceDateEpoch === undefined ? request.now : new Date(request.sourceDateEpoch * 1000), title: `${kit.title} — publipostage` });
        await writeFileAtomic(volume.path, merged.bytes, { replace: true, displayPath: volume.displayPath });
        files.push({ path: volume.displayPath, document: volume.document, format: 'pdf', pages: merged.pages, bytes: merged.bytes.length, sha256: sha256(merged.bytes), row: null });
        pdfsByDocument.set(volume.document, []);
      }
    }
  } finally {
    await pool?.close();
  }
  for (const invalid of read.invalid) {
    manifest.push({ row: invalid.row, line: invalid.line, files: [], sha256: [], status: 'ignoré', message: invalid.diagnostics[0]?.message ?? '' });
  }
  manifest.sort((a, b) => a.line - b.line);
  const manifestBytes = new TextEncoder().encode(manifestCsv(manifest));
  await writeFileAtomic(plan.manifest.path, manifestBytes, { replace: true, displayPath: plan.manifest.displayPath });
  files.push({ path: plan.manifest.displayPath, document: 'manifeste', format: 'csv', bytes: manifestBytes.length, sha256: sha256(manifestBytes), row: null });
  return { files, warnings, written: true, rows: rowsSummary };
}

/** Files of the batch already present: an error unless --force or --resume (exit 7). */
async function checkConflicts(plan: BatchPlan, request: BatchRequest): Promise<void> {
  if (request.force || request.resume) return;
  const targets = [...plan.rows.flatMap((row) => row.files), ...plan.volumes, plan.manifest];
  const present: { displayPath: string }[] = [];
  for (const target of targets) if (await exists(target.path)) present.push(target);
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
  const dirs = new Set([...plan.rows.flatMap((row) => row.files.map((file) => path.dirname(file.path))), path.dirname(plan.manifest.path)]);
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
