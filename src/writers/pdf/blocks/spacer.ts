import type { Spacer } from '../../../document/ast.js';
import type { Flow } from '../flow.js';

/** Vertical space added to the gap before the next block (dropped at the top of a page, like any gap). */
export function spacer(node: Spacer, flow: Flow): void {
  flow.addSpace(node.height);
}
