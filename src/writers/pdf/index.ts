import PDFDocument from 'pdfkit';
import { AST_VERSION, type Document } from '../../document/ast.js';
import { lettre, mmToPt } from '../../layout/index.js';
import { FONT_STYLES, loadFont } from '../fonts.js';
import { preflightGlyphs } from '../preflight.js';
import type { WriteOptions, WriteResult, Writer } from '../types.js';
import { drawBlocks } from './blocks/index.js';
import { Flow, type Doc } from './flow.js';
import { handleSoftHyphens } from './hyphens.js';
import { drawLetterHead, drawPageNumbers, drawSignature } from './lettre.js';

/** The PDF writer: pdfkit, Source Sans 3 embedded (subset), A4 `lettre` layout. */
export const pdfWriter: Writer = {
  format: 'pdf',
  extension: 'pdf',
  write: writePdf,
};

export async function writePdf(document: Document, options: WriteOptions = {}): Promise<WriteResult> {
  if (document.version !== AST_VERSION) {
    throw new Error(`Cannot handle document version \`${String(document.version)}\`, expected \`${AST_VERSION}\``);
  }
  preflightGlyphs(document);
  const doc = createDocument(document, creationDate(options));
  const bytes = collect(doc);
  render(doc, document);
  const pages = doc.bufferedPageRange().count;
  doc.end();
  return { bytes: await bytes, pages };
}

function creationDate({ sourceDateEpoch }: WriteOptions): Date {
  if (sourceDateEpoch === undefined) return new Date();
  const date = new Date(sourceDateEpoch * 1000);
  if (Number.isNaN(date.getTime())) throw new Error(`Invalid \`sourceDateEpoch\`: \`${sourceDateEpoch}\``);
  return date;
}

function createDocument(document: Document, date: Date): Doc {
  const m = lettre.margins;
  const doc = new PDFDocument({
    size: [mmToPt(lettre.page.width), mmToPt(lettre.page.height)],
    margins: { top: mmToPt(m.top), right: mmToPt(m.right), bottom: mmToPt(m.bottom), left: mmToPt(m.left) },
    bufferPages: true,
    tagged: true,
    autoFirstPage: true,
    lang: document.meta.lang,
    displayTitle: true,
    pdfVersion: '1.7',
    // No default font: pdfkit would parse Helvetica's metrics for every document.
    font: '',
    info: { Title: document.meta.title, Creator: 'kit-citoyen', CreationDate: date, ModDate: date },
  });
  // pdfkit accepts a parsed fontkit font (it checks for a `layout` method): fonts are parsed
  // once per process, never per document.
  for (const style of FONT_STYLES) doc.registerFont(style, loadFont(style) as unknown as Uint8Array);
  handleSoftHyphens(doc);
  return doc;
}

function render(doc: Doc, document: Document): void {
  const root = doc.struct('Document');
  doc.addStructure(root);
  const flow = Flow.body(doc, root);
  const letter = document.meta.letter;
  if (letter) drawLetterHead(flow, letter);
  drawBlocks(document.blocks, flow);
  if (letter) drawSignature(flow, letter.signature);
  root.end();
  drawPageNumbers(doc);
}

/** Resolves with the whole file once pdfkit has written it. */
function collect(doc: Doc): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('error', reject);
    doc.on('end', () => {
      const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
      let offset = 0;
      for (const chunk of chunks) {
        out.set(chunk, offset);
        offset += chunk.length;
      }
      resolve(out);
    });
  });
}
