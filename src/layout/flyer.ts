import type { Zone } from './lettre.js';
import type { FlowLayout } from './flow.js';

/**
 * The `flyer` layout: one page, A5 or A6 from the same numbers. Everything below is for A5; on
 * A6 every length and type size is multiplied by `scale.A6` (1/√2). Same zones as the poster:
 * title band, fitted body, footer. Printed alone (print shops, with --bleed) or imposed on A4
 * (2 × A5, 4 × A6, layout/paper.ts).
 */
export const flyer = {
  id: 'flyer',
  scale: { A5: 1, A6: Math.SQRT1_2 },
  margins: { top: 10, right: 10, bottom: 10, left: 10 },
  titleBand: { height: 34, padding: 8, style: { size: 22, lineHeight: 25 } },
  body: { x: 10, y: 41, width: 128, height: 142 } satisfies Zone,
  footer: { x: 10, y: 189, width: 128, height: 12, rule: 186 },
  styles: {
    body: { size: 11, lineHeight: 14 },
    small: { size: 8, lineHeight: 10 },
    heading1: { size: 16, lineHeight: 19 },
    heading2: { size: 13.5, lineHeight: 16.5 },
    heading3: { size: 12, lineHeight: 15 },
  },
  fit: { minScale: 0.7, step: 0.05 },
  justify: false,
  paragraphSpacing: 2.5,
  itemGap: 1,
  listIndent: 6,
  checkbox: 3.6,
  table: { padding: 1.2, rule: 0.5, headerFill: '#ececec' },
  box: { padding: 3, rule: 0.75, tint: 0.12 },
  qr: { size: 28, quietModules: 4 },
  tearOffs: { height: 40, style: { size: 8, lineHeight: 9.5 } },
  colors: { text: '#1a1a1a', marks: '#9a9a9a', onAccent: '#ffffff' },
} as const satisfies FlowLayout & Record<string, unknown>;

export type FlyerLayout = typeof flyer;
