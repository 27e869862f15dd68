import { ExternalHyperlink, SoftHyphen, Tab, TextRun, type ParagraphChild } from 'docx';
import type { Inline } from '../../document/ast.js';
import { STYLE } from './styles.js';

/** Formatting inherited by the runs of an inline subtree. */
export interface RunFormat {
  bold?: boolean;
  italics?: boolean;
  /** Inside a link: the runs take the Hyperlink character style. */
  link?: boolean;
  /** Type size in points, when not the style's. */
  size?: number;
}

type RunChild = string | Tab | SoftHyphen;

/**
 * Characters that XML 1.0 forbids (C0 controls but tab, CR, LF; U+FFFE, U+FFFF). Ingestion
 * normalizes them away already; the writer does not rely on docx dropping them silently.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Splits on the characters a `w:t` must not hold: newline → break, tab → `w:tab`, U+00AD → `w:softHyphen`. */
const SPECIAL = /\r\n|[\r\n\t\u00AD\u2028\u2029]/;

/**
 * Turns a string into runs. docx writes a `\n` inside `<w:t>` verbatim and Word ignores it
 * (reliability.md B5 #5), so every line break becomes a run starting with `<w:br/>`.
 */
export function textRuns(value: string, format: RunFormat = {}): TextRun[] {
  const clean = value.replace(FORBIDDEN, '');
  const runs: TextRun[] = [];
  let children: RunChild[] = [];
  let breakBefore = false;
  const flush = (force: boolean) => {
    if (children.length === 0 && !breakBefore && !force) return;
    runs.push(makeRun(children, format, breakBefore));
    children = [];
    breakBefore = false;
  };
  let rest = clean;
  for (;;) {
    const match = SPECIAL.exec(rest);
    const head = match ? rest.slice(0, match.index) : rest;
    if (head) children.push(head);
    if (!match) break;
    const sep = match[0];
    if (sep === '\t') children.push(new Tab());
    else if (sep === '\u00AD') children.push(new SoftHyphen());
    else {
      flush(false);
      breakBefore = true;
    }
    rest = rest.slice(match.index + sep.length);
  }
  flush(false);
  return runs;
}

function makeRun(children: RunChild[], format: RunFormat, breakBefore: boolean): TextRun {
  return new TextRun({
    children,
    ...(breakBefore ? { break: 1 } : {}),
    ...(format.bold ? { bold: true } : {}),
    ...(format.italics ? { italics: true } : {}),
    ...(format.link ? { style: STYLE.hyperlink } : {}),
    ...(format.size !== undefined ? { size: Math.round(format.size * 2) } : {}),
  });
}

/** Runs (and hyperlinks) for a list of inlines, in order. */
export function inlineRuns(inlines: readonly Inline[], format: RunFormat = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of inlines) {
    switch (node.type) {
      case 'text':
        out.push(...textRuns(node.value, format));
        break;
      case 'break':
        out.push(makeRun([], format, true));
        break;
      case 'strong':
        out.push(...inlineRuns(node.children, { ...format, bold: true }));
        break;
      case 'emphasis':
        out.push(...inlineRuns(node.children, { ...format, italics: true }));
        break;
      case 'link': {
        // A link inside a link cannot be written: its runs join the outer one.
        if (format.link) {
          out.push(...inlineRuns(node.children, format));
          break;
        }
        out.push(new ExternalHyperlink({ link: node.url, children: inlineRuns(node.children, { ...format, link: true }) }));
        break;
      }
      default:
        throw unknownNode(node);
    }
  }
  return out;
}

export function unknownNode(node: never): Error {
  const type = (node as { type?: unknown }).type;
  return new Error(`Cannot handle unknown node \`${String(type)}\``);
}
