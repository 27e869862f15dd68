import type { Document, IStylesOptions } from 'docx';
import { keep } from '../../kept.js';

/**
 * Parts of a DOCX that are the same in every file of one kind: the theme (docx's default, we
 * never change it), the styles (a function of the layout, the accent and the furniture:
 * `documentStyles`), the numbering (of the same lists), the empty notes and the attributes of
 * headers and footers. docx formats each part of each file from its objects, and the first two
 * were 40 % of that work for a letter (styles 1.4 ms, theme 0.7 ms), the numbering 0.5 ms; a
 * batch writes thousands of files with the same ones. Each is formatted once per process for a
 * given key, and the
 * formatted tree is given again to docx's compiler, which only reads it to write the XML
 * (the files are byte-identical: tested). Formatting is docx's `prepForXml` step: its
 * signature is typed, a component of ours may answer it.
 */

/** What docx's formatter calls on a part. */
interface Formattable {
  prepForXml(context: unknown): object | undefined;
}

/** Formatted trees by part and key; a few per process (per layout, accent and lists of a run). */
const formatted = new Map<string, object>();
const KEPT = 32;

/** `part` answers with `known`, or formats itself once and keeps the tree under `key`. */
function reuse(part: Formattable, key: string, known: object | undefined): void {
  reuseBy(part, () => key, known);
}

/**
 * `part` answers with the tree kept under its key, worked out when docx formats it (after the
 * document's body: what the body added to the part is known), or formats itself and keeps it.
 */
function reuseBy(part: Formattable, keyOf: () => string, known?: object): void {
  const format = part.prepForXml.bind(part);
  part.prepForXml = (context) => {
    if (known) return known;
    const key = keyOf();
    const kept = formatted.get(key);
    if (kept) return kept;
    const tree = format(context);
    if (!tree) return tree;
    return keep(formatted, key, tree, KEPT);
  };
}

/** What docx's numbering part holds once the body is formatted (not in its typings). */
interface NumberingInternals extends Formattable {
  abstractNumberingMap: Map<string, unknown>;
  concreteNumberingMap: Map<string, unknown>;
}

/** A header's or a footer's root: its namespace attributes first (not in docx's typings). */
interface PartView {
  root?: unknown[];
}

/**
 * The text docx writes for the styles part, by key, once written: formatting it from the kept
 * tree still cost half a millisecond a file. A file whose styles' text is known asks docx for an
 * empty part and is given the text (`knownParts`, an override of docx's compiler).
 */
const stylesXml = new Map<string, string>();
const STYLES_PATH = 'word/styles.xml';
const EMPTY_STYLES = { 'w:styles': {} };
/** Per file: the styles' text it was built to be given, or the key to learn it under. */
const stylesOfFile = new WeakMap<Document, { text: string } | { key: string }>();

/**
 * The styles to build a document with (`undefined` — docx's defaults, cheap — when the tree of
 * `styles` is formatted already: building our twenty paragraph styles again costs as much as
 * formatting them), and what to do with the built document: its theme and styles answer with
 * the formatted trees, taken now (a document built now and written later keeps its own).
 */
export function formattedParts(styles: IStylesOptions, numbering: string): { styles: IStylesOptions | undefined; apply(file: Document): void } {
  const key = `styles ${JSON.stringify(styles)}`;
  const known = formatted.get(key);
  return {
    styles: known ? undefined : styles,
    apply(file) {
      reuse(file.Theme as unknown as Formattable, 'theme', formatted.get('theme'));
      // The numbering part: its definitions (their references, and `numbering`: what else they
      // depend on) and one instance per list of the body, in order; the same lists give the
      // same part (0.5 ms a letter).
      const lists = file.Numbering as unknown as NumberingInternals;
      reuseBy(lists, () => `numbering ${numbering} ${[...lists.abstractNumberingMap.keys()].join()} ${[...lists.concreteNumberingMap.keys()].join()}`);
      // Footnotes and endnotes: none (kit writes none), only Word's separators, the same in every file.
      reuse(file.FootNotes.View as unknown as Formattable, 'footnotes', formatted.get('footnotes'));
      reuse(file.Endnotes.View as unknown as Formattable, 'endnotes', formatted.get('endnotes'));
      // The namespace attributes that open each header and footer: a constant list of thirty.
      for (const [kind, parts] of [['header', file.Headers], ['footer', file.Footers]] as const) {
        for (const part of parts) {
          const attributes = (part.View as unknown as PartView).root?.[0] as Formattable | undefined;
          if (attributes && typeof attributes.prepForXml === 'function') reuse(attributes, `${kind} attributes`, formatted.get(`${kind} attributes`));
        }
      }
      // The text is taken now: a document built now and written later keeps its own.
      const text = stylesXml.get(key);
      reuse(file.Styles as unknown as Formattable, key, text === undefined ? known : EMPTY_STYLES);
      stylesOfFile.set(file, text === undefined ? { key } : { text });
    },
  };
}

/** Parts of `file` whose text is known already, to give docx's compiler as overrides. */
export function knownParts(file: Document): { path: string; data: string }[] {
  const styles = stylesOfFile.get(file);
  return styles && 'text' in styles ? [{ path: STYLES_PATH, data: styles.text }] : [];
}

/** Keeps the text docx wrote for the styles part of `file`, for the next files with its styles. */
export function learnParts(file: Document, parts: ReadonlyMap<string, string | Uint8Array>): void {
  const styles = stylesOfFile.get(file);
  const text = parts.get(STYLES_PATH);
  if (!styles || !('key' in styles) || typeof text !== 'string' || stylesXml.has(styles.key)) return;
  keep(stylesXml, styles.key, text, KEPT);
}

/** Forgets the formatted parts (tests compare files written with and without them). */
export function forgetFormattedParts(): void {
  formatted.clear();
  stylesXml.clear();
}
