import type { Inline } from '../../document/ast.js';
import type { TextStyle } from '../../layout/index.js';
import type { FontStyle } from '../fonts.js';
import type { Flow } from './flow.js';
import { lineBox, useStyle } from './style.js';

/** A stretch of text drawn in one font, possibly a link. */
export interface Run {
  text: string;
  font: FontStyle;
  link: string | null;
}

interface Marks {
  bold: boolean;
  italic: boolean;
  link: string | null;
}

/** Line ends as "\n", tabs as spaces (the font has no glyph for them). */
export function plain(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ');
}

export function fontFor(bold: boolean, italic: boolean): FontStyle {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}

/** Splits inlines into lines (at hard breaks) of runs, merging neighbours of the same look. */
export function toLines(inlines: readonly Inline[], bold = false): Run[][] {
  const lines: Run[][] = [[]];
  const push = (text: string, marks: Marks): void => {
    if (text === '') return;
    const line = lines[lines.length - 1]!;
    const font = fontFor(marks.bold, marks.italic);
    const last = line[line.length - 1];
    if (last && last.font === font && last.link === marks.link) last.text += text;
    else line.push({ text, font, link: marks.link });
  };
  const walk = (nodes: readonly Inline[], marks: Marks): void => {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          plain(node.value).split('\n').forEach((part, i) => {
            if (i > 0) lines.push([]);
            push(part, marks);
          });
          break;
        case 'break':
          lines.push([]);
          break;
        case 'strong':
          walk(node.children, { ...marks, bold: true });
          break;
        case 'emphasis':
          walk(node.children, { ...marks, italic: true });
          break;
        case 'link':
          walk(node.children, { ...marks, link: node.url });
          break;
        default:
          throw new Error(`Cannot handle unknown node \`${(node as { type: string }).type}\``);
      }
    }
  };
  walk(inlines, { bold, italic: false, link: null });
  while (lines.length > 1 && lines[lines.length - 1]!.length === 0) lines.pop();
  return lines;
}

/**
 * Draws a run of inlines in the flow's column, wrapping and breaking pages, with baselines exactly
 * `style.lineHeight` apart. Each line is one pdfkit `continued` chain, one call per font change.
 */
export function drawInlines(flow: Flow, inlines: readonly Inline[], style: TextStyle, bold = false): void {
  const { doc } = flow;
  for (const line of toLines(inlines, bold)) {
    flow.begin(lineBox(style));
    if (line.length === 0) {
      doc.y += style.lineHeight;
      continue;
    }
    line.forEach((run, i) => {
      const lineGap = useStyle(doc, run.font, style);
      doc.text(run.text, {
        width: flow.width,
        lineGap,
        continued: i < line.length - 1,
        // Set on every call: pdfkit copies the previous call's options into a continued one.
        link: run.link,
        underline: run.link !== null,
      });
    });
    doc.x = flow.left;
  }
}
