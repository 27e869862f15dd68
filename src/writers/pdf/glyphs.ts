import type * as fontkit from 'fontkit';
import { loadFont, type FontStyle } from '../fonts.js';

const prepared = new Set<FontStyle>();

/**
 * The parsed face for pdfkit, its glyph cache first filled from the character map, once per
 * process (~10 ms a face).
 *
 * pdfkit writes each glyph's Unicode value (for copy, search and screen readers) from fontkit's
 * cached glyph object, and fontkit keeps the code points a glyph was first created with. When a
 * PDF is finished, the subsetter creates the components of composite glyphs with no code point:
 * after a letter with "ÿ" (y + diaeresis), every later "y" of the process would copy as garbage.
 * Created from the character map in code point order, each glyph gets its own character, the
 * first one when several share it (U+0020 before U+00A0, "-" before U+00AD), and the output no
 * longer depends on the documents written before. Ligature glyphs (ff, fi, fl…, encoded in
 * the Alphabetic Presentation Forms block) are left out: created by shaping, they carry their
 * component letters, so "diffusion" copies as "diffusion", not "di\uFB00usion".
 */
const PRESENTATION_FORMS = { first: 0xfb00, last: 0xfb4f };

export function preparedFont(style: FontStyle): fontkit.Font {
  const font = loadFont(style);
  if (!prepared.has(style)) {
    for (const codePoint of [...font.characterSet].sort((a, b) => a - b)) {
      if (codePoint < PRESENTATION_FORMS.first || codePoint > PRESENTATION_FORMS.last) font.glyphForCodePoint(codePoint);
    }
    prepared.add(style);
  }
  return font;
}
