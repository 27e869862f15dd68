import type { Inline } from '../../document/ast.js';
import type { TextStyle } from '../../layout/index.js';
import type { FontStyle } from '../fonts.js';
import type { Doc, Flow } from './flow.js';
import { breakRuns, drawSetLine } from './justify.js';
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

export interface InlineOptions {
  bold?: boolean;
  color?: string;
  align?: 'left' | 'center' | 'right' | 'justify';
}

/**
 * Draws a run of inlines in the flow's column, wrapping and breaking pages, with baselines exactly
 * `style.lineHeight` apart. Each line is one pdfkit `continued` chain, one call per font change.
 * Justified layouts justify every line but the last of a paragraph.
 */
export function drawInlines(flow: Flow, inlines: readonly Inline[], style: TextStyle, bold = false, options: InlineOptions = {}): void {
  const { doc } = flow;
  const align = options.align ?? (flow.layout.justify ? 'justify' : 'left');
  for (const line of toLines(inlines, bold)) {
    flow.begin(lineBox(style));
    if (line.length === 0) {
      doc.y += style.lineHeight;
      continue;
    }
    if (align === 'justify') drawJustified(flow, line, style, options.color);
    else drawLine(doc, line, style, { width: flow.width, align, color: options.color });
    doc.x = flow.left;
  }
}

/**
 * A justified hard line of a paragraph, set by justify.ts, breaking pages between its lines as
 * pdfkit's line wrapper does: after a line, when the next one's glyph box no longer fits.
 */
function drawJustified(flow: Flow, runs: readonly Run[], style: TextStyle, color: string | undefined): void {
  const { doc } = flow;
  breakRuns(runs, style.size, flow.width).forEach((line, i) => {
    if (i > 0 && doc.y + doc.currentLineHeight(true) > flow.bottom()) flow.newPage();
    drawSetLine(doc, line, style, { x: flow.left, y: doc.y, width: flow.width }, color);
    doc.y += style.lineHeight;
  });
}

/**
 * Draws inlines from (x, y) in a box `width` wide and at most `height` high, without page
 * breaks (table cells, tear-off strips): pdfkit stops at the box's foot instead.
 */
export function drawInlinesIn(
  doc: Doc,
  inlines: readonly Inline[],
  style: TextStyle,
  box: { x: number; y: number; width: number; height: number },
  options: InlineOptions = {},
): void {
  doc.x = box.x;
  doc.y = box.y;
  for (const line of toLines(inlines, options.bold)) {
    if (line.length === 0) {
      doc.y += style.lineHeight;
      continue;
    }
    const height = box.y + box.height - doc.y;
    if (height < style.lineHeight - 0.01) return;
    drawLine(doc, line, style, { width: box.width, align: options.align ?? 'left', color: options.color, height });
    doc.x = box.x;
  }
}

function drawLine(
  doc: Doc,
  line: readonly Run[],
  style: TextStyle,
  options: { width: number; align: 'left' | 'center' | 'right' | 'justify'; color?: string | undefined; height?: number },
): void {
  line.forEach((run, i) => {
    const lineGap = useStyle(doc, run.font, style, options.color);
    doc.text(run.text, {
      width: options.width,
      lineGap,
      align: options.align,
      ...(options.height === undefined ? {} : { height: options.height }),
      continued: i < line.length - 1,
      // Set on every call: pdfkit copies the previous call's options into a continued one.
      link: run.link,
      underline: run.link !== null,
    });
  });
}
