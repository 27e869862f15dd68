import PDFDocument from 'pdfkit';
import { AST_VERSION, DEFAULT_ACCENT, type Document, type PrintMeta } from '../../document/ast.js';
import type { Diagnostic } from '../../diagnostics/index.js';
import { fiche, IMPOSITION, lettre, LAYOUT_PAPERS, PAPER } from '../../layout/index.js';
import { FONT_STYLES, loadFont } from '../fonts.js';
import { preflightGlyphs } from '../preflight.js';
import type { WriteOptions, WriteResult, Writer } from '../types.js';
import { drawBlocks, hasSignature } from './blocks/index.js';
import { drawSheetFrame } from './fiche.js';
import { Flow, type Doc, type Struct } from './flow.js';
import { handleSoftHyphens } from './hyphens.js';
import { bufferStreamText } from './stream-text.js';
import { useStableSubsets } from './font-subsets.js';
import { completeXmpMetadata } from './xmp.js';
import { drawLetterEnd, drawLetterHead, drawPageNumbers } from './lettre.js';
import { pageOptions, useFrame } from './page-frame.js';
import { drawImposed, drawOnePage, onePageLayout } from './poster.js';

/** The PDF writer: pdfkit, Source Sans 3 embedded (subset), tagged; every layout of layout/. */
export const pdfWriter: Writer = {
  format: 'pdf',
  extension: 'pdf',
  write: writePdf,
};

export async function writePdf(document: Document, options: WriteOptions = {}): Promise<WriteResult> {
  checkVersion(document);
  preflightGlyphs(document);
  const print = printOf(document);
  const doc = createDocument(document, print, { title: document.meta.title, date: creationDate(options), pdfa: options.pdfa ?? false });
  if (options.stableSubsets) useStableSubsets(doc);
  const bytes = collect(doc);
  const root = doc.struct('Document');
  doc.addStructure(root);
  doc.addPage(pageOptionsOf(document, print));
  const warnings = render(doc, document, print, root);
  const pages = doc.bufferedPageRange().count;
  doc.end();
  return { bytes: await bytes, pages, ...(warnings.length > 0 ? { warnings } : {}) };
}

function checkVersion(document: Document): void {
  if (document.version !== AST_VERSION) {
    throw new Error(`Cannot handle document version \`${String(document.version)}\`, expected \`${AST_VERSION}\``);
  }
}

/** `meta.print`, or the layout's defaults: its first paper, one copy, no bleed, the default accent. */
function printOf(document: Document): PrintMeta {
  const layout = document.meta.layout;
  const defaults: PrintMeta = { paper: LAYOUT_PAPERS[layout][0], nUp: 1, bleed: false, accent: DEFAULT_ACCENT };
  const print = { ...defaults, ...document.meta.print };
  // Imposition is for flyers only, and replaces bleed (the copies tile the sheet).
  if (layout !== 'flyer') print.nUp = 1;
  if (print.nUp !== 1) print.bleed = false;
  return print;
}

export function creationDate({ sourceDateEpoch }: WriteOptions): Date {
  if (sourceDateEpoch === undefined) return new Date();
  const date = new Date(sourceDateEpoch * 1000);
  if (Number.isNaN(date.getTime())) throw new Error(`Invalid \`sourceDateEpoch\`: \`${sourceDateEpoch}\``);
  return date;
}

/** The trimmed page (mm) and the body margins of the layout on its paper. */
function geometry(document: Document, print: PrintMeta) {
  switch (document.meta.layout) {
    case 'lettre':
      return { page: lettre.page, margins: lettre.margins };
    case 'fiche':
      return { page: PAPER.A4, margins: fiche.margins };
    case 'affiche':
    case 'flyer': {
      if (print.nUp !== 1) {
        const { sheet } = IMPOSITION[print.nUp];
        return { page: sheet, margins: { top: 0, right: 0, bottom: 0, left: 0 } };
      }
      return { page: PAPER[print.paper], margins: onePageLayout(document.meta.layout, print.paper).margins };
    }
  }
}

/** pdfkit's options for the pages of `document`. */
function pageOptionsOf(document: Document, print: PrintMeta): ReturnType<typeof pageOptions> {
  const { page, margins } = geometry(document, print);
  return pageOptions(page.width, page.height, margins, print.bleed);
}

export interface FileMeta {
  title: string;
  date: Date;
  pdfa: boolean;
  /** Tagged PDF (default): false for a batch's print file only. */
  tagged?: boolean;
}

