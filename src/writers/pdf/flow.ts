import type { FlowLayout } from '../../layout/index.js';
import { mmToPt } from '../../layout/index.js';

export type Doc = PDFKit.PDFDocument;

/** A node of the PDF structure tree (tagged PDF) that blocks are added to. */
export type Struct = PDFKit.PDFStructureElement;

/** What every column of one document shares. */
interface FlowState {
  /** Space owed after the previous block, in points. */
  pending: number;
  /** One-page layouts (posters, flyers) have no page to break to. */
  onePage: boolean;
  /** Left edge (mm) of signature blocks: `lettre.signature.x` in a letter, the column's edge elsewhere. */
  signatureX: number | null;
}

export interface FlowOptions {
  onePage?: boolean;
  signatureX?: number | null;
}

/**
 * Where the body flows: a column (left edge and width, in points), the layout's numbers, the
 * accent colour, its place in the structure tree, and the space owed after the previous block.
 * Spaces collapse (the larger wins) and are dropped at the top of a page. The column's bottom is
 * the page's `maxY()`: a one-page layout sets the margins to its body zone and makes a new page
 * an error (poster.ts), so the same handlers serve flowing and fixed layouts.
 */
export class Flow {
  constructor(
    readonly doc: Doc,
    readonly layout: FlowLayout,
    /** Accent colour `#rrggbb` (frames, table rules, headings of posters). */
    readonly accent: string,
    readonly left: number,
    readonly width: number,
    /** Space after a block in this column, in millimetres. */
    readonly gap: number,
    /** The structure element this column's blocks are tagged under. */
    readonly tags: Struct,
    private readonly state: FlowState,
  ) {}

  /** The body column of the page, between the margins. */
  static body(doc: Doc, tags: Struct, layout: FlowLayout, accent: string, options: FlowOptions = {}): Flow {
    const m = doc.page.margins;
    return new Flow(doc, layout, accent, m.left, doc.page.width - m.left - m.right, layout.paragraphSpacing, tags, {
      pending: 0,
      onePage: options.onePage ?? false,
      signatureX: options.signatureX ?? null,
    });
  }

  get onePage(): boolean {
    return this.state.onePage;
  }

  get signatureX(): number | null {
    return this.state.signatureX;
  }

  /** A column indented by `mm` (a list item's body), sharing the pending space. */
  indented(mm: number, tags: Struct, gap: number = this.gap): Flow {
    return this.inset(mm, 0, tags, gap);
  }

  /** A column inset by `leftMm` and `rightMm` (a frame's content), sharing the pending space. */
  inset(leftMm: number, rightMm: number, tags: Struct, gap: number = this.gap): Flow {
    const left = mmToPt(leftMm);
    const width = this.width - left - mmToPt(rightMm);
    return new Flow(this.doc, this.layout, this.accent, this.left + left, width, gap, tags, this.state);
  }

  /** Asks for `mm` of space before the next block. */
  space(mm: number = this.gap): void {
    this.state.pending = Math.max(this.state.pending, mmToPt(mm));
  }

  /** Adds `mm` to the space owed (a spacer: it adds to the gap instead of collapsing with it). */
  addSpace(mm: number): void {
    this.state.pending += mmToPt(mm);
  }

  /** Drops the space owed (a frame's top padding replaces it). */
  dropSpace(): void {
    this.state.pending = 0;
  }

  /** Starts a block that needs `needed` points: adds the pending space, or a page if it does not fit. */
  begin(needed: number): void {
    const { doc } = this;
    if (!this.atPageTop()) doc.y += this.state.pending;
    this.state.pending = 0;
    if (doc.y + needed > this.bottom()) this.newPage();
    doc.x = this.left;
  }

  /** Continues on a new page (in a one-page layout, this throws ZoneFull). */
  newPage(): void {
    this.doc.continueOnNewPage();
    this.doc.y = this.doc.page.margins.top;
  }

  /** Lowest y of the column on this page, in points. */
  bottom(): number {
    return this.doc.page.maxY();
  }

  atPageTop(): boolean {
    return this.doc.y <= this.doc.page.margins.top + 0.01;
  }
}

/** Thrown when a one-page zone is full: what follows is not drawn (poster.ts). */
export class ZoneFull extends Error {
  constructor() {
    super('zone full');
  }
}

/** Number of the page being drawn on, as `switchToPage` takes it (it may point at an earlier page). */
export function pageIndex(doc: Doc): number {
  const internals = doc as unknown as { _pageBuffer: unknown[]; _pageBufferStart: number };
  return internals._pageBufferStart + internals._pageBuffer.indexOf(doc.page);
}
