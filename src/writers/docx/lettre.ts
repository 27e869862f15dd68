import {
  BorderStyle,
  Footer,
  FrameAnchorType,
  Header,
  HeightRule,
  PageNumber,
  Paragraph,
  TextRun,
  type IFrameOptions,
  type IParagraphOptions,
  type ISectionPropertiesOptions,
} from 'docx';
import type { LetterMeta } from '../../document/ast.js';
import { lettre, mmToTwip, ptToTwip, recipientZone, type Zone } from '../../layout/lettre.js';
import { DESCENT_EM, sectionPage } from './page.js';
import { textRuns } from './inlines.js';
import { MARK_COLOR, STYLE } from './styles.js';

/**
 * The furniture of the `lettre` layout: what sits at a fixed place on the page (sender,
 * recipient in the envelope window, place and date, fold marks, page numbers) and what frames the
 * body (subject, signature). Every number comes from `layout/lettre.ts`.
 */

/**
 * A frame at a fixed place on the page, whatever the text around it does: the recipient block
 * stays in the envelope window. Paragraphs with the same frame properties share one frame.
 */
export function pageFrame(zone: Zone, rule: (typeof HeightRule)[keyof typeof HeightRule] = HeightRule.ATLEAST): IFrameOptions {
  return {
    type: 'absolute',
    position: { x: mmToTwip(zone.x), y: mmToTwip(zone.y) },
    width: mmToTwip(zone.width),
    height: mmToTwip(zone.height),
    rule,
    anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE },
  };
}

/**
 * One paragraph per line, so a Word user edits lines as lines. A value holding newlines gives
 * several lines; the recipient block and the place-date line drop empty ones (NF Z10-011), as the PDF does.
 */
export function splitLines(values: readonly string[], compact: boolean): string[] {
  const out = values.flatMap((value) => value.split(/\r\n|[\r\n\u2028\u2029]/));
  return compact ? out.filter((line) => line.trim() !== '') : out;
}

function framedLines(
  lines: readonly string[],
  style: string,
  zone: Zone,
  rule: (typeof HeightRule)[keyof typeof HeightRule] = HeightRule.ATLEAST,
): IParagraphOptions[] {
  const frame = pageFrame(zone, rule);
  return lines.map((line) => ({ style, frame, children: textRuns(line) }));
}

/** Page 1, out of the flow: sender, recipient in the envelope window, place and date. */
export function letterFrames(letter: LetterMeta): IParagraphOptions[] {
  return [
    ...framedLines(splitLines(letter.sender, false), STYLE.sender, lettre.sender),
    ...framedLines(splitLines(letter.recipient, true), STYLE.recipient, recipientZone(hasReturnLine(letter))),
    ...framedLines(splitLines([letter.placeDate], true), STYLE.placeDate, lettre.placeDate),
  ];
}

/** "Objet : …", the first line of the body (none without a subject). */
export function subjectLine(letter: LetterMeta): IParagraphOptions[] {
  if (letter.subject.trim() === '') return [];
  return [{ style: STYLE.subject, children: [...textRuns(lettre.subject.label), ...textRuns(letter.subject)] }];
}

/** Space before the first body paragraph so that it starts at bodyTop, not at the top margin. */
export const BODY_TOP_SPACE = mmToTwip(lettre.bodyTop - lettre.margins.top);

/**
 * Word and LibreOffice keep the larger of a paragraph's space after and the next one's space
 * before, as the PDF writer does: the signature's space before is the layout's, whole.
 */
export const SIGNATURE_SPACE_BEFORE = mmToTwip(lettre.signature.spaceBefore);

/** Tri-fold marks in the left margin of page 1: thin grey rules in small page-anchored frames. */
export function foldMarksHeader(): Header {
  const { ys, x, length } = lettre.foldMarks;
  const marks = ys.map(
    (y) =>
      new Paragraph({
        style: STYLE.foldMark,
        frame: pageFrame({ x, y, width: length, height: 0.5 }, HeightRule.EXACT),
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: MARK_COLOR, space: 0 } },
      }),
  );
  // The frames need a paragraph to anchor to; it is one point high, so the header stays clear of the body.
  return new Header({ children: [...marks, new Paragraph({ style: STYLE.foldMark })] });
}

/** "2/3", centred on lettre.pageNumber.baseline, on every page but the first. */
export function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.pageNumber,
        children: [new TextRun({ children: [PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

export function emptyFooter(): Footer {
  return new Footer({ children: [new Paragraph({ style: STYLE.pageNumber })] });
}


/** Distance of the header from the top edge: above the top margin, and the first-page header is one point high. */
const HEADER_DISTANCE_MM = 10;

export function pageProperties(): ISectionPropertiesOptions {
  const { page, margins, pageNumber, styles } = lettre;
  return {
    page: sectionPage(page, margins, {
      header: mmToTwip(HEADER_DISTANCE_MM),
      footer: mmToTwip(page.height - pageNumber.baseline) - ptToTwip(DESCENT_EM * styles.small.size),
    }),
    titlePage: true,
  };
}

/** The sender's address on one small line at the top of the window (lettre.returnAddress). */
export function returnAddressFrame(letter: LetterMeta): IParagraphOptions[] {
  const line = letter.returnAddress?.trim();
  if (!line) return [];
  return framedLines([line], STYLE.returnAddress, lettre.returnAddress, HeightRule.EXACT);
}

function hasReturnLine(letter: LetterMeta): boolean {
  return (letter.returnAddress?.trim() ?? '') !== '';
}

/** Mode of sending and references, one line each, above the subject. */
export function letterMentions(letter: LetterMeta): IParagraphOptions[] {
  const lines = [...(letter.sending ? [letter.sending] : []), ...(letter.references ?? [])];
  const out = splitLines(lines, true).map((line): IParagraphOptions => ({ style: STYLE.letterHeading, children: textRuns(line) }));
  const last = out.at(-1);
  // A blank line between the mentions and the subject.
  if (last) out[out.length - 1] = { ...last, keepNext: true, spacing: { after: mmToTwip(lettre.paragraphSpacing) } };
  return out;
}

/** "P. J. : …" and "Copie à : …" after the signature, at the left margin. */
export function enclosuresAndCopies(letter: LetterMeta): IParagraphOptions[] {
  const out: IParagraphOptions[] = [];
  const block = (label: string, items: readonly string[] | undefined, first: boolean) => {
    const lines = splitLines(items ?? [], true);
    if (lines.length === 0) return;
    out.push({
      style: STYLE.letterHeading,
      keepNext: false,
      spacing: { before: first ? SIGNATURE_SPACE_BEFORE : 0, after: 0 },
      children: lines.flatMap((line, index) => textRuns(index === 0 ? `${label}${line}` : `\n${line}`)),
    });
  };
  block(ENCLOSURES_LABEL, letter.enclosures, true);
  block(COPIES_LABEL, letter.copies, out.length === 0);
  return out;
}

export const ENCLOSURES_LABEL = 'P.\u00A0J.\u00A0: ';
export const COPIES_LABEL = 'Copie à\u00A0: ';
