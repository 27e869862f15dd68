import type { PaperSize } from '../document/ast.js';

/** ISO 216 sheets in millimetres, portrait (domain.md §6.3). */
export const PAPER: Record<PaperSize, { width: number; height: number }> = {
  A3: { width: 297, height: 420 },
  A4: { width: 210, height: 297 },
  A5: { width: 148, height: 210 },
  A6: { width: 105, height: 148 },
};

/** Bleed for print shops: 3 mm beyond the trimmed edge on each side. */
export const BLEED = 3;

/**
 * Crop marks of a bled page: they start `offset` mm outside the bleed box and are `length` mm
 * long, so the media box is trim + 2 × (bleed + offset + length) in each direction.
 */
export const CROP_MARKS = { offset: 2, length: 5, lineWidth: 0.25 } as const;

/**
 * Imposition of a one-page flyer on an A4 sheet for home printers: 2 × A5 side by side on A4
 * landscape, 4 × A6 in a 2 × 2 grid on A4 portrait. The copies tile the sheet exactly; cut marks
 * are short ticks on the cut lines at the sheet's edges (they vanish in the cut).
 */
export const IMPOSITION = {
  2: { sheet: { width: 297, height: 210 }, columns: 2, rows: 1, paper: 'A5' },
  4: { sheet: { width: 210, height: 297 }, columns: 2, rows: 2, paper: 'A6' },
} as const satisfies Record<2 | 4, { sheet: { width: number; height: number }; columns: number; rows: number; paper: PaperSize }>;

/** Length of an imposition cut tick, from the sheet edge inwards. */
export const CUT_TICK = 6;
