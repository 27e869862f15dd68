import LineBreaker from 'linebreak';
import type { TextStyle } from '../../layout/index.js';
import { textWidth } from '../fit.js';
import type { Doc } from './flow.js';
import type { Run } from './inlines.js';
import { useStyle } from './style.js';

/**
 * Justified paragraphs, set here rather than by pdfkit. pdfkit justifies each fragment of a
 * `continued` chain on its own: on a line where the type changes (a word in bold or italics),
 * the fragment that ends the line took all the stretch ("Les      informations"), and the spaces
 * a fragment starts with were lost ("Alerte: un son"). Here the whole line is measured first, so
 * every space of the line stretches alike; no-break spaces keep their width, as in Word and
 * LibreOffice. Lines break where pdfkit breaks them: at the break opportunities of the same
 * Unicode line-breaking algorithm (the `linebreak` package pdfkit uses), a word with its space
 * having to fit the line, a soft hyphen drawn as "-" at the end of a line.
 */

const SOFT_HYPHEN = '\u00AD';

/** Text of one run on one line. */
export interface LinePiece {
  run: Run;
  text: string;
}

/** One line of a paragraph: its pieces, trailing spaces dropped; the last line is not justified. */
export interface SetLine {
  pieces: LinePiece[];
  last: boolean;
}

/** Breaks runs (one hard line of a paragraph) into lines `width` points wide. */
export function breakRuns(runs: readonly Run[], size: number, width: number): SetLine[] {
  const text = runs.map((run) => run.text).join('');
  const starts: number[] = [];
  let offset = 0;
  for (const run of runs) {
    starts.push(offset);
    offset += run.text.length;
  }
  const widthOf = (from: number, to: number): number => {
    let sum = 0;
    runs.forEach((run, i) => {
      const a = Math.max(from, starts[i]!);
      const b = Math.min(to, starts[i]! + run.text.length);
      if (a < b) sum += textWidth(text.slice(a, b), run.font, size);
    });
    return sum;
  };
  const hyphen = textWidth('-', 'regular', size);
  const ranges: [number, number][] = [];
  let start = 0;
  let left = width;
  let from = 0;
  const breaker = new LineBreaker(text);
  for (let found = breaker.nextBreak(); found; found = breaker.nextBreak()) {
    const to = found.position;
    let w = widthOf(from, to);
    // A word wider than the line is cut between characters (pdfkit does the same).
    while (w > width) {
      let cut = from;
      while (cut < to && widthOf(from, nextChar(text, cut)) <= left) cut = nextChar(text, cut);
      if (cut === from) {
        if (start < from) {
          ranges.push([start, from]);
          start = from;
          left = width;
          continue;
        }
        cut = nextChar(text, from);
      }
      ranges.push([start, cut]);
      start = from = cut;
      left = width;
      w = widthOf(from, to);
    }
    const soft = text[to - 1] === SOFT_HYPHEN;
    if (w + (soft ? hyphen : 0) > left && start < from) {
      ranges.push([start, from]);
      start = from;
      left = width;
    }
    left -= w;
    from = to;
  }
  ranges.push([start, text.length]);
  return ranges.map(([a, b], i) => ({ pieces: piecesOf(runs, starts, text, a, b), last: i === ranges.length - 1 }));
}

function nextChar(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff && at + 1 < text.length ? at + 2 : at + 1;
}

/** The runs' text in [from, to): soft hyphens dropped, but the one ending the line drawn as "-". */
function piecesOf(runs: readonly Run[], starts: readonly number[], text: string, from: number, to: number): LinePiece[] {
  let begin = from;
  while (begin < to && text[begin] === ' ') begin++;
  let end = to;
  while (end > begin && text[end - 1] === ' ') end--;
  const hyphenated = end > begin && text[end - 1] === SOFT_HYPHEN && end === to;
  const pieces: LinePiece[] = [];
  runs.forEach((run, i) => {
    const a = Math.max(begin, starts[i]!);
    const b = Math.min(end, starts[i]! + run.text.length);
    if (a >= b) return;
    let piece = text.slice(a, b);
    if (hyphenated && b === end) piece = `${piece.slice(0, -1)}-`;
    piece = piece.replaceAll(SOFT_HYPHEN, '');
    if (piece !== '') pieces.push({ run, text: piece });
  });
  return pieces;
}

/** No-break spaces: inside a word for justification (they keep their width). */
const NO_BREAK = /[\u00A0\u202F]/;

/**
 * Draws one line from (x, y), its top, `width` points wide: justified (every space sequence
 * stretched alike) unless it is the paragraph's last line or has no space. Words of one run
 * without no-break spaces are drawn together, pdfkit spacing them (`wordSpacing`): one text
 * object for most of a line rather than one per word.
 */
export function drawSetLine(doc: Doc, line: SetLine, style: TextStyle, box: { x: number; y: number; width: number }, color?: string): void {
  const widthOf = (piece: LinePiece) => textWidth(piece.text, piece.run.font, style.size);
  const draw = (piece: LinePiece, x: number, wordSpacing?: number) => {
    useStyle(doc, piece.run.font, style, color);
    const link = piece.run.link;
    doc.text(piece.text, x, box.y, { lineBreak: false, link, underline: link !== null, ...(wordSpacing === undefined ? {} : { wordSpacing }) });
  };
  // Words: what lies between ordinary spaces, possibly in several runs.
  const words: LinePiece[][] = [[]];
  for (const piece of line.pieces) {
    piece.text.split(/( +)/).forEach((part, i) => {
      if (part === '') return;
      if (i % 2 === 1) words.push([]);
      else words[words.length - 1]!.push({ run: piece.run, text: part });
    });
  }
  const gaps = words.length - 1;
  let x = box.x;
  if (line.last || gaps === 0) {
    // Natural spacing: each run as it is.
    for (const piece of line.pieces) {
      draw(piece, x);
      x += widthOf(piece);
    }
    return;
  }
  const natural = words.flat().reduce((sum, piece) => sum + widthOf(piece), 0);
  const stretch = (box.width - natural) / gaps;
  // Consecutive one-run words without no-break spaces, in the same run, go in one call.
  let group: LinePiece[] = [];
  let groupX = x;
  const flush = () => {
    if (group.length === 0) return;
    const run = group[0]!.run;
    const space = textWidth(' ', run.font, style.size);
    draw({ run, text: group.map((piece) => piece.text).join(' ') }, groupX, group.length > 1 ? stretch - space : undefined);
    group = [];
  };
  words.forEach((word, i) => {
    if (i > 0) x += stretch;
    const single = word.length === 1 && !NO_BREAK.test(word[0]!.text) ? word[0]! : undefined;
    if (single && group.length > 0 && group[0]!.run === single.run) group.push(single);
    else {
      flush();
      if (single) {
        group = [single];
        groupX = x;
      } else {
        let at = x;
        for (const piece of word) {
          draw(piece, at);
          at += widthOf(piece);
        }
      }
    }
    x += word.reduce((sum, piece) => sum + widthOf(piece), 0);
  });
  flush();
}
