import type { Checklist } from '../../../document/ast.js';
import { mmToPt } from '../../../layout/index.js';
import type { Doc, Flow } from '../flow.js';
import { drawInlines } from '../inlines.js';
import { lineBox, metrics, TEXT_COLOR } from '../style.js';
import { group, tagged } from '../tags.js';

/**
 * Each item gets a vector box (a shape never depends on the font's ☐), centred on the cap height
 * of its first line; a ticked item gets a vector tick. Tagged L > LI > (Lbl "☐"/"☑", LBody > P).
 */
export function checklist(node: Checklist, flow: Flow): void {
  const { doc } = flow;
  const { layout } = flow;
  const style = layout.styles.body;
  const { ascent, capHeight } = metrics('regular');
  const tags = group(doc, flow.tags, 'L');
  for (const item of node.items) {
    flow.begin(lineBox(style));
    const li = group(doc, tags, 'LI');
    const baseline = doc.y + ascent * style.size;
    const box = () => drawBox(doc, flow.left, baseline - (capHeight * style.size) / 2, layout.checkbox, item.checked);
    tagged(doc, li, 'Lbl', box, { actual: item.checked ? '☑' : '☐' });
    const body = flow.indented(layout.listIndent, group(doc, li, 'LBody'), layout.itemGap);
    tagged(doc, body.tags, 'P', () => drawInlines(body, item.children, style));
    body.tags.end();
    li.end();
    flow.space(layout.itemGap);
  }
  tags.end();
  flow.space();
}

/** A square of side `sideMm`, left edge at `x`, vertical centre at `middle`. */
function drawBox(doc: Doc, x: number, middle: number, sideMm: number, checked: boolean): void {
  const side = mmToPt(sideMm);
  const top = middle - side / 2;
  doc.save().lineWidth(0.6).strokeColor(TEXT_COLOR);
  doc.rect(x, top, side, side).stroke();
  if (checked) {
    doc
      .lineWidth(1)
      .lineJoin('round')
      .lineCap('round')
      .moveTo(x + side * 0.2, top + side * 0.52)
      .lineTo(x + side * 0.42, top + side * 0.76)
      .lineTo(x + side * 0.82, top + side * 0.24)
      .stroke();
  }
  doc.restore();
}
