import type { HelperOptions } from 'handlebars';
import { escapeMarkdown } from './escape-markdown.js';

/** Thrown when a `{{champ}}` has no value; the renderer locates it in the template. */
export class MissingFieldError extends Error {
  constructor(
    readonly field: string,
    readonly line: number,
    readonly column: number,
    /** The partial's file when the field is read in a partial (else the template's own). */
    readonly file?: string,
  ) {
    super(`champ absent : ${field}`);
  }
}

/** Thrown when a value cannot be printed as text (an object, a list). */
export class NotTextError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
    readonly file?: string,
  ) {
    super(message);
  }
}

/** Where Handlebars says a helper was called: `source` is the file of a partial's nodes. */
export interface CallLocation {
  source?: string;
  start: { line: number; column: number };
}

export function callLocation(options: HelperOptions): CallLocation {
  return (options as HelperOptions & { loc: CallLocation }).loc;
}

function toText(value: unknown, options: HelperOptions): string {
  const { start: loc, source } = callLocation(options);
  const field = (options.hash as { champ?: string }).champ;
  if (value === undefined || value === null) {
    throw new MissingFieldError(field ?? 'valeur', loc.line, loc.column, source);
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const what = Array.isArray(value) ? 'une liste' : 'un objet';
  throw new NotTextError(
    `{{${field ?? '…'}}} est ${what}, pas un texte : utilisez {{#each ${field ?? '…'}}} ou {{liste ${field ?? '…'}}}`,
    loc.line,
    loc.column,
    source,
  );
}

/** Output helper of Markdown bodies: data becomes literal text. */
export function markdownOutput(value: unknown, options: HelperOptions): string {
  return escapeMarkdown(toText(value, options));
}

/** Output helper of plain-text fields (front matter): checked, not escaped. */
export function plainOutput(value: unknown, options: HelperOptions): string {
  return toText(value, options);
}
