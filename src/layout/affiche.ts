import type { Zone } from './lettre.js';
import type { FlowLayout } from './flow.js';

/**
 * The `affiche` layout: one page, A4 or A3 from the same numbers. Everything below is for A4;
 * on A3 every length and type size is multiplied by `scale.A3` (√2, so A3 is A4 enlarged).
 * The body is fitted into its zone: its type shrinks down to `fit.minScale`, and below that a
 * warning names the zone (never silent clipping).
 */
export const affiche = {
  id: 'affiche',
  scale: { A4: 1, A3: Math.SQRT2 },
  margins: { top: 14, right: 14, bottom: 14, left: 14 },
  /** Title band across the top (to the bleed edge when bled), in the accent colour. */
  titleBand: { height: 52, padding: 12, style: { size: 34, lineHeight: 38 } },
  /** The body zone, under the band, above the footer; the QR code and image sit in its lower right corner. */
  body: { x: 14, y: 62, width: 182, height: 196 } satisfies Zone,
  /** Footer zone with contacts, under a rule. */
  footer: { x: 14, y: 266, width: 182, height: 17, rule: 263 },
  styles: {
    body: { size: 17, lineHeight: 22 },
    small: { size: 11, lineHeight: 14 },
    heading1: { size: 26, lineHeight: 31 },
    heading2: { size: 21, lineHeight: 26 },
    heading3: { size: 18, lineHeight: 23 },
  },
  fit: { minScale: 0.7, step: 0.05 },
  justify: false,
  paragraphSpacing: 4,
  itemGap: 2,
  listIndent: 9,
  checkbox: 5.5,
  table: { padding: 2, rule: 0.75, headerFill: '#ececec' },
  box: { padding: 5, rule: 1, tint: 0.12 },
  qr: { size: 42, quietModules: 4 },
  tearOffs: { height: 55, style: { size: 9.5, lineHeight: 11.5 } },
  colors: { text: '#1a1a1a', marks: '#9a9a9a', onAccent: '#ffffff' },
} as const satisfies FlowLayout & Record<string, unknown>;

export type PosterLayout = typeof affiche;
