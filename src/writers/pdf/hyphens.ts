import type { Doc } from './flow.js';

const SOFT_HYPHEN = /\u00ad/g;

/** What pdfkit draws each wrapped line with (not in its typings). */
interface LineDrawer {
  _line(text: string, ...rest: unknown[]): unknown;
}

/**
 * Soft hyphens (U+00AD, the hyphenation points of the text) are where pdfkit may break a word,
 * drawing "-" at the end of the line. The others must not show, but fontkit hides U+00AD only
 * when the glyph it shares with "-" was created for U+00AD, and glyphs.ts creates it for "-":
 * pdfkit would print every soft hyphen. They are removed from what is measured and drawn, after
 * pdfkit has chosen its line breaks.
 */
export function handleSoftHyphens(doc: Doc): void {
  const drawer = doc as unknown as LineDrawer;
  const drawLine = drawer._line;
  drawer._line = (text, ...rest) => drawLine.call(doc, text.replace(SOFT_HYPHEN, ''), ...rest);
  const widthOf = doc.widthOfString.bind(doc);
  doc.widthOfString = (text, options) => widthOf(text.replace(SOFT_HYPHEN, ''), options);
}
