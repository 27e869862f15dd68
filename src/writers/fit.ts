import type { Block, Inline, Table } from '../document/ast.js';
import type { FlowLayout } from '../layout/flow.js';
import { PT_PER_MM, type TextStyle } from '../layout/index.js';
import { loadFont, type FontStyle } from './fonts.js';
import { qrMatrix } from './qr.js';

/**
 * Measuring blocks without a writer, so that the PDF and the DOCX of a poster use the same type
 * size. The model follows the PDF writer: greedy wrapping at spaces, hyphens and soft hyphens
 * (what pdfkit's line breaker does with French text), a word followed by its space must fit the
 * line, the last line's glyph box must fit the zone. Lengths are in points inside, millimetres
 * outside.
 */
export interface Fit {
  scale: number;
  overflow: boolean;
  /** mm needed at `scale` */
  height: number;
}

/**
 * The largest scale in [minScale, 1] (by `step`) at which `blocks` fit `area` (mm). When even
 * `minScale` is too big, `overflow` is true and `height` says how much room they would need.
 */
export function fitBlocks(
  blocks: readonly Block[],
  area: { width: number; height: number },
  layout: FlowLayout,
  limits: { minScale: number; step: number },
): Fit {
  const steps = Math.max(0, Math.round((1 - limits.minScale) / limits.step));
  let height = 0;
  for (let i = 0; i <= steps; i++) {
    const scale = i === steps ? limits.minScale : round(1 - i * limits.step);
    height = measureBlocks(blocks, area.width, scaleType(layout, scale));
    if (height <= area.height) return { scale, overflow: false, height };
  }
  return { scale: limits.minScale, overflow: true, height };
}

/** Height in mm that `blocks` take in a column `width` mm wide, with `layout` as given. */
export function measureBlocks(blocks: readonly Block[], width: number, layout: FlowLayout): number {
  const column = new Column(layout);
  column.blocks(blocks, width * PT_PER_MM);
  return column.extent / PT_PER_MM;
}

/**
 * The layout with its type scaled: text styles, the gaps between blocks and items, indents,
 * checkbox, cell and frame padding. Pictures and QR codes keep their size in mm.
 */
export function scaleType<L extends FlowLayout>(layout: L, scale: number): L {
  if (scale === 1) return layout;
  const styles = Object.fromEntries(
    Object.entries(layout.styles).map(([name, style]) => [name, scaleStyle(style, scale)]),
  ) as FlowLayout['styles'];
  return {
    ...layout,
    styles,
    paragraphSpacing: layout.paragraphSpacing * scale,
    itemGap: layout.itemGap * scale,
    listIndent: layout.listIndent * scale,
    checkbox: layout.checkbox * scale,
    table: { ...layout.table, padding: layout.table.padding * scale },
    box: { ...layout.box, padding: layout.box.padding * scale },
  };
}

export function scaleStyle(style: TextStyle, scale: number): TextStyle {
  return { size: style.size * scale, lineHeight: style.lineHeight * scale };
}

/** Keys whose numbers are ratios or ids, not lengths: left as they are by `enlarge`. */
const NOT_LENGTHS = new Set(['scale', 'fit', 'tint', 'quietModules', 'id']);

/**
 * A poster or flyer layout for another paper: every length and type size × `factor` (A3 = A4 ×
 * √2, A6 = A5 × 1/√2), so the page is the same page enlarged.
 */
export function enlarge<T>(layout: T, factor: number): T {
  if (factor === 1) return layout;
  const walk = (value: unknown, key: string): unknown => {
    if (NOT_LENGTHS.has(key)) return value;
    if (typeof value === 'number') return value * factor;
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    }
    return value;
  };
  return walk(layout, '') as T;
}

/** The blocks with their own lengths (picture widths, QR sides, spaces) × `factor`, as `enlarge`. */
export function enlargeBlocks(blocks: readonly Block[], factor: number): Block[] {
  if (factor === 1) return [...blocks];
  return blocks.map((block): Block => {
    switch (block.type) {
      case 'image':
        return { ...block, width: block.width * factor };
      case 'qr':
        return { ...block, size: block.size * factor };
      case 'spacer':
        return { ...block, height: block.height * factor };
      case 'box':
        return { ...block, blocks: enlargeBlocks(block.blocks, factor) };
      case 'list':
        return { ...block, items: block.items.map((item) => ({ blocks: enlargeBlocks(item.blocks, factor) })) };
      default:
        return block;
    }
  });
}

