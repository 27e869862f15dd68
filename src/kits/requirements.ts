import type { FieldReads } from '../template/field-reads.js';
import { FILLED_FIELDS, profileRoots, requiredChildren } from './profile-paths.js';

/** What `requiredFields` and `missingFields` need of a document. */
export interface DocumentRequirements {
  id: string;
  /** Profile fields the document needs, derived from its templates and its manifest's `requis`. */
  required: readonly string[];
}

/** True for a field every completed profile has (the commune, filled from the official data). */
function alwaysFilled(field: string): boolean {
  return field === 'commune' || FILLED_FIELDS.some((filled) => field === filled || field.startsWith(`${filled}.`));
}

/**
 * The profile fields a document's templates read without a guard, then those its manifest
 * declares: values computed for every document (`date`, `risques_libelles`, `consignes`, …) and
 * fields completion always fills (`commune.nom`, `commune.de`, …) are not asked of the user.
 */
export function deriveRequiredFields(reads: readonly FieldReads[], declared: readonly string[]): string[] {
  const roots = new Set(profileRoots());
  const fields: string[] = [];
  for (const read of [...reads.flatMap((read) => read.required), ...declared]) {
    const root = read.split('.')[0] ?? '';
    if (!roots.has(root) || alwaysFilled(read)) continue;
    // A section read whole (`{{appellation maire}}`) needs the fields it cannot lack: named, they
    // tell the user (and the CSV columns) what to give.
    const children = read === root ? requiredChildren(read) : [];
    for (const field of children.length > 0 ? children : [read]) {
      if (!alwaysFilled(field) && !fields.includes(field)) fields.push(field);
    }
  }
  return fields;
}

/** The profile fields a document needs (shown by `kit list`). */
export function requiredFields(document: DocumentRequirements): string[] {
  return [...document.required];
}

function valueAt(profile: object, field: string): unknown {
  let value: unknown = profile;
  for (const part of field.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** The fields a document needs that the profile lacks (absent, or an empty list). */
export function missingFields(document: DocumentRequirements, profile: object): { field: string; document: string }[] {
  return document.required
    .filter((field) => {
      const value = valueAt(profile, field);
      return value === undefined || value === null || (Array.isArray(value) && value.length === 0);
    })
    .map((field) => ({ field, document: document.id }));
}
