import path from 'node:path';
import { buildContext } from '../context/build.js';
import { exitCodeFor, isKitError, type Diagnostic } from '../diagnostics/index.js';
import { loadKit, type Kit } from '../kits/load.js';
import { missingFields } from '../kits/requirements.js';
import { findKit, kitRoots } from '../kits/registry.js';
import { loadProfile } from '../profile/load.js';
import type { Profile } from '../profile/complete.js';
import { isoDate } from '../template/helpers/date.js';
import { createTemplateEngine } from '../template/compile.js';
import { preflightGlyphs } from '../writers/preflight.js';
import { missingFieldsError } from './generate.js';
import { imageLoader } from './images.js';
import { DEFAULT_PRINT } from './print-options.js';
import { renderDocument } from './render-document.js';

export interface CheckRequest {
  kit?: string;
  kitPaths?: readonly string[];
  profile?: string;
  cwd: string;
  now: Date;
}

export interface CheckResult {
  /** What was checked, for the report: "profil commune.yaml", "kit resilience (1 document)". */
  checked: string[];
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

/** Runs one step; a KitError becomes diagnostics of the result instead of stopping the check. */
async function step<T>(result: CheckResult, run: () => Promise<T> | T): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    if (!isKitError(error)) throw error;
    result.errors.push(...error.diagnostics.filter((d) => d.severity === 'error'));
    result.warnings.push(...error.diagnostics.filter((d) => d.severity === 'warning'));
    return undefined;
  }
}

/**
 * Validates without writing anything: the kit (manifest and every template compiled), the
 * profile, and — when both are given — every document of the kit rendered for that profile
 * (missing fields, address warnings, characters the font lacks). Reports every problem found.
 */
export async function check(request: CheckRequest): Promise<CheckResult> {
  const result: CheckResult = { checked: [], errors: [], warnings: [] };
  let kit: Kit | undefined;
  let kitDir: string | undefined;
  if (request.kit !== undefined) {
    const id = request.kit;
    kit = await step(result, async () => {
      const entry = await findKit(id, kitRoots(request.kitPaths ?? [], request.cwd));
      kitDir = entry.dir;
      return loadKit(entry, createTemplateEngine());
    });
    if (kit) result.checked.push(`kit ${kit.id} (${kit.documents.length} document${kit.documents.length > 1 ? 's' : ''})`);
  }
  let profile: Profile | undefined;
  if (request.profile !== undefined) {
    const file = request.profile;
    const loaded = await step(result, () => loadProfile(path.resolve(request.cwd, file), file));
    if (loaded) {
      profile = loaded.profile;
      result.warnings.push(...loaded.warnings);
      result.checked.push(`profil ${file}`);
    }
  }
  if (kit && profile) {
    const context = buildContext(profile, isoDate(request.now));
    const profileFile = request.profile!;
    const environment = {
      print: DEFAULT_PRINT,
      images: imageLoader([...(kitDir === undefined ? [] : [kitDir]), path.dirname(path.resolve(request.cwd, profileFile))]),
      profileFile,
    };
    for (const document of kit.documents) {
      const missing = missingFields(document, profile);
      if (missing.length > 0) {
        result.errors.push(...missingFieldsError(missing, profileFile).diagnostics);
        continue;
      }
      await step(result, () => {
        const rendered = renderDocument(document, context, environment);
        result.warnings.push(...rendered.warnings);
        preflightGlyphs(rendered.document);
      });
    }
  }
  return result;
}

/** The exit code of a check: the first error's, else 0 (3 under --strict with warnings). */
export function checkExitCode(result: CheckResult, strict: boolean): number {
  const [first] = result.errors;
  if (first) return exitCodeFor(first.code);
  return strict && result.warnings.length > 0 ? exitCodeFor('StrictWarnings') : 0;
}
