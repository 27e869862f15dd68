import type { Doc } from './flow.js';

/** What pdfkit keeps on a page (not in its typings). */
interface PageResources {
  ext_gstates: Record<string, unknown>;
}

const states = new WeakMap<Doc, unknown>();
const NAME = 'GsMultiply';

/**
 * Draws with the Multiply blend mode: a tinted fill drawn over text leaves the text as it was and
 * tints the white around it. So a frame's background is drawn after its content, when its height
 * is known on each page it spans (PDF/A-2 allows blend modes).
 */
export function multiply(doc: Doc, draw: () => void): void {
  let state = states.get(doc);
  if (!state) {
    const ref = doc.ref({ Type: 'ExtGState', BM: 'Multiply' });
    (ref as unknown as { end(): void }).end();
    states.set(doc, (state = ref));
  }
  (doc.page as unknown as PageResources).ext_gstates[NAME] = state;
  doc.save();
  doc.addContent(`/${NAME} gs`);
  draw();
  doc.restore();
}
