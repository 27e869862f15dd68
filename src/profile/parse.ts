import type { z } from 'zod';
import { KitError, type Diagnostic, type Location } from '../diagnostics/index.js';
import { decodeProfile } from './decode.js';
import { issuesToDiagnostics } from './issues.js';
import { LIMITS } from './limits.js';
import { Locator, SourceMap, type DataPath } from './locate.js';
import { toPlain } from './plain.js';
import { profileSchema, type WrittenProfile } from './schema.js';
import { readYaml } from './yaml.js';

export interface ParsedProfile {
  profile: WrittenProfile;
  /** Where a value of the profile was written (for the checks made after validation). */
  locate: (path: DataPath) => Location;
  /** Warnings (unknown YAML tags, control characters removed…): `--strict` makes them fatal. */
  warnings: Diagnostic[];
}

/**
 * Bytes of a profile file → validated `WrittenProfile`. Pure: `file` is only the name shown in
 * locations. Throws one `KitError` carrying every diagnostic found (errors first, in file
 * order, then warnings), never the first one only.
 */
export function parseProfile(bytes: Uint8Array, file: string): ParsedProfile {
  const { value, warnings, locate } = parseYamlWith(bytes, file, profileSchema);
  return { profile: value, warnings, locate };
}

/**
 * The reading shared by every YAML file a user writes (the profile, a batch's base profile):
 * size limit, strict UTF-8, failsafe YAML with limits, NFC, control characters, then `schema`,
 * with French messages located `file:line:column`. `empty` is the value of an empty file.
 */
export function parseYamlWith<T>(
  bytes: Uint8Array,
  file: string,
  schema: z.ZodType<T>,
  options: { empty?: unknown } = {},
): { value: T; warnings: Diagnostic[]; locate: (path: DataPath) => Location } {
  if (bytes.length > LIMITS.maxBytes) throw tooLarge(bytes.length, file);
  const text = decodeProfile(bytes, file);
  const yaml = readYaml(text, file);
  if (yaml.fatal) throw failure([...yaml.errors, ...yaml.warnings]);

  const locator = new Locator(file, yaml.lineCounter);
  const sources = new SourceMap();
  const plain = toPlain(yaml.doc, text, locator, sources);
  // Not fatal: the only YAML errors are duplicate keys, which the conversion reports again with
  // their path. The YAML reader's copies are kept only if, against expectation, it found none.
  const converted = plain.diagnostics.some(isError) ? [] : yaml.errors;
  const found = [...converted, ...yaml.warnings, ...plain.diagnostics];
  if (found.some(isError)) throw failure(found);

  const result = schema.safeParse(plain.data ?? options.empty);
  if (!result.success) throw failure([...found, ...issuesToDiagnostics(result.error.issues, { locator, sources })]);
  return { value: result.data, warnings: sorted(found), locate: (path) => locator.ofValue(sources, path) };
}

export function tooLarge(size: number, file: string): KitError {
  return new KitError({
    code: 'ProfileRead',
    message: `profil trop volumineux : ${Math.ceil(size / 1024)} Ko (${LIMITS.maxBytes / 1024} Ko au plus).`,
    location: { file },
    hint: 'un profil fait quelques dizaines de lignes : vérifiez que --profile désigne le bon fichier.',
  });
}

const isError = (diagnostic: Diagnostic): boolean => diagnostic.severity === 'error';

function failure(diagnostics: Diagnostic[]): KitError {
  return new KitError([...sorted(diagnostics.filter(isError)), ...sorted(diagnostics.filter((d) => !isError(d)))]);
}

/** File order; diagnostics about the whole file (no line) first. */
function sorted(diagnostics: Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic): [number, number] => [d.location?.line ?? 0, d.location?.column ?? 0];
  return [...diagnostics].sort((a, b) => {
    const [la, ca] = key(a);
    const [lb, cb] = key(b);
    return la - lb || ca - cb;
  });
}
