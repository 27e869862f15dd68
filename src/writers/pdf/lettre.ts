import type { LetterMeta } from '../../document/ast.js';
import { lettre, mmToPt, recipientZone } from '../../layout/index.js';
import { drawSignatureBlock } from './blocks/signature.js';
import type { Doc, Flow } from './flow.js';
import { drawInlines, plain } from './inlines.js';
import { useStyle } from './style.js';
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
 * Page 1 of a letter: sender top left, the return address (small) and the recipient in the window
 * of a DL envelope, place and date, fold marks, then from `lettre.bodyTop` the mode of sending,
 * the references and the subject line; the body flows after them.
 */
export function drawLetterHead(flow: Flow, letter: LetterMeta): void {
  const { doc, tags } = flow;
  const { address, body } = lettre.styles;
  const zone = (text: string[], draw: (text: string[]) => void): void => {
    if (text.length > 0) tagged(doc, tags, 'P', () => draw(text));
  };
  zone(lines(letter.sender, false), (text) => drawZoneLines(doc, text, lettre.sender, address));
  const back = lettre.returnAddress;
  const returnLine = lines(letter.returnAddress ? [letter.returnAddress] : [], true).slice(0, 1);
  zone(returnLine, (text) => drawZoneLines(doc, text, back, { size: back.size, lineHeight: back.size }));
  zone(lines(letter.recipient, true), (text) =>
    drawZoneLines(doc, text, recipientZone(returnLine.length > 0), address, 'regular', WINDOW_INSET),
  );
  zone(lines([letter.placeDate], true), (text) => drawZoneLines(doc, text, lettre.placeDate, body));
  artifact(doc, 'Layout', () => drawFoldMarks(doc));
  doc.x = flow.left;
  doc.y = mmToPt(lettre.bodyTop);
  const before = [...lines(letter.sending ? [letter.sending] : [], true), ...lines(letter.references ?? [], true)];
  if (before.length > 0) {
    tagged(doc, tags, 'P', () => drawInlines(flow, joinLines(before), body));
    flow.space(lettre.itemGap * 2);
  }
  if (letter.subject.trim() !== '') {
    const subject = `${lettre.subject.label}${letter.subject}`;
    tagged(doc, tags, 'P', () => drawInlines(flow, [{ type: 'text', value: subject }], body, true));
    flow.space(lettre.subject.spaceAfter);
  }
}

/**
 * After the body: the signature (unless the body placed one), then "P. J. : …" and
 * "Copie à : …" at the left margin, in small type.
 */
export function drawLetterEnd(flow: Flow, letter: LetterMeta, signed: boolean): void {
  if (!signed) drawSignatureBlock(flow, letter.signature, letter.signatureImage, lettre.signature.spaceBefore);
  const notes: string[] = [];
  if (letter.enclosures && letter.enclosures.length > 0) notes.push(`P.\u00A0J.\u00A0: ${letter.enclosures.join(', ')}`);
  if (letter.copies && letter.copies.length > 0) notes.push(`Copie à\u00A0: ${letter.copies.join(', ')}`);
  if (notes.length === 0) return;
  flow.space(lettre.paragraphSpacing * 2);
  for (const note of notes) {
    tagged(flow.doc, flow.tags, 'P', () => drawInlines(flow, [{ type: 'text', value: plain(note) }], lettre.styles.small));
    flow.space(lettre.itemGap);
  }
}

function joinLines(values: readonly string[]) {
  return values.flatMap((value, i) =>
    i === 0 ? [{ type: 'text' as const, value }] : [{ type: 'break' as const }, { type: 'text' as const, value }],
  );
}

/** Short grey marks in the left margin where the sheet is folded for a DL envelope. */
export function drawFoldMarks(doc: Doc): void {
  const { x, length, ys } = lettre.foldMarks;
  doc.save().lineWidth(0.5).strokeColor(lettre.colors.marks);
  for (const y of ys) doc.moveTo(mmToPt(x), mmToPt(y)).lineTo(mmToPt(x + length), mmToPt(y)).stroke();
  doc.restore();
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
      const x = (mmToPt(lettre.page.width) - doc.widthOfString(label)) / 2;
      doc.text(label, x, mmToPt(baseline), { lineBreak: false, baseline: 'alphabetic' });
    });
  }
}
