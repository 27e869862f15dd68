import { z } from 'zod';
import type { DataPath } from './locate.js';
import { profileSchema } from './schema.js';
import { fold } from './suggest.js';

/** What the schema expects at one path, in the terms messages use. */
export type Field =
  | { kind: 'section'; keys: string[]; required: string[] }
  | { kind: 'list'; item: Field | undefined }
  | { kind: 'choice'; values: string[] }
  | { kind: 'text' };

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
  return current;
}

function describe(schema: z.ZodType): Field {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject) {
    const shape = inner.shape as Record<string, z.ZodType>;
    const keys = Object.keys(shape);
    return { kind: 'section', keys, required: keys.filter((key) => !(shape[key] instanceof z.ZodOptional)) };
  }
  if (inner instanceof z.ZodArray) return { kind: 'list', item: describe(inner.element as z.ZodType) };
  if (inner instanceof z.ZodEnum) return { kind: 'choice', values: inner.options.map(String) };
  return { kind: 'text' };
}

function schemaAt(path: DataPath): z.ZodType | undefined {
  let current: z.ZodType | undefined = profileSchema;
  for (const part of path) {
    const inner: z.ZodType | undefined = current && unwrap(current);
    if (inner instanceof z.ZodObject && typeof part === 'string') {
      const shape = inner.shape as Record<string, z.ZodType>;
      current = Object.hasOwn(shape, part) ? shape[part] : undefined;
    } else if (inner instanceof z.ZodArray && typeof part === 'number') current = inner.element as z.ZodType;
    else return undefined;
  }
  return current;
}

/** The field the schema defines at `path`, if any. */
export function fieldAt(path: DataPath): Field | undefined {
  const schema = schemaAt(path);
  return schema && describe(schema);
}

/**
 * Where else a key belongs: the sections (dotted paths, `''` for the root) holding a key spelt
 * the same but for accents, case and separators (« prénom » → `prenom` under `maire`).
 */
export function sectionsWithKey(key: string): { section: string; key: string }[] {
  const found: { section: string; key: string }[] = [];
  const wanted = fold(key);
  const walk = (schema: z.ZodType, path: string[]): void => {
    const inner = unwrap(schema);
    if (!(inner instanceof z.ZodObject)) return;
    const shape = inner.shape as Record<string, z.ZodType>;
    for (const [name, child] of Object.entries(shape)) {
      if (fold(name) === wanted) found.push({ section: path.join('.'), key: name });
      walk(child, [...path, name]);
    }
  };
  walk(profileSchema, []);
  return found;
}
