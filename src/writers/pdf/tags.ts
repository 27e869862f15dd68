import type { Doc, Struct } from './flow.js';

/**
 * Tagged PDF: every drawn text belongs to an element of the structure tree (Document, P, H1…,
 * L/LI/Lbl/LBody, Table/TR/TH/TD, Figure), in reading order; decoration (fold marks, page
 * numbers, rules, crop marks) is an artifact. pdfkit carries an element's marked content over
 * page breaks.
 */

/** Options of a structure element: ActualText for content drawn as shapes, Alt for figures. */
type ElementOptions = Parameters<Doc['struct']>[1];

/** Documents drawing a copy (n-up imposition): everything is one artifact, nothing is tagged. */
const copies = new WeakSet<Doc>();

/** A structure element that records nothing (used while drawing a copy). */
const DETACHED = { add: () => DETACHED, end: () => undefined } as unknown as Struct;

/** Adds an element that holds other elements (L, LI, LBody) under `parent`. */
export function group(doc: Doc, parent: Struct, type: string, options: ElementOptions = {}): Struct {
  if (copies.has(doc)) return DETACHED;
  const element = doc.struct(type, options);
  parent.add(element);
  return element;
}

/** Draws content as one element of `type` under `parent` (P, H1, Lbl). */
export function tagged(
  doc: Doc,
  parent: Struct,
  type: string,
  draw: () => void,
  options: ElementOptions = {},
): void {
  if (copies.has(doc)) {
    draw();
    return;
  }
  const element = group(doc, parent, type, options);
  const content = doc.markStructureContent(type);
  draw();
  doc.endMarkedContent();
  element.add(content);
  element.end();
}

/** Draws what is not content: fold marks, page numbers, rules. */
export function artifact(doc: Doc, type: 'Pagination' | 'Layout', draw: () => void): void {
  if (copies.has(doc)) {
    draw();
    return;
  }
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}

/** Draws a repeated copy of content (an imposed flyer) as one artifact. */
export function copy(doc: Doc, draw: () => void): void {
  doc.markContent('Artifact', { type: 'Layout' });
  copies.add(doc);
  try {
    draw();
  } finally {
    copies.delete(doc);
    doc.endMarkedContent();
  }
}
