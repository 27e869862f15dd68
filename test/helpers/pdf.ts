/**
 * Reads a PDF back with pdf.js for tests: text items with their positions in millimetres from the
 * top-left corner of the page, vector paths' bounding boxes, the info dictionary and the fonts.
 */
import { inflateSync } from 'node:zlib';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

const MM_PER_PT = 25.4 / 72;

export interface PdfItem {
  str: string;
  xMm: number;
  /** Top of the glyph box (font ascent), from the top of the page. */
  yTopMm: number;
  yBaselineMm: number;
  /** Bottom of the glyph box (font descent). */
  yBottomMm: number;
  widthMm: number;
  heightMm: number;
  fontSizePt: number;
  /** Base font name, e.g. `ABCDEF+SourceSans3-Bold`. */
  fontName: string;
}

/** Bounding box of a drawn path (line, rectangle, curve), in millimetres from the top left. */
export interface PdfPath {
  xMm: number;
  yMm: number;
  widthMm: number;
  heightMm: number;
}

export interface PdfPage {
  widthMm: number;
  heightMm: number;
  items: PdfItem[];
  paths: PdfPath[];
  /** Text of the page, items joined by spaces or newlines. */
  text: string;
  /** The page's part of the structure tree (tagged PDF), as nested roles. */
  structure: StructNode | null;
}

/** A structure element and its child elements (marked-content leaves left out). */
export interface StructNode {
  role: string;
  children: StructNode[];
}

export interface ParsedPdf {
  pages: PdfPage[];
  info: Record<string, unknown>;
  /** Text of all pages. */
  text: string;
  /** Whether the catalog declares the file tagged (`/MarkInfo << /Marked true >>`). */
  marked: boolean;
}

type Matrix = [number, number, number, number, number, number];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[2] * n[1],
  m[1] * n[0] + m[3] * n[1],
  m[0] * n[2] + m[2] * n[3],
  m[1] * n[2] + m[3] * n[3],
  m[0] * n[4] + m[2] * n[5] + m[4],
  m[1] * n[4] + m[3] * n[5] + m[5],
];

const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

export async function readPdf(bytes: Uint8Array): Promise<ParsedPdf> {
  // pdf.js may detach the buffer it is given: pass a copy.
  const pdf = await getDocument({ data: bytes.slice(), disableFontFace: true, isEvalSupported: false, verbosity: 0 })
    .promise;
  try {
    const pages: PdfPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const [, , width = 0, height = 0] = page.view;
      // Keep U+00A0 and U+202F: pdf.js would turn them into plain spaces (NFKC).
      const content = await page.getTextContent({ disableNormalization: true });
      const operators = await page.getOperatorList();
      const items: PdfItem[] = [];
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [a = 0, b = 0, , , e = 0, f = 0] = item.transform as number[];
        const size = Math.hypot(a, b);
        const style = content.styles[item.fontName];
        const ascent = style?.ascent ?? 0.8;
        const descent = Math.abs(style?.descent ?? 0.2);
        const font = page.commonObjs.has(item.fontName)
          ? (page.commonObjs.get(item.fontName) as { name?: string }).name
          : undefined;
        const baseline = (height - f) * MM_PER_PT;
        items.push({
          str: item.str,
          xMm: e * MM_PER_PT,
          yTopMm: baseline - ascent * size * MM_PER_PT,
          yBaselineMm: baseline,
          yBottomMm: baseline + descent * size * MM_PER_PT,
          widthMm: item.width * MM_PER_PT,
          heightMm: (ascent + descent) * size * MM_PER_PT,
          fontSizePt: size,
          fontName: font ?? item.fontName,
        });
        text += item.str + (item.hasEOL ? '\n' : '');
      }
      const tree = (await page.getStructTree()) as unknown as RawStructNode | null;
      pages.push({
        widthMm: width * MM_PER_PT,
        heightMm: height * MM_PER_PT,
        items: items.filter((item) => item.str.trim() !== ''),
        paths: paths(operators.fnArray, operators.argsArray, height),
        text,
        structure: tree ? roles(tree) : null,
      });
      page.cleanup();
    }
    const { info } = await pdf.getMetadata();
    const marked = (await pdf.getMarkInfo())?.Marked === true;
    const text = pages.map((page) => page.text).join('\n');
    return { pages, info: info as Record<string, unknown>, text, marked };
  } finally {
    await pdf.destroy();
  }
}

