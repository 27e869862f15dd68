import path from 'node:path';
import { buildContext } from '../context/build.js';
import { KitError, type Diagnostic } from '../diagnostics/index.js';
import { loadKit, selectDocuments } from '../kits/load.js';
import { findKit, kitRoots } from '../kits/registry.js';
import { missingFields } from '../kits/requirements.js';
import { applyPlan, conflictError, findConflicts } from '../output/apply.js';
import { planFiles, type OutputRequest, type PlannedFile } from '../output/plan.js';
import { loadProfile } from '../profile/load.js';
import { isoDate } from '../template/helpers/date.js';
import { createTemplateEngine } from '../template/compile.js';
import { loadWriter, type OutputFormat, type WriteOptions } from '../writers/index.js';
import { imageLoader } from './images.js';
import type { PrintChoice } from './print-options.js';
import { renderDocument } from './render-document.js';
import { writeDocument } from './write-document.js';

export interface GenerateRequest {
  kit: string;
  /** Folders of user kits (--kit-path), searched before the built-in kits. */
  kitPaths?: readonly string[];
  /** Profile path as the user typed it (shown in messages), resolved against `cwd`. */
  profile: string;
  documents?: readonly string[];
  formats: readonly OutputFormat[];
  out: string;
  force: boolean;
  dryRun: boolean;
  strict: boolean;
  cwd: string;
  /** Date of the documents; with SOURCE_DATE_EPOCH, also the files' creation date. */
  now: Date;
  sourceDateEpoch?: number;
  /** Paper of posters and flyers, bleed (--affiche, --flyer, --bleed). */
  print: PrintChoice;
  /** PDF/A-2b (--pdfa). */
  pdfa?: boolean;
  signal?: AbortSignal;
}

export interface GenerateResult {
  files: PlannedFile[];
  warnings: Diagnostic[];
  /** False for --dry-run. */
  written: boolean;
}

/**
 * One profile through one kit: validate everything, render every document in every format in
 * memory, plan the files, and only then write them, all or nothing.
 */
export async function generate(request: GenerateRequest): Promise<GenerateResult> {
  const writers = await Promise.all(request.formats.map((format) => loadWriter(format)));
  const engine = createTemplateEngine();
  const entry = await findKit(request.kit, kitRoots(request.kitPaths ?? [], request.cwd));
  const kit = await loadKit(entry, engine);
  const documents = selectDocuments(kit, request.documents);
  const profileFile = path.resolve(request.cwd, request.profile);
  const { profile, warnings: profileWarnings } = await loadProfile(profileFile, request.profile);
  const missing = documents.flatMap((document) => missingFields(document, profile));
  if (missing.length > 0) throw missingFieldsError(missing, request.profile);
  const context = buildContext(profile, isoDate(request.now));
  const environment = { print: request.print, images: imageLoader([entry.dir, path.dirname(profileFile)]), profileFile: request.profile };

  const warnings: Diagnostic[] = [...profileWarnings];
  const outputs: OutputRequest[] = [];
  const rendered = documents.map((kitDocument) => {
    const { document, warnings: documentWarnings } = renderDocument(kitDocument, context, environment);
    warnings.push(...documentWarnings);
    return { id: kitDocument.id, file: kitDocument.template.file, document };
  });

  // Conflicts are known from the names alone: report them before the costly rendering.
  const expected = planFiles(
    request.out,
    kit.id,
    rendered.flatMap(({ id }) => writers.map((writer) => ({ document: id, format: writer.format, extension: writer.extension, bytes: new Uint8Array() }))),
    request.cwd,
  );
  if (!request.force) {
    const conflicts = await findConflicts(expected);
    if (conflicts.length > 0) throw conflictError(conflicts);
  }

  for (const { id, file, document } of rendered) {
    for (const writer of writers) {
      const result = await writeDocument(writer, document, writeOptions(request), file);
      warnings.push(...result.warnings);
      outputs.push({ document: id, format: writer.format, extension: writer.extension, bytes: result.bytes, ...(result.pages !== undefined && { pages: result.pages }) });
    }
  }
  const files = planFiles(request.out, kit.id, outputs, request.cwd);

  if (request.strict && warnings.length > 0) {
    throw new KitError([
      {
        severity: 'error',
        code: 'StrictWarnings',
        message: `${warnings.length} avertissement(s) avec --strict : aucun fichier n’a été écrit.`,
        hint: 'corrigez les avertissements ci-dessous, ou relancez sans --strict.',
      },
      ...warnings.map((diagnostic) => ({ ...diagnostic, severity: 'error' as const })),
    ]);
  }
  if (request.dryRun) return { files, warnings, written: false };
  await applyPlan(files, { force: request.force, ...(request.signal && { signal: request.signal }) });
  return { files, warnings, written: true };
}

function writeOptions(request: Pick<GenerateRequest, 'sourceDateEpoch' | 'pdfa'>): WriteOptions {
  return { ...(request.sourceDateEpoch !== undefined && { sourceDateEpoch: request.sourceDateEpoch }), ...(request.pdfa && { pdfa: true }) };
}

/** The profile fields some documents need and the profile lacks, all at once (exit 4), before anything is rendered. */
export function missingFieldsError(missing: readonly { field: string; document: string }[], profileFile: string): KitError {
  return new KitError(
    missing.map(({ field, document }) => ({
      severity: 'error' as const,
      code: 'ProfileInvalid' as const,
      message: `le document « ${document} » a besoin du champ ${field}, absent du profil.`,
      location: { file: profileFile, field },
      hint: `ajoutez ${field} au profil (kit list montre ce que chaque document demande), ou choisissez d’autres documents avec --documents.`,
    })),
  );
}
