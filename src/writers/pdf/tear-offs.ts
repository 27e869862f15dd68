import type { Inline, TearOffs } from '../../document/ast.js';
import type { TextStyle } from '../../layout/index.js';
import { mmToPt } from '../../layout/index.js';
import type { Doc, Struct } from './flow.js';
import { drawInlinesIn } from './inlines.js';
import { TEXT_COLOR } from './style.js';
import { artifact, tagged } from './tags.js';

/** Padding (pt) between a strip's cut lines and its text. */
const STRIP_PADDING = 6;

/** Pages (by index) whose foot holds tear-off strips, with the strips' top (pt): footers move above. */
const stripTops = new WeakMap<Doc, Map<number, number>>();

export function tearOffTop(doc: Doc, page: number): number | undefined {
  return stripTops.get(doc)?.get(page);
}

/**
 * `count` vertical strips across the whole width of the trimmed page, from `top` to `bottom`
 * (points): the lines turned 90° (read from bottom to top, as on notice-board slips), dashed cut
 * lines between the strips and along their top, scissors drawn as shapes at the top line's left
 * end (the font has no ✂). The first strip is tagged P; the others repeat it as artifacts.
 */
export function drawTearOffs(
  doc: Doc,
  node: TearOffs,
  area: { left: number; width: number; top: number; bottom: number },
  style: TextStyle,
  tags: Struct,
  page: number,
): void {
  let map = stripTops.get(doc);
  if (!map) stripTops.set(doc, (map = new Map()));
  map.set(page, area.top);
  const count = Math.max(1, node.count);
  const strip = area.width / count;
  const height = area.bottom - area.top;
  artifact(doc, 'Layout', () => drawCutLines(doc, area, strip, count));
  const inlines: Inline[] = node.lines.flatMap((line, i) =>
    i === 0 ? [{ type: 'text', value: line }] : [{ type: 'break' }, { type: 'text', value: line }],
  );
  const textHeight = Math.min(node.lines.length * style.lineHeight, strip - 2);
  for (let i = 0; i < count; i++) {
    const centreX = area.left + (i + 0.5) * strip;
    const centreY = area.top + height / 2;
    const draw = () => {
      doc.save();
      doc.rotate(-90, { origin: [centreX, centreY] });
      // In the turned frame the strip's length runs along x and its width along y.
      drawInlinesIn(doc, inlines, style, {
        x: centreX - height / 2 + STRIP_PADDING,
        y: centreY - textHeight / 2,
        width: height - 2 * STRIP_PADDING,
        height: strip,
      }, { align: 'center' });
      doc.restore();
    };
    if (i === 0) tagged(doc, tags, 'P', draw);
    else artifact(doc, 'Layout', draw);
  }
}

function drawCutLines(doc: Doc, area: { left: number; width: number; top: number; bottom: number }, strip: number, count: number): void {
  doc.save().lineWidth(0.5).strokeColor(TEXT_COLOR).dash(3, { space: 2 });
  doc.moveTo(area.left, area.top).lineTo(area.left + area.width, area.top).stroke();
  for (let i = 1; i < count; i++) {
    const x = area.left + i * strip;
    doc.moveTo(x, area.top).lineTo(x, area.bottom).stroke();
  }
  doc.undash().restore();
  drawScissors(doc, area.left + mmToPt(4), area.top);
}

/** Open scissors pointing right, centred on the cut line at (x, y): two rings and two blades. */
function drawScissors(doc: Doc, x: number, y: number): void {
  const ring = 2;
  doc.save().lineWidth(0.7).strokeColor(TEXT_COLOR);
  // White under the shape so the dashed line does not run through it.
  doc.rect(x - ring * 2, y - ring * 3, ring * 10, ring * 6).fill('#ffffff');
  doc.circle(x, y - ring * 1.6, ring).stroke();
  doc.circle(x, y + ring * 1.6, ring).stroke();
  doc.moveTo(x + ring * 0.8, y - ring * 1.0).lineTo(x + ring * 7, y + ring * 1.4).stroke();
  doc.moveTo(x + ring * 0.8, y + ring * 1.0).lineTo(x + ring * 7, y - ring * 1.4).stroke();
  doc.restore();
}
