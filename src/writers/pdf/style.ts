import type { TextStyle } from '../../layout/index.js';
import { loadFont, type FontStyle } from '../fonts.js';
import type { Doc } from './flow.js';
import { preparedFont } from './glyphs.js';
import { stabilizeSubset } from './font-subsets.js';
import { shareShaping } from './shaping.js';

/** Text colour of every layout (layout `colors.text`). */
export const TEXT_COLOR = '#1a1a1a';

export interface Metrics {
  ascent: number;
  descent: number;
  capHeight: number;
}

/** Vertical metrics of a face as fractions of the font size (Source Sans 3: 1.024, 0.4, 0.66). */
export function metrics(font: FontStyle): Metrics {
  const face = loadFont(font);
  const em = face.unitsPerEm;
  return { ascent: face.ascent / em, descent: -face.descent / em, capHeight: face.capHeight / em };
}

/** What pdfkit keeps of the current font (not in its typings). */
interface CurrentFont {
  _font: unknown;
}

const started = new WeakMap<Doc, Set<FontStyle>>();

/**
 * Selects a face. Before a face's first use in the process, its glyph cache is prepared
 * (glyphs.ts); before its first use in a document, it gets the shared word cache (shaping.ts)
 * and, in a batch, its stable subset (font-subsets.ts).
 */
export function selectFont(doc: Doc, font: FontStyle): void {
  preparedFont(font);
  doc.font(font);
  let fonts = started.get(doc);
  if (!fonts) started.set(doc, (fonts = new Set()));
  if (!fonts.has(font)) {
    fonts.add(font);
    const embedded = (doc as unknown as CurrentFont)._font;
    shareShaping(embedded, font);
    stabilizeSubset(doc, embedded, font);
  }
}

/**
 * Selects a font and size, and returns the pdfkit `lineGap` that makes the distance between two
 * baselines exactly `style.lineHeight` points (pdfkit advances by its own line height plus lineGap).
 */
export function useStyle(doc: Doc, font: FontStyle, style: TextStyle, color: string = TEXT_COLOR): number {
  selectFont(doc, font);
  doc.fontSize(style.size).fillColor(color);
  return style.lineHeight - doc.currentLineHeight(true);
}

/** Height a line needs on the page: its leading, or its glyph box when that is taller. */
export function lineBox(style: TextStyle, font: FontStyle = 'regular'): number {
  const { ascent, descent } = metrics(font);
  return Math.max(style.lineHeight, (ascent + descent) * style.size);
}

/** `#rrggbb` mixed with white: `amount` 0 = white, 1 = the colour (opaque tints for fills). */
export function tint(color: string, amount: number): string {
  const value = Number.parseInt(color.slice(1), 16);
  const channel = (shift: number) => {
    const c = (value >> shift) & 0xff;
    return Math.round(255 - (255 - c) * amount)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(16)}${channel(8)}${channel(0)}`;
}