/** Size of a scanned signature: this width, its height capped (a tall scan must not push the lines far). */
export const SIGNATURE_IMAGE = { width: 40, maxHeight: 20 } as const;

/** Display size (mm) of a picture `width` mm wide with its pixel ratio. */
export function imageHeight(width: number, pixelWidth: number, pixelHeight: number): number {
  return pixelWidth > 0 ? (width * pixelHeight) / pixelWidth : width;
}

/** The signature image's size in mm. */
export function signatureImageSize(pixelWidth: number, pixelHeight: number): { width: number; height: number } {
  const height = imageHeight(SIGNATURE_IMAGE.width, pixelWidth, pixelHeight);
  if (height <= SIGNATURE_IMAGE.maxHeight) return { width: SIGNATURE_IMAGE.width, height };
  return { width: (SIGNATURE_IMAGE.width * SIGNATURE_IMAGE.maxHeight) / height, height: SIGNATURE_IMAGE.maxHeight };
}

// ---------------------------------------------------------------------------------------------
// Text

/** Vertical extent of a face's glyph box as a fraction of the size (what pdfkit needs below a line's top). */
export function glyphBox(font: FontStyle = 'regular'): number {
  const face = loadFont(font);
  return (face.ascent - face.descent) / face.unitsPerEm;
}

/** A line's height on the page: its leading, or its glyph box when that is taller (points). */
export function lineBoxPt(style: TextStyle, font: FontStyle = 'regular'): number {
  return Math.max(style.lineHeight, glyphBox(font) * style.size);
}

const widths = new Map<string, number>();
const WIDTH_CACHE_LIMIT = 50_000;

/** Advance width of `text` in points at `size`, with kerning (as pdfkit measures it). */
export function textWidth(text: string, font: FontStyle, size: number): number {
  const clean = text.replace(/\u00ad/g, '');
  const key = `${font}\u0000${clean}`;
  let units = widths.get(key);
  if (units === undefined) {
    const face = loadFont(font);
    units = (face.layout(clean).advanceWidth * 1000) / face.unitsPerEm;
    if (widths.size > WIDTH_CACHE_LIMIT) widths.clear();
    widths.set(key, units);
  }
  return (units * size) / 1000;
}

/** The widest page label of a sheet's footer ("page 99/99"): both writers keep room for it. */
const PAGE_LABEL_ROOM = 'page\u00A099/99';

/**
 * Type size of a sheet's footer line (sources and date): `size`, or smaller so that the line stays
 * on one line left of the page label. Both writers use it, so the DOCX footer takes the PDF's
 * height and the pages break alike.
 */
export function footerTextSize(text: string, width: number, size: number): number {
  const room = width - textWidth(PAGE_LABEL_ROOM, 'regular', size) - 4 * PT_PER_MM;
  const natural = textWidth(text, 'regular', size);
  return natural > room ? (size * room) / natural : size;
}

interface Piece {
  text: string;
  font: FontStyle;
}

/** Inlines as hard lines of pieces (a piece = text in one face). */
export function inlineLines(inlines: readonly Inline[], bold = false): Piece[][] {
  const lines: Piece[][] = [[]];
  const walk = (nodes: readonly Inline[], b: boolean, i: boolean): void => {
    for (const node of nodes) {
      if (node.type === 'text') {
        node.value
          .replace(/\r\n?/g, '\n')
          .replace(/\t/g, ' ')
          .split('\n')
          .forEach((part, n) => {
            if (n > 0) lines.push([]);
            if (part !== '') lines[lines.length - 1]!.push({ text: part, font: faceOf(b, i) });
          });
      } else if (node.type === 'break') lines.push([]);
      else if (node.type === 'strong') walk(node.children, true, i);
      else if (node.type === 'emphasis') walk(node.children, b, true);
      else walk(node.children, b, i);
    }
  };
  walk(inlines, bold, false);
  while (lines.length > 1 && lines[lines.length - 1]!.length === 0) lines.pop();
  return lines;
}

function faceOf(bold: boolean, italic: boolean): FontStyle {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}

/** Break opportunities: after spaces, after a hyphen or dash between letters, at soft hyphens. */
const WORD = /[^ \u00ad\-‐–—]*(?: +|\u00ad|[-‐–—]+(?=\S)|$)/gu;

