import type { Doc, Struct } from './flow.js';

/**
 * Tagged PDF: every drawn text belongs to an element of the structure tree (Document, P, H1…,
 * L/LI/Lbl/LBody), in reading order; decoration (fold marks, page numbers) is an artifact.
 * pdfkit carries an element's marked content over page breaks.
 */

/** Options of a structure element: ActualText for content drawn as shapes. */
type ElementOptions = Parameters<Doc['struct']>[1];

/** Adds an element that holds other elements (L, LI, LBody) under `parent`. */
export function group(doc: Doc, parent: Struct, type: string, options: ElementOptions = {}): Struct {
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
  const element = group(doc, parent, type, options);
  const content = doc.markStructureContent(type);
  draw();
  doc.endMarkedContent();
  element.add(content);
  element.end();
}

/** Draws what is not content: fold marks, page numbers. */
export function artifact(doc: Doc, type: 'Pagination' | 'Layout', draw: () => void): void {
  doc.markContent('Artifact', { type });
  draw();
  doc.endMarkedContent();
}
