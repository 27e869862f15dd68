import type { Document } from '../../document/ast.js';
import type { Diagnostic } from '../../diagnostics/index.js';
import { preflightGlyphs } from '../preflight.js';
import type { Doc, Struct } from './flow.js';
import { checkVersion, collect, createDocument, pageOptionsOf, printOf, render, type FileMeta } from './index.js';

export interface VolumeOptions extends FileMeta {
  /** Start every document on an odd page (a blank page after one with an odd page count). */
  duplex: boolean;
}

/**
 * The print file of a batch: its documents drawn one after the other into one pdfkit document,
 * the same drawing code as a single file (`render`), so a page of the volume is the page of the
 * recipient's own file. Each document becomes a `Part` of the volume's structure tree, and its
 * pages are written out as soon as it is drawn (pdfkit keeps only the buffered pages): memory
 * holds the file's bytes, a few kilobytes a letter, and the font is embedded once per volume
 * instead of once per letter. The caller bounds the documents in one volume.
 */
export class PdfVolume {
  private state?: { doc: Doc; root: Struct; bytes: Promise<Uint8Array> };
  private pages = 0;

  constructor(private readonly options: VolumeOptions) {}

  /** Draws one document at the end of the volume; returns its page count (blank page excluded). */
  add(document: Document): { pages: number; warnings: Diagnostic[] } {
    checkVersion(document);
    preflightGlyphs(document);
    const print = printOf(document);
    const state = (this.state ??= this.open(document));
    const { doc } = state;
    const part = doc.struct('Part');
    state.root.add(part);
    const pageOptions = pageOptionsOf(document, print);
    doc.addPage(pageOptions);
    const warnings = render(doc, document, print, part);
    const pages = doc.bufferedPageRange().count;
    if (this.options.duplex && pages % 2 === 1) doc.addPage(pageOptions);
    this.pages += doc.bufferedPageRange().count;
    doc.flushPages();
    return { pages, warnings };
  }

  /** The whole file. */
  async finish(): Promise<{ bytes: Uint8Array; pages: number }> {
    if (!this.state) throw new Error('empty volume');
    const { doc, root, bytes } = this.state;
    root.end();
    doc.end();
    return { bytes: await bytes, pages: this.pages };
  }

  /** The file, set up from its first document (the others of a batch share its layout). */
  private open(first: Document) {
    const doc = createDocument(first, printOf(first), this.options);
    const bytes = collect(doc);
    const root = doc.struct('Document');
    doc.addStructure(root);
    return { doc, root, bytes };
  }
}
