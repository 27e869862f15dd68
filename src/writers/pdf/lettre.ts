import type { LetterMeta } from '../../document/ast.js';
import { lettre, mmToPt } from '../../layout/index.js';
import type { Doc, Flow } from './flow.js';
import { drawInlines, plain } from './inlines.js';
import { lineBox, useStyle } from './style.js';
import { artifact, tagged } from './tags.js';
import { drawZoneLines } from './zone.js';

/** Space between the recipient window's top edge and the first line's glyph box, in mm. */
const WINDOW_INSET = 0.5;

/** Splits embedded newlines into lines; the recipient block also drops empty lines (NF Z10-011). */
function lines(values: readonly string[], compact: boolean): string[] {
  const out = values.flatMap((value) => plain(value).split('\n'));
  return compact ? out.filter((line) => line.trim() !== '') : out;
}

/**
 * Page 1 of a letter: sender top left, recipient in the window of a DL envelope, place and date,
 * fold marks, then the subject line at `lettre.bodyTop`; the body flows after it.
 */
export function drawLetterHead(flow: Flow, letter: LetterMeta): void {
  const { doc, tags } = flow;
  const { address, body } = lettre.styles;
  const zone = (text: string[], draw: (text: string[]) => void): void => {
    if (text.length > 0) tagged(doc, tags, 'P', () => draw(text));
  };
  zone(lines(letter.sender, false), (text) => drawZoneLines(doc, text, lettre.sender, address));
  zone(lines(letter.recipient, true), (text) =>
    drawZoneLines(doc, text, lettre.window, address, 'regular', WINDOW_INSET),
  );
  zone(lines([letter.placeDate], true), (text) => drawZoneLines(doc, text, lettre.placeDate, body));
  artifact(doc, 'Layout', () => drawFoldMarks(doc));
  doc.x = flow.left;
  doc.y = mmToPt(lettre.bodyTop);
  if (letter.subject.trim() !== '') {
    const subject = `${lettre.subject.label}${letter.subject}`;
    tagged(doc, tags, 'P', () => drawInlines(flow, [{ type: 'text', value: subject }], body, true));
    flow.space(lettre.subject.spaceAfter);
  }
}

/** Short grey marks in the left margin where the sheet is folded for a DL envelope. */
export function drawFoldMarks(doc: Doc): void {
  const { x, length, ys } = lettre.foldMarks;
  doc.save().lineWidth(0.5).strokeColor(lettre.colors.marks);
  for (const y of ys) doc.moveTo(mmToPt(x), mmToPt(y)).lineTo(mmToPt(x + length), mmToPt(y)).stroke();
  doc.restore();
}

/** The signature lines at `lettre.signature.x`, moved whole to a new page rather than split. */
export function drawSignature(flow: Flow, signature: readonly string[]): void {
  const { doc } = flow;
  const style = lettre.styles.body;
  const left = mmToPt(lettre.signature.x);
  const width = flow.left + flow.width - left;
  const text = lines(signature, false);
  if (text.length === 0) return;
  const lineGap = useStyle(doc, 'regular', style);
  const height = text.reduce(
    (sum, line) => sum + (line === '' ? style.lineHeight : doc.heightOfString(line, { width, lineGap })),
    0,
  );
  flow.space(lettre.signature.spaceBefore);
  flow.begin(Math.max(height, lineBox(style)));
  tagged(doc, flow.tags, 'P', () => {
    for (const line of text) {
      useStyle(doc, 'regular', style);
      if (line === '') doc.y += style.lineHeight;
      else doc.text(line, left, doc.y, { width, lineGap });
    }
  });
  doc.x = flow.left;
}

/** "2/3" centred at the foot of every page from `lettre.pageNumber.fromPage` on, after layout. */
export function drawPageNumbers(doc: Doc): void {
  const { start, count } = doc.bufferedPageRange();
  const { baseline, fromPage } = lettre.pageNumber;
  for (let n = fromPage; n <= count; n++) {
    doc.switchToPage(start + n - 1);
    artifact(doc, 'Pagination', () => {
      useStyle(doc, 'regular', lettre.styles.small);
      const label = `${n}/${count}`;
      const x = (doc.page.width - doc.widthOfString(label)) / 2;
      doc.text(label, x, mmToPt(baseline), { lineBreak: false, baseline: 'alphabetic' });
    });
  }
}
