/**
 * The `lettre` layout as data, in millimetres (type sizes in points). Both writers read these
 * numbers; a zone is defined here once. Facts: domain.md §3 (NF Z10-011, DL window envelope).
 */
import type { FlowLayout } from './flow.js';

export interface Zone {
  /** Left edge, from the left of the page. */
  x: number;
  /** Top edge, from the top of the page. */
  y: number;
  width: number;
  height: number;
}

export interface TextStyle {
  /** Font size in points. */
  size: number;
  /** Distance between baselines in points (exact, the same in PDF and DOCX). */
  lineHeight: number;
}

export const lettre = {
  id: 'lettre',
  page: { width: 210, height: 297 },
  /** Margins of the flowing body, on every page. */
  margins: { top: 20, right: 20, bottom: 22, left: 22 },
  /** Sender block, top left, clear of the window (which starts at x = 100 mm on the envelope). */
  sender: { x: 22, y: 20, width: 76, height: 32 } satisfies Zone,
  /**
   * Where the recipient block is printed: text starts at x = 110 mm and stays within
   * x 110–190, y 47–79 mm, the part of the sheet seen through the window of a French DL
   * envelope (100 × 45 mm window, 20 mm from the right and bottom edges) wherever the folded
   * sheet slides (domain.md §3.3).
   */
  window: { x: 110, y: 47, width: 80, height: 32 } satisfies Zone,
  /**
   * Place and date, under the window: the window spans y 45–90 mm of the envelope and the
   * folded sheet can slide up to 11 mm, so nothing but the address may sit above y = 90 mm
   * at x ≥ 100 mm.
   */
  placeDate: { x: 110, y: 92, width: 78, height: 6 } satisfies Zone,
  /** Top of the subject line on page 1; the body follows it. */
  bodyTop: 104,
  /** Tri-fold marks for a DL envelope, drawn in the left margin. */
  foldMarks: { ys: [99, 198], x: 4, length: 6 },
  /** Page numbers "2/3" from page 2 on, centred on this baseline. */
  pageNumber: { baseline: 287, fromPage: 2 },
  /** The signature block starts at this x, after the closing formula. */
  signature: { x: 110, spaceBefore: 10 },
  styles: {
    body: { size: 11, lineHeight: 14.5 } satisfies TextStyle,
    address: { size: 10, lineHeight: 12 } satisfies TextStyle,
    small: { size: 8.5, lineHeight: 10.5 } satisfies TextStyle,
    heading1: { size: 14, lineHeight: 18 } satisfies TextStyle,
    heading2: { size: 12.5, lineHeight: 16 } satisfies TextStyle,
    heading3: { size: 11, lineHeight: 14.5 } satisfies TextStyle,
  },
  /**
   * Body text is ragged-right: letters read best so, and LibreOffice then breaks lines as we do
   * (same page count). Hyphenation points are added only to justified layouts.
   */
  justify: false,
  /** Space after a paragraph, list or heading, in millimetres. */
  paragraphSpacing: 3,
  /** The subject line: its label, and the space after it (a blank line before the salutation). */
  subject: { label: 'Objet\u00A0: ', spaceAfter: 6 },
  /** Space between two items of a list or checklist. */
  itemGap: 1,
  /** Indentation of a list level, and of the text after a bullet or a box. */
  listIndent: 6,
  /** Side of a checklist box. */
  checkbox: 3.2,
  table: { padding: 1.5, rule: 0.5, headerFill: '#ececec' },
  box: { padding: 4, rule: 0.75, tint: 0.1 },
  qr: { size: 30, quietModules: 4 },
  tearOffs: { height: 50, style: { size: 9, lineHeight: 11 } },
  /** Text colour; fold marks use a light grey. */
  colors: { text: '#1a1a1a', marks: '#9a9a9a' },
  /**
   * The sender's return address, one small line at the top of the window zone (domain.md §3.3:
   * only if it stays inside the window wherever the sheet slides); the recipient block then
   * starts under it (`recipientZone`).
   */
  returnAddress: { x: 110, y: 47, width: 80, height: 3.5, size: 7 } satisfies Zone & { size: number },
} as const satisfies FlowLayout & Record<string, unknown>;

/** Where the recipient block is printed: the window zone, under the return address line if any. */
export function recipientZone(withReturnLine: boolean): Zone {
  const { window, returnAddress } = lettre;
  if (!withReturnLine) return window;
  return { ...window, y: window.y + returnAddress.height, height: window.height - returnAddress.height };
}

export type LetterLayout = typeof lettre;

/** 1 mm in PDF points (1/72 inch). */
export const PT_PER_MM = 72 / 25.4;

export function mmToPt(mm: number): number {
  return mm * PT_PER_MM;
}

/** 1 mm in DOCX twentieths of a point (twips). */
export function mmToTwip(mm: number): number {
  return Math.round(mm * PT_PER_MM * 20);
}

export function ptToTwip(pt: number): number {
  return Math.round(pt * 20);
}
