import type { FlowLayout } from './flow.js';

/**
 * The `fiche` layout: A4 portrait sheets that flow over several pages (DICRIM checklist, safety
 * instructions, step-by-step). Header with the commune, footer with sources, date and "page x/y".
 * Justified, so hyphenated. Millimetres; type in points.
 */
export const fiche = {
  id: 'fiche',
  margins: { top: 24, right: 18, bottom: 24, left: 18 },
  /** Header: the commune's line, on this baseline, with a rule under it. */
  header: { baseline: 13, rule: 16 },
  /** Footer: a rule, then sources and date on the left and "page x/y" on the right. */
  footer: { rule: 279, baseline: 284, lineHeight: 3.6 },
  styles: {
    body: { size: 10.5, lineHeight: 14 },
    small: { size: 8, lineHeight: 10 },
    heading1: { size: 18, lineHeight: 22 },
    heading2: { size: 13.5, lineHeight: 17 },
    heading3: { size: 11.5, lineHeight: 15 },
  },
  justify: true,
  paragraphSpacing: 2.5,
  itemGap: 1,
  listIndent: 6,
  checkbox: 3.6,
  table: { padding: 1.5, rule: 0.5, headerFill: '#ececec' },
  box: { padding: 4, rule: 0.75, tint: 0.1 },
  qr: { size: 28, quietModules: 4 },
  tearOffs: { height: 50, style: { size: 9, lineHeight: 11 } },
  colors: { text: '#1a1a1a', marks: '#9a9a9a' },
} as const satisfies FlowLayout & Record<string, unknown>;

export type SheetLayout = typeof fiche;