/** Number of lines `pieces` wrap to in `width` points. */
export function countLines(pieces: readonly Piece[], width: number, size: number): number {
  if (pieces.length === 0) return 1;
  // Words with their trailing space, possibly spanning faces.
  const words: { width: number; soft: boolean }[] = [];
  let current = { width: 0, soft: false };
  let open = false;
  for (const piece of pieces) {
    for (const match of piece.text.matchAll(WORD)) {
      const part = match[0];
      if (part === '') continue;
      current.width += textWidth(part, piece.font, size);
      open = true;
      const ended = / $|\u00ad$|[-‐–—]$/u.test(part);
      if (ended) {
        current.soft = part.endsWith('\u00ad');
        words.push(current);
        current = { width: 0, soft: false };
        open = false;
      }
    }
  }
  if (open) words.push(current);
  const hyphen = textWidth('-', 'regular', size);
  let lines = 1;
  let left = width;
  for (const word of words) {
    const fits = (room: number) => word.width + (word.soft ? hyphen : 0) <= room;
    if (fits(left)) {
      left -= word.width;
      continue;
    }
    if (left < width) lines++;
    left = width;
    if (word.width > width) {
      // pdfkit cuts a word wider than the line character by character.
      lines += Math.ceil(word.width / width) - 1;
      left = width - (word.width % width);
    } else left -= word.width;
  }
  return lines;
}

/** Widest unbreakable word of `pieces` (points): a table column is never narrower. */
function longestWord(pieces: readonly Piece[], size: number): number {
  let widest = 0;
  for (const piece of pieces) {
    for (const word of piece.text.split(/[ \u00ad]+/u)) widest = Math.max(widest, textWidth(word, piece.font, size));
  }
  return widest;
}

function naturalWidth(pieces: readonly Piece[], size: number): number {
  return pieces.reduce((sum, piece) => sum + textWidth(piece.text, piece.font, size), 0);
}

// ---------------------------------------------------------------------------------------------
// Tables

/**
 * Column widths (points) of `table` in `width` points: each column gets at least its longest
 * word, the rest is shared in proportion to the columns' natural (unwrapped) widths, so short
 * columns stay as narrow as their content and long text wraps.
 */
export function tableColumnWidths(table: Table, width: number, layout: FlowLayout): number[] {
  const size = layout.styles.body.size;
  // Both paddings, the rule, and 1 pt for the rounding of word processors (a column exactly as
  // wide as its longest word wraps that word in LibreOffice).
  const padding = 2 * layout.table.padding * PT_PER_MM + layout.table.rule + 1;
  const columns = Math.max(table.align.length, table.header.length, ...table.rows.map((row) => row.length));
  const min = new Array<number>(columns).fill(0);
  const natural = new Array<number>(columns).fill(0);
  const rows = [table.header, ...table.rows];
  rows.forEach((row, r) => {
    for (let c = 0; c < columns; c++) {
      for (const line of inlineLines(row[c] ?? [], r === 0)) {
        min[c] = Math.max(min[c]!, longestWord(line, size) + padding);
        natural[c] = Math.max(natural[c]!, naturalWidth(line, size) + padding);
      }
    }
  });
  const minSum = min.reduce((a, b) => a + b, 0);
  if (minSum >= width) return min.map((m) => (m * width) / minSum);
  const naturalSum = natural.reduce((a, b) => a + b, 0);
  if (naturalSum <= width) {
    // Everything fits unwrapped: share the spare room evenly so the table spans the column.
    const extra = (width - naturalSum) / columns;
    return natural.map((n) => n + extra);
  }
  const spare = width - minSum;
  const wants = natural.map((n, c) => n - min[c]!);
  const wantSum = wants.reduce((a, b) => a + b, 0) || 1;
  return min.map((m, c) => m + (spare * wants[c]!) / wantSum);
}

/** Height (points) of one table row: its tallest cell plus padding. */
export function tableRowHeight(cells: readonly Inline[][], widths: readonly number[], layout: FlowLayout, header: boolean): number {
  const style = layout.styles.body;
  const padding = layout.table.padding * PT_PER_MM;
  let lines = 1;
  widths.forEach((w, c) => {
    const count = inlineLines(cells[c] ?? [], header).reduce(
      (sum, line) => sum + countLines(line, Math.max(1, w - 2 * padding), style.size),
      0,
    );
    lines = Math.max(lines, count);
  });
  return (lines - 1) * style.lineHeight + lineBoxPt(style, header ? 'bold' : 'regular') + 2 * padding;
}