interface RawStructNode {
  role?: string;
  children?: RawStructNode[];
}

function roles(node: RawStructNode): StructNode {
  const children = (node.children ?? []).filter((child) => child.role !== undefined).map(roles);
  return { role: node.role ?? '', children };
}

/** Bounding boxes of the paths of a page's operator list, through the current transformation. */
function paths(fns: number[], args: unknown[], pageHeight: number): PdfPath[] {
  const out: PdfPath[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  fns.forEach((fn, i) => {
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === OPS.transform) ctm = multiply(ctm, args[i] as Matrix);
    else if (fn === OPS.constructPath) {
      const minMax = (args[i] as [number, unknown, ArrayLike<number>])[2];
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = Array.from(minMax);
      const corners = [apply(ctm, x0, y0), apply(ctm, x1, y1), apply(ctm, x0, y1), apply(ctm, x1, y0)];
      const xs = corners.map(([x]) => x);
      const ys = corners.map(([, y]) => pageHeight - y);
      out.push({
        xMm: Math.min(...xs) * MM_PER_PT,
        yMm: Math.min(...ys) * MM_PER_PT,
        widthMm: (Math.max(...xs) - Math.min(...xs)) * MM_PER_PT,
        heightMm: (Math.max(...ys) - Math.min(...ys)) * MM_PER_PT,
      });
    }
  });
  return out;
}

/**
 * A pattern for `text` (a paragraph of the Document, or of the DOCX, with its soft hyphens) as it
 * reads in the PDF's extracted text. The PDF shows a soft hyphen (U+00AD) only where it broke the
 * line, as "-" at the end of the line: pdf.js gives "infor-\nmation" there and "information"
 * elsewhere. Any run of whitespace matches any run (pdf.js extracts U+00A0 and U+202F as spaces).
 * Everything else must be there exactly.
 */
export function asPrinted(text: string): RegExp {
  const pattern = text
    .trim()
    .split(/\s+/)
    .map((word) => word.split('\u00AD').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('(?:-\\s+)?'))
    .join('\\s+');
  return new RegExp(pattern, 'u');
}

/** Items whose text contains `needle`, on one page. */
export function findItems(page: PdfPage, needle: string): PdfItem[] {
  return page.items.filter((item) => item.str.includes(needle));
}

/**
 * Fonts embedded in the file, read from the raw bytes (pdfkit does not compress dictionaries):
 * the base names of fonts whose descriptor carries a `/FontFile2` (embedded TrueType program).
 */
export function embeddedFonts(bytes: Uint8Array): { subsets: string[]; fontFiles: number } {
  const raw = Buffer.from(bytes).toString('latin1');
  const subsets = [...new Set([...raw.matchAll(/\/FontName \/([A-Z]{6}\+[A-Za-z0-9-]+)/g)].map((m) => m[1]!))];
  const fontFiles = [...raw.matchAll(/\/FontFile2 \d+ 0 R/g)].length;
  return { subsets, fontFiles };
}

/**
 * Code points the file's ToUnicode maps give to glyphs, read from the raw bytes (inflating each
 * stream). pdf.js extracts U+00A0 and U+202F as plain spaces: this tells whether they were drawn.
 */
export function mappedCodePoints(bytes: Uint8Array): Set<number> {
  const raw = Buffer.from(bytes);
  const text = raw.toString('latin1');
  const out = new Set<number>();
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    let body: string;
    try {
      body = inflateSync(raw.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    for (const section of body.matchAll(/beginbf(?:range|char)([\s\S]*?)endbf(?:range|char)/g)) {
      for (const line of section[1]!.split('\n')) {
        // "<0000> <004b> [<0000> <0041> …]" (ranges) or "<0003> <0041>" (single characters).
        const targets = line.includes('[') ? line.slice(line.indexOf('[')) : line.split(/\s+/).slice(1).join(' ');
        for (const hex of targets.matchAll(/<([0-9a-fA-F]+)>/g)) {
          const units = hex[1]!.match(/.{4}/g) ?? [];
          out.add(String.fromCharCode(...units.map((u) => parseInt(u, 16))).codePointAt(0)!);
        }
      }
    }
  }
  return out;
}
