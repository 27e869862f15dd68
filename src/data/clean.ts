import { codePoint } from '../profile/french.js';

/**
 * Control characters a cell may not keep: C0 except tab and line feed, DEL, and the C1 block
 * (what a latin1 misreading leaves behind for œ € ’). CR and VT are handled before.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000C-\u001F\u007F-\u009F]/g;

export interface CleanedCell {
  text: string;
  /** What was changed, for the warning: control characters removed, `\x0B` turned into a line break. */
  changed: string[];
  /** The cell holds U+FFFD: characters already lost before kit read the file. */
  replacement: boolean;
}

/**
 * Ingestion normalization of one cell (reliability B3-8, B3-9): line breaks become `\n` (CRLF
 * and CR of any origin), a vertical tab (`\x0B`, Word's manual line break) becomes a line break,
 * other control characters are removed (the caller warns), the text is put in Unicode NFC, and
 * white space around it is trimmed (ECMAScript white space: spaces, tabs, line breaks, NBSP and
 * the narrow no-break space). White space inside the cell is kept as written.
 */
export function cleanCell(raw: string): CleanedCell {
  let text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  const changed: string[] = [];
  if (text.includes('\u000B')) {
    changed.push('\u000B');
    text = text.replaceAll('\u000B', '\n');
  }
  const removed = text.match(CONTROL);
  if (removed) {
    for (const char of removed) if (!changed.includes(char)) changed.push(char);
    text = text.replace(CONTROL, '');
  }
  text = text.normalize('NFC').trim();
  return { text, changed, replacement: text.includes('\uFFFD') };
}

/** `U+000B (changé en retour à la ligne), U+0000` */
export function describeChanges(changed: readonly string[]): string {
  return changed.map((char) => (char === '\u000B' ? `${codePoint(char)} (changé en retour à la ligne)` : codePoint(char))).join(', ');
}