// ---------------------------------------------------------------------------------------------
// Blocks

/** A measuring cursor: `y` is where the next block starts, `extent` the lowest ink so far (points). */
class Column {
  y = 0;
  extent = 0;
  private pending = 0;

  constructor(private readonly layout: FlowLayout) {}

  private begin(): void {
    if (this.y > 0) this.y += this.pending;
    this.pending = 0;
  }

  private space(mm: number = this.layout.paragraphSpacing): void {
    this.pending = Math.max(this.pending, mm * PT_PER_MM);
  }

  /** Text lines at `style`: advances by the leading, the last glyph box sets the extent. */
  private text(inlines: readonly Inline[], width: number, style: TextStyle, bold = false): void {
    for (const line of inlineLines(inlines, bold)) {
      this.begin();
      const count = line.length === 0 ? 1 : countLines(line, width, style.size);
      const font = bold ? 'bold' : 'regular';
      this.extent = Math.max(this.extent, this.y + (count - 1) * style.lineHeight + lineBoxPt(style, font));
      this.y += count * style.lineHeight;
    }
  }

  private solid(height: number): void {
    this.begin();
    this.y += height;
    this.extent = Math.max(this.extent, this.y);
  }

  blocks(blocks: readonly Block[], width: number): void {
    for (const block of blocks) this.block(block, width);
  }

  private block(block: Block, width: number): void {
    const { layout } = this;
    const { styles } = layout;
    switch (block.type) {
      case 'heading':
        this.text(block.children, width, styles[`heading${block.level}`], true);
        this.space();
        return;
      case 'paragraph':
        this.text(block.children, width, styles.body);
        this.space();
        return;
      case 'list':
      case 'checklist': {
        const indent = layout.listIndent * PT_PER_MM;
        for (const item of block.items) {
          this.begin();
          if ('blocks' in item) {
            const start = this.y;
            this.blocks(item.blocks, width - indent);
            if (item.blocks.length === 0) this.solid(styles.body.lineHeight);
            if (this.y === start) this.y += styles.body.lineHeight;
          } else this.text(item.children, width - indent, styles.body);
          this.space(layout.itemGap);
        }
        this.pending = 0;
        this.space();
        return;
      }
      case 'table': {
        const widths = tableColumnWidths(block, width, layout);
        this.begin();
        for (const [i, row] of [block.header, ...block.rows].entries()) {
          this.y += tableRowHeight(row, widths, layout, i === 0);
        }
        this.extent = Math.max(this.extent, this.y);
        this.space();
        return;
      }
      case 'image':
        this.solid(Math.min(block.width * PT_PER_MM, width) * (imageHeight(1, block.data.pixelWidth, block.data.pixelHeight)));
        this.space();
        return;
      case 'qr': {
        const side = block.size * PT_PER_MM;
        this.solid(side + (2 * side * layout.qr.quietModules) / qrMatrix(block.url).size);
        this.text([{ type: 'text', value: block.caption ?? block.url }], width, styles.small);
        this.space();
        return;
      }
      case 'box': {
        const padding = layout.box.padding * PT_PER_MM;
        this.begin();
        const inner = new Column(layout);
        if (block.title) {
          inner.text([{ type: 'text', value: block.title }], width - 2 * padding, styles.body, true);
          inner.space(layout.itemGap);
        }
        inner.blocks(block.blocks, width - 2 * padding);
        this.y += Math.max(inner.y - inner.pending, inner.extent) + 2 * padding;
        this.extent = Math.max(this.extent, this.y);
        this.space();
        return;
      }
      case 'spacer':
        // Added to the gap before the next block, dropped at the top of the zone.
        this.pending += block.height * PT_PER_MM;
        return;
      case 'signature': {
        this.space(layout.paragraphSpacing * 2);
        if (block.image) this.solid(signatureImageSize(block.image.pixelWidth, block.image.pixelHeight).height * PT_PER_MM);
        this.text(block.lines.map((line) => ({ type: 'text', value: line }) as Inline).flatMap((n, i) => (i > 0 ? [{ type: 'break' } as Inline, n] : [n])), width, styles.body);
        this.space();
        return;
      }
      // A one-page zone has no page to break to; tear-offs live in their own zone.
      case 'pageBreak':
      case 'tearOffs':
        return;
      default: {
        const never: never = block;
        throw new Error(`Cannot handle unknown node \`${(never as { type: string }).type}\``);
      }
    }
  }
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
