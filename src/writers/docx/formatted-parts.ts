import type { Document, IStylesOptions } from 'docx';

/**
 * Parts of a DOCX that are the same in every file of one kind: the theme (docx's default, we
 * never change it) and the styles (a function of the layout, the accent and the furniture:
 * `documentStyles`). docx formats each part of each file from its objects, and these two are
 * 40 % of that work for a letter (styles 1.4 ms, theme 0.7 ms); a batch writes thousands of
 * files with the same ones. Each is formatted once per process for a given key, and the
 * formatted tree is given again to docx's compiler, which only reads it to write the XML
 * (the files are byte-identical: tested). Formatting is docx's `prepForXml` step: its
 * signature is typed, a component of ours may answer it.
 */

/** What docx's formatter calls on a part. */
interface Formattable {
  prepForXml(context: unknown): object | undefined;
}

/** Formatted trees by part and key; a few per process (one per layout and accent of a run). */
const formatted = new Map<string, object>();
const KEPT = 16;

function reuse(part: Formattable, key: string): void {
  const format = part.prepForXml.bind(part);
  part.prepForXml = (context) => {
    let tree = formatted.get(key);
    if (!tree) {
      tree = format(context);
      if (!tree) return tree;
      if (formatted.size >= KEPT) formatted.delete(formatted.keys().next().value!);
      formatted.set(key, tree);
    }
    return tree;
  };
}

/** Lets `file` take its theme and its styles (made from `styles`) already formatted. */
export function reuseFormattedParts(file: Document, styles: IStylesOptions): void {
  reuse(file.Theme as unknown as Formattable, 'theme');
  reuse(file.Styles as unknown as Formattable, `styles ${JSON.stringify(styles)}`);
}

/** Forgets the formatted parts (tests compare files written with and without them). */
export function forgetFormattedParts(): void {
  formatted.clear();
}