/**
 * An empty pdfkit document set up for the pages of `document` (size, bleed frame, fonts, XMP),
 * without a page: `writePdf` adds one document.
 */
function createDocument(document: Document, print: PrintMeta, meta: FileMeta): Doc {
  const { page } = geometry(document, print);
  const doc = createShell(meta, document.meta.lang, pageOptionsOf(document, print));
  // pdfkit accepts a parsed fontkit font (it checks for a `layout` method): fonts are parsed
  // once per process, never per document.
  for (const style of FONT_STYLES) doc.registerFont(style, loadFont(style) as unknown as Uint8Array);
  bufferStreamText(doc);
  handleSoftHyphens(doc);
  useFrame(doc, page.width, page.height, print.bleed);
  return doc;
}

/**
 * A pdfkit document without a page, a font or a drawing aid: its catalog, information, XMP and
 * PDF/A output intent only. A batch's print file (volume.ts) puts copied pages in it.
 */
export function createShell({ title, date, pdfa, tagged = true }: FileMeta, lang: string, pages: ReturnType<typeof pageOptions> | object = {}): Doc {
  const doc = new PDFDocument({
    ...pages,
    bufferPages: true,
    tagged,
    autoFirstPage: false,
    lang,
    displayTitle: true,
    pdfVersion: '1.7',
    ...(pdfa ? { subset: 'PDF/A-2b' as const } : {}),
    // No default font: pdfkit would parse Helvetica's metrics for every document.
    font: '',
    info: { Title: title, Creator: 'kit-citoyen', CreationDate: date, ModDate: date },
  });
  completeXmpMetadata(doc, date, tagged);
  return doc;
}

/**
 * Draws `document` from the current page on, its content tagged under `root` (ended here), then
 * what needs the page count (page numbers, sheet frames) on its pages: the buffered pages must
 * be this document's only.
 */
function render(doc: Doc, document: Document, print: PrintMeta, root: Struct): Diagnostic[] {
  const { layout } = document.meta;
  let warnings: Diagnostic[] = [];
  switch (layout) {
    case 'lettre': {
      const flow = Flow.body(doc, root, lettre, print.accent, { signatureX: lettre.signature.x });
      const letter = document.meta.letter;
      if (letter) drawLetterHead(flow, letter);
      drawBlocks(document.blocks, flow);
      if (letter) drawLetterEnd(flow, letter, hasSignature(document.blocks));
      root.end();
      drawPageNumbers(doc);
      break;
    }
    case 'fiche': {
      drawBlocks(document.blocks, Flow.body(doc, root, fiche, print.accent));
      root.end();
      drawSheetFrame(doc, document.meta.sheet);
      break;
    }
    case 'affiche':
    case 'flyer': {
      const draw = () => {
        const found = drawOnePage(doc, document, root, layout, print.accent);
        if (warnings.length === 0) warnings = found;
      };
      if (print.nUp === 1) draw();
      else drawImposed(doc, print.nUp, draw);
      root.end();
      break;
    }
  }
  return warnings;
}

/** How pdfkit writes its output (not in its typings). */
interface Output {
  _write(data: Uint8Array | string): void;
  _offset: number;
}

/**
 * Resolves with the whole file once pdfkit has written it. pdfkit hands each piece of the file
 * (an object's header, its dictionary, each line of the cross-reference table: hundreds per
 * letter) to its Readable stream, after copying a string into bytes one character at a time;
 * from here on, its text is gathered and converted in one go and its bytes kept as they are,
 * the same bytes in the same order (what pdfkit wrote before, its header, comes through the
 * stream first).
 */
export function collect(doc: Doc): Promise<Uint8Array> {
  const output = doc as unknown as Output;
  const streamed: Uint8Array[] = [];
  const pieces: Uint8Array[] = [];
  let text = '';
  const flush = () => {
    if (text === '') return;
    pieces.push(Buffer.from(text, 'latin1'));
    text = '';
  };
  output._write = (data) => {
    if (typeof data === 'string') {
      text += `${data}\n`;
      output._offset += data.length + 1;
    } else {
      flush();
      pieces.push(data);
      output._offset += data.length;
    }
  };
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Uint8Array) => streamed.push(chunk));
    doc.on('error', reject);
    doc.on('end', () => {
      flush();
      const all = [...streamed, ...pieces];
      const out = new Uint8Array(all.reduce((sum, piece) => sum + piece.length, 0));
      let offset = 0;
      for (const piece of all) {
        out.set(piece, offset);
        offset += piece.length;
      }
      resolve(out);
    });
  });
}
