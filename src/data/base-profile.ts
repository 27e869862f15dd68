import { z } from 'zod';
import { KitError, type Diagnostic, type Location } from '../diagnostics/index.js';
import { decodeProfile } from '../profile/decode.js';
import { issuesToDiagnostics } from '../profile/issues.js';
import { LIMITS } from '../profile/limits.js';
import { Locator, SourceMap, type DataPath } from '../profile/locate.js';
import { tooLarge } from '../profile/parse.js';
import { toPlain } from '../profile/plain.js';
import { profileSchema, type WrittenProfile } from '../profile/schema.js';
import { readYaml } from '../profile/yaml.js';

type Sections<T> = {
  [K in keyof T]?: NonNullable<T[K]> extends readonly unknown[] ? T[K] : NonNullable<T[K]> extends object ? Partial<NonNullable<T[K]>> : T[K];
};

/**
 * The profile a batch starts from (`--profile` with `--csv`): the same fields, names and checks
 * as the profile, every key still strict, but every section and every field optional, because
 * the rows bring the rest. An association's profile may hold only `expediteur` and the shared
 * fields (`risques`, `heure_civique`, `identite`); each row then brings `commune`, `mairie`
 * and `maire`, and the merged profile is validated with the full `profileSchema`.
 */
export type BaseProfile = Sections<WrittenProfile>;

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
  return current;
}

/** Derived from `profileSchema` (a field added there is accepted here): sections made partial, all optional. */
export const baseProfileSchema: z.ZodType<BaseProfile> = (() => {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, schema] of Object.entries(profileSchema.shape as Record<string, z.ZodType>)) {
    const inner = unwrap(schema);
    shape[key] = inner instanceof z.ZodObject ? inner.partial().optional() : schema.optional();
  }
  return z.strictObject(shape) as unknown as z.ZodType<BaseProfile>;
})();

export interface ParsedBaseProfile {
  profile: BaseProfile;
  /** Where a value of the base profile was written (`file:line:column`). */
  locate: (path: DataPath) => Location;
  warnings: Diagnostic[];
}

/**
 * Bytes of a base profile → validated `BaseProfile`, exactly as `parseProfile` reads a profile
 * (UTF-8, failsafe YAML, limits, NFC, control characters, located French messages), but with
 * `baseProfileSchema`. Throws one `KitError` with every problem.
 */
export function parseBaseProfile(bytes: Uint8Array, file: string): ParsedBaseProfile {
  if (bytes.length > LIMITS.maxBytes) throw tooLarge(bytes.length, file);
  const text = decodeProfile(bytes, file);
  const yaml = readYaml(text, file);
  if (yaml.fatal) throw failure([...yaml.errors, ...yaml.warnings]);
  const locator = new Locator(file, yaml.lineCounter);
  const sources = new SourceMap();
  const plain = toPlain(yaml.doc, text, locator, sources);
  const converted = plain.diagnostics.some(isError) ? [] : yaml.errors;
  const found = [...converted, ...yaml.warnings, ...plain.diagnostics];
  if (found.some(isError)) throw failure(found);
  // An empty file is an empty base profile: everything comes from the rows.
  const result = baseProfileSchema.safeParse(plain.data ?? Object.create(null));
  if (!result.success) throw failure([...found, ...issuesToDiagnostics(result.error.issues, { locator, sources })]);
  return { profile: result.data, warnings: byLine(found), locate: (path) => locator.ofValue(sources, path) };
}

const isError = (diagnostic: Diagnostic): boolean => diagnostic.severity === 'error';

function failure(diagnostics: Diagnostic[]): KitError {
  return new KitError([...byLine(diagnostics.filter(isError)), ...byLine(diagnostics.filter((d) => !isError(d)))]);
}

function byLine(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.column ?? 0) - (b.location?.column ?? 0));
}
