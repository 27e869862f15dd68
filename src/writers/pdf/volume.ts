import type { Document } from '../../document/ast.js';
import type { Diagnostic } from '../../diagnostics/index.js';
import { preflightGlyphs } from '../preflight.js';
import type { Doc, Struct } from './flow.js';
import { untagged } from './tags.js';
import { checkVersion, collect, createDocument, pageOptionsOf, printOf, render, type FileMeta } from './index.js';

export interface VolumeOptions extends FileMeta {
  /** Start every document on an odd page (a blank page after one with an odd page count). */
  duplex: boolean;
}

/**
 * The print file of a batch: its documents drawn one after the other into one pdfkit document,
 * the same drawing code as a single file (`render`), so a page of the volume is the page of the
 * recipient's own file. Its pages are written out as soon as a document is drawn (pdfkit keeps
 * only the buffered pages), and it is not tagged (pdfkit would keep its whole structure tree
 * until the end: see `untagged`): memory holds the file's bytes, a few kilobytes a page, and the
 * font is embedded once per volume instead of once per letter. The caller bounds the documents
 * in one volume. The recipients' own files are the accessible ones.
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
    const pageOptions = pageOptionsOf(document, print);
    doc.addPage(pageOptions);
    const warnings = render(doc, document, print, state.root);
    const pages = doc.bufferedPageRange().count;
    if (this.options.duplex && pages % 2 === 1) doc.addPage(pageOptions);
    this.pages += doc.bufferedPageRange().count;
    doc.flushPages();
    return { pages, warnings };
  }

  /** The whole file. */
  async finish(): Promise<{ bytes: Uint8Array; pages: number }> {
    if (!this.state) throw new Error('empty volume');
    const { doc, bytes } = this.state;
    doc.end();
    return { bytes: await bytes, pages: this.pages };
  }

  /** The file, set up from its first document (the others of a batch share its layout). */
  private open(first: Document) {
    const doc = createDocument(first, printOf(first), { ...this.options, tagged: false });
    return { doc, root: untagged(doc), bytes: collect(doc) };
  }
}
