import type { TearOffs } from '../../../document/ast.js';
import { mmToPt } from '../../../layout/index.js';
import { pageIndex, type Flow } from '../flow.js';
import { frameOf } from '../page-frame.js';
import { drawTearOffs } from '../tear-offs.js';

/**
 * Tear-off strips at the foot of the current page (a new page when the body already reaches the
 * strips' zone); the rest of the body on this page then ends above them. A poster or flyer puts
 * them in its own zone instead (poster.ts), and this handler is not called there.
 */
export function tearOffs(node: TearOffs, flow: Flow): void {
  const { doc, layout } = flow;
  const frame = frameOf(doc);
  const top = frame.height - mmToPt(layout.tearOffs.height);
  const strips = frame.height - top;
  if (doc.y > flow.bottom() - strips) flow.newPage();
  // Drawing the strips moves pdfkit's cursor down to them: the body goes on from where it was.
  const { x, y } = doc;
  drawTearOffs(doc, node, { left: 0, width: frame.width, top, bottom: frame.height }, layout.tearOffs.style, flow.tags, pageIndex(doc));
  doc.x = x;
  doc.y = y;
  // The page's bottom margin (room for its footer) is kept above the strips.
  const m = doc.page.margins;
  doc.page.margins = { ...m, bottom: m.bottom + strips };
}
