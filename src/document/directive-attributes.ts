import type { Directives } from 'mdast-util-directive';
import { KitError, type Location } from '../diagnostics/index.js';

/**
 * Attribute values of directives (`::qr{url="…" taille=30}`), read as plain text.
 *
 * micromark-extension-directive ends a quoted value at the first quote of its kind (a backslash
 * does not escape it) and mdast-util-directive decodes character references (`&#34;`) but not
 * backslash escapes. Data reaches templates escaped by src/template/escape-markdown.ts: every
 * ASCII punctuation character backslash-escaped, except `"`, `'` and `&`, written as numeric
 * references. So data can never end a value, and decoding the backslash escapes left to right
 * here gives the data back exactly (property tested in test/template/escape-markdown-attributes.test.ts).
 */
const BACKSLASH_ESCAPE = /\\([!-/:-@[-`{-~])/g;

/** `\` + ASCII punctuation → the punctuation, as CommonMark does in text. */
export function decodeBackslashEscapes(value: string): string {
  return value.replace(BACKSLASH_ESCAPE, '$1');
}

/** Where a directive's Markdown came from, and its place in the template file. */
export interface DirectiveSite {
  location: Location;
  /** The directive as written in short: `::qr`, `:::encadre`. */
  written: string;
}

export function directiveError(site: DirectiveSite, message: string, details: { actual?: string; expected?: string; hint: string }): KitError {
  return new KitError({
    code: 'TemplateDirective',
    message: `${site.written} : ${message}`,
    location: site.location,
    ...(details.actual !== undefined && { actual: details.actual }),
    ...(details.expected !== undefined && { expected: details.expected }),
    hint: details.hint,
  });
}

/** What a directive accepts: attribute name → what its value is, in French (for messages). */
export type AttributeSpecs = Readonly<Record<string, string>>;

interface NumberOptions {
  min: number;
  max: number;
  integer?: boolean;
}

const DECIMAL = /^\d+(?:[.,]\d+)?$/;
const INTEGER = /^\d+$/;

/**
 * The attributes of one directive, checked against its specs: an unknown attribute (and the
 * `#id` / `.classe` shortcuts) is an error naming the accepted ones.
 */
export class DirectiveAttributes {
  readonly #values: ReadonlyMap<string, string>;

  constructor(
    node: Directives,
    private readonly site: DirectiveSite,
    private readonly specs: AttributeSpecs,
    private readonly syntax: string,
  ) {
    const values = new Map<string, string>();
    for (const [name, raw] of Object.entries(node.attributes ?? {})) {
      if (!Object.hasOwn(specs, name)) {
        const known = Object.keys(specs);
        throw directiveError(site, `attribut « ${name} » inconnu.`, {
          actual: name,
          expected: known.length > 0 ? `un de : ${known.map((key) => `${key} (${specs[key]})`).join(', ')}` : 'aucun attribut',
          hint: `écrivez par exemple ${syntax}`,
        });
      }
      values.set(name, decodeBackslashEscapes(raw ?? ''));
    }
    this.#values = values;
  }

  /** A text value, or undefined when the attribute is absent. */
  text(name: string): string | undefined {
    return this.#values.get(name);
  }

  /** A text value that must be there and not blank. */
  requiredText(name: string): string {
    const value = this.#values.get(name);
    if (value === undefined || value.trim() === '') {
      throw directiveError(this.site, value === undefined ? `attribut « ${name} » manquant.` : `attribut « ${name} » vide.`, {
        ...(value !== undefined && { actual: `${name}="${value}"` }),
        expected: `${name} : ${this.specs[name]}`,
        hint: `écrivez par exemple ${this.syntax}`,
      });
    }
    return value;
  }

  /** A number of millimetres (or a count with `integer`) within bounds; `fallback` when absent. */
  number(name: string, options: NumberOptions & { fallback: number }): number;
  number(name: string, options: NumberOptions): number | undefined;
  number(name: string, options: NumberOptions & { fallback?: number }): number | undefined {
    const raw = this.#values.get(name);
    if (raw === undefined) return options.fallback;
    const trimmed = raw.trim();
    const shape = options.integer ? INTEGER : DECIMAL;
    const value = shape.test(trimmed) ? Number(trimmed.replace(',', '.')) : Number.NaN;
    if (!(value >= options.min && value <= options.max)) {
      throw directiveError(this.site, `valeur de « ${name} » invalide.`, {
        actual: `${name}=${raw}`,
        expected: `${options.integer ? 'un nombre entier' : 'un nombre'} de ${options.min} à ${options.max} (${this.specs[name]})`,
        hint: `écrivez par exemple ${this.syntax}`,
      });
    }
    return value;
  }

  /** A required number (see `number`). */
  requiredNumber(name: string, options: NumberOptions): number {
    const value = this.number(name, options);
    if (value === undefined) {
      throw directiveError(this.site, `attribut « ${name} » manquant.`, {
        expected: `${name} : ${this.specs[name]}`,
        hint: `écrivez par exemple ${this.syntax}`,
      });
    }
    return value;
  }
}
