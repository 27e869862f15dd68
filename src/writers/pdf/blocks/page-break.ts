import type { PageBreak } from '../../../document/ast.js';
import type { Flow } from '../flow.js';

/** A new page, unless the page is still empty; nothing on a one-page poster or flyer. */
export function pageBreak(_node: PageBreak, flow: Flow): void {
  if (flow.onePage || flow.atPageTop()) return;
  flow.dropSpace();
  flow.newPage();
}
