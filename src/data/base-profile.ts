import { z } from 'zod';
import type { Diagnostic, Location } from '../diagnostics/index.js';
import type { DataPath } from '../profile/locate.js';
import { parseYamlWith } from '../profile/parse.js';
import { profileSchema, type WrittenProfile } from '../profile/schema.js';

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
 * `baseProfileSchema`; an empty file is an empty base profile (everything comes from the rows).
 */
export function parseBaseProfile(bytes: Uint8Array, file: string): ParsedBaseProfile {
  const { value, warnings, locate } = parseYamlWith(bytes, file, baseProfileSchema, { empty: Object.create(null) });
  return { profile: value, warnings, locate };
}
