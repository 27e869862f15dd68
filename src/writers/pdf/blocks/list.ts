import type { List } from '../../../document/ast.js';
import { mmToPt } from '../../../layout/index.js';
import type { Flow } from '../flow.js';
import { lineBox, useStyle } from '../style.js';
import { group, tagged } from '../tags.js';
import type { DrawBlocks } from './index.js';

/** Space between a number ("12.") and the item's text, in points. */
const LABEL_GAP_PT = 4;

/**
 * Bullets and numbers are drawn in the indent, on the first line of each item; the item's blocks
 * flow in a column indented by `layout.listIndent`, so a nested list is indented once more.
 * Tagged L > LI > (Lbl, LBody).
 */
export function list(node: List, flow: Flow, drawBlocks: DrawBlocks): void {
  const { doc } = flow;
  const { layout } = flow;
  const style = layout.styles.body;
  const tags = group(doc, flow.tags, 'L');
  node.items.forEach((item, i) => {
    flow.begin(lineBox(style));
    const li = group(doc, tags, 'LI');
    const label = node.ordered ? `${node.start + i}.` : '•';
    const y = doc.y;
    tagged(doc, li, 'Lbl', () => {
      useStyle(doc, 'regular', style);
      const textLeft = flow.left + mmToPt(layout.listIndent);
      const x = node.ordered ? textLeft - LABEL_GAP_PT - doc.widthOfString(label) : flow.left;
      doc.text(label, Math.max(x, 0), y, { lineBreak: false });
    });
    doc.y = y;
    const body = flow.indented(layout.listIndent, group(doc, li, 'LBody'), layout.itemGap);
    drawBlocks(item.blocks, body);
    if (item.blocks.length === 0) doc.y += style.lineHeight; // an empty item still takes its line
    body.tags.end();
    li.end();
    flow.space(layout.itemGap);
  });
  tags.end();
  flow.space();
}
