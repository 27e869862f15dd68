import { lettre, mmToPt } from '../../layout/index.js';

export type Doc = PDFKit.PDFDocument;

/** A node of the PDF structure tree (tagged PDF) that blocks are added to. */
export type Struct = PDFKit.PDFStructureElement;

/**
 * Where the body flows: a column (left edge and width, in points), its place in the structure
 * tree, and the space owed after the previous block. Spaces collapse (the larger wins) and are dropped at the top of a page.
 */
export class Flow {
  constructor(
    readonly doc: Doc,
    readonly left: number,
    readonly width: number,
    /** Space after a block in this column, in millimetres. */
    readonly gap: number,
    /** The structure element this column's blocks are tagged under. */
    readonly tags: Struct,
    private readonly state: { pending: number },
  ) {}

  /** The body column of the page, between the margins. */
  static body(doc: Doc, tags: Struct): Flow {
    const m = doc.page.margins;
    return new Flow(doc, m.left, doc.page.width - m.left - m.right, lettre.paragraphSpacing, tags, { pending: 0 });
  }

  /** A column indented by `mm` (a list item's body), sharing the pending space. */
  indented(mm: number, tags: Struct, gap: number = this.gap): Flow {
    const by = mmToPt(mm);
    return new Flow(this.doc, this.left + by, this.width - by, gap, tags, this.state);
  }

  /** Asks for `mm` of space before the next block. */
  space(mm: number = this.gap): void {
    this.state.pending = Math.max(this.state.pending, mmToPt(mm));
  }

  /** Starts a block that needs `needed` points: adds the pending space, or a page if it does not fit. */
  begin(needed: number): void {
    const { doc } = this;
    if (!this.atPageTop()) doc.y += this.state.pending;
    this.state.pending = 0;
    if (doc.y + needed > doc.page.maxY()) {
      doc.continueOnNewPage();
      doc.y = doc.page.margins.top;
    }
    doc.x = this.left;
  }

  atPageTop(): boolean {
    return this.doc.y <= this.doc.page.margins.top + 0.01;
  }
}
