import { z } from 'zod';
import { profileSchema } from '../profile/schema.js';

/** A field of the profile a CSV column can set: a leaf of the schema (text, choice or list). */
export interface ProfileField {
  /** Dotted path: `maire.nom`, `mairie.adresse`, `risques`. */
  path: string;
  /** The path's keys: `['maire', 'nom']`. */
  keys: readonly string[];
  kind: 'text' | 'choice' | 'list';
  /** Required by the schema (itself and its section). */
  required: boolean;
  /** Allowed values of a choice, or of a list's items (`risques`). */
  values?: readonly string[];
}

function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean } {
  let current = schema;
  let optional = false;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) {
    optional = true;
    current = current.unwrap() as z.ZodType;
  }
  return { inner: current, optional };
}

function leaf(path: string[], schema: z.ZodType, required: boolean): ProfileField {
  const { inner } = unwrap(schema);
  if (inner instanceof z.ZodArray) {
    const item = unwrap(inner.element as z.ZodType).inner;
    return { path: path.join('.'), keys: path, kind: 'list', required, ...(item instanceof z.ZodEnum && { values: item.options.map(String) }) };
  }
  if (inner instanceof z.ZodEnum) return { path: path.join('.'), keys: path, kind: 'choice', required, values: inner.options.map(String) };
  return { path: path.join('.'), keys: path, kind: 'text', required };
}

function walk(schema: z.ZodType, path: string[], required: boolean, out: ProfileField[]): void {
  const { inner, optional } = unwrap(schema);
  const here = required && !optional;
  if (inner instanceof z.ZodObject) {
    for (const [key, child] of Object.entries(inner.shape as Record<string, z.ZodType>)) walk(child, [...path, key], here, out);
  } else out.push(leaf(path, schema, here));
}

/** Every field of the profile schema a column may set, in schema order. Derived, never listed by hand. */
export const PROFILE_FIELDS: readonly ProfileField[] = (() => {
  const out: ProfileField[] = [];
  walk(profileSchema, [], true, out);
  return out;
})();

const BY_PATH = new Map(PROFILE_FIELDS.map((field) => [field.path, field]));

export function fieldByPath(path: string): ProfileField | undefined {
  return BY_PATH.get(path);
}
