import type { z } from 'zod';
import { profileSchema } from '../profile/schema.js';

/**
 * Fields `completeProfile` always fills from the official data (src/profile/complete.ts):
 * present in every completed profile even when the user wrote nothing there.
 */
export const FILLED_FIELDS = [
  'commune.nom',
  'commune.code_postal',
  'commune.de',
  'commune.a',
  'commune.departement',
  'commune.departement.code',
  'commune.departement.nom',
  'commune.region',
  'commune.region.code',
  'commune.region.nom',
  'mairie.code_postal',
  'mairie.libelle_acheminement',
] as const;

/** Filled by completion when the official data has it (a few communes have no population). */
const SOMETIMES_FILLED = ['commune.population'];

type Def = { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType>; in?: z.ZodType };

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function isOptional(schema: z.ZodType): boolean {
  const { type } = defOf(schema);
  return type === 'optional' || type === 'default';
}

/** The definition under the optional, default and nullable wrappers. */
function unwrapped(schema: z.ZodType): Def {
  let def = defOf(schema);
  while ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType) def = defOf(def.innerType);
  return def;
}

/** Every dotted path of the profile schema (objects and their fields), in the schema's order. */
function schemaPaths(schema: z.ZodType, prefix: string, out: string[]): string[] {
  let def = unwrapped(schema);
  if (def.type === 'pipe' && def.in) def = defOf(def.in);
  if (prefix) out.push(prefix);
  if (def.type === 'object' && def.shape) {
    for (const [key, value] of Object.entries(def.shape)) schemaPaths(value, prefix ? `${prefix}.${key}` : key, out);
  }
  return out;
}

let cached: readonly string[] | undefined;

/** The field paths a kit may name in `requis`: the profile schema's, and those completion adds. */
export function profilePaths(): readonly string[] {
  cached ??= [...new Set([...schemaPaths(profileSchema, '', []), ...FILLED_FIELDS, ...SOMETIMES_FILLED])];
  return cached;
}

/** The top-level sections of a profile: `commune`, `maire`, … (other context fields are computed). */
export function profileRoots(): readonly string[] {
  return profilePaths().filter((field) => !field.includes('.'));
}

/**
 * The fields a section of the profile cannot lack (`maire` → `maire.civilite`, `maire.nom`): what
 * a template that reads the whole section (`{{appellation maire}}`) needs of it.
 */
export function requiredChildren(section: string): string[] {
  let def: Def | undefined = unwrapped(profileSchema);
  for (const key of section.split('.')) {
    const child: z.ZodType | undefined = def?.shape?.[key];
    def = child ? unwrapped(child) : undefined;
  }
  if (def?.type !== 'object' || !def.shape) return [];
  return Object.entries(def.shape)
    .filter(([, child]) => !isOptional(child))
    .map(([key]) => `${section}.${key}`);
}
