import type { Box } from '../../../document/ast.js';
import { mmToPt } from '../../../layout/index.js';
import { measureBlocks } from '../../fit.js';
import { multiply } from '../blend.js';
import { pageIndex, type Flow } from '../flow.js';
import { drawInlines } from '../inlines.js';
import { lineBox, tint } from '../style.js';
import { artifact, group, tagged } from '../tags.js';
import type { DrawBlocks } from './index.js';

interface Segment {
  page: number;
  top: number;
  bottom: number;
}

/**
 * A frame: an accent rule around the blocks, on the accent colour at `box.tint`, an optional bold
 * title. Drawn after its content (blend.ts), one frame per page it spans: in a flowing sheet a
 * long frame is split across pages; elsewhere it moves whole to a new page when it fits there.
 * Tagged Div (title as a P).
 */
export function box(node: Box, flow: Flow, drawBlocks: DrawBlocks): void {
  const { doc, layout } = flow;
  const padding = mmToPt(layout.box.padding);
  const body = layout.styles.body;
  const height = mmToPt(measureBlocks([node], flow.width / mmToPt(1), layout));
  const room = flow.bottom() - doc.page.margins.top;
  // Keep it whole when it fits on a page; otherwise at least the title and two lines here.
  const keep = !flow.onePage && height <= room ? height : 2 * padding + lineBox(body, 'bold') + 2 * body.lineHeight;
  flow.begin(Math.min(keep, room));
  const segments: Segment[] = [{ page: pageIndex(doc), top: doc.y, bottom: doc.y }];
  const onPage = () => {
    segments[segments.length - 1]!.bottom = flow.bottom();
    segments.push({ page: pageIndex(doc), top: doc.page.margins.top, bottom: doc.page.margins.top });
  };
  doc.on('pageAdded', onPage);
  try {
    doc.y += padding;
    const tags = group(doc, flow.tags, 'Div');
    const inner = flow.inset(layout.box.padding, layout.box.padding, tags, layout.paragraphSpacing);
    inner.dropSpace();
    if (node.title) {
      tagged(doc, tags, 'P', () => drawInlines(inner, [{ type: 'text', value: node.title! }], body, true, { align: 'left' }));
      inner.space(layout.itemGap);
    }
    drawBlocks(node.blocks, inner);
    inner.dropSpace();
    tags.end();
    doc.y += padding;
  } finally {
    doc.off('pageAdded', onPage);
    segments[segments.length - 1]!.bottom = doc.y;
  }
  drawFrames(flow, segments);
  doc.x = flow.left;
  flow.space();
}

function drawFrames(flow: Flow, segments: readonly Segment[]): void {
  const { doc, layout, accent } = flow;
  const last = pageIndex(doc);
  for (const { page, top, bottom } of segments) {
    if (bottom - top < 1) continue;
    if (pageIndex(doc) !== page) doc.switchToPage(page);
    artifact(doc, 'Layout', () => {
      multiply(doc, () => doc.rect(flow.left, top, flow.width, bottom - top).fill(tint(accent, layout.box.tint)));
      doc.save().lineWidth(layout.box.rule).strokeColor(accent);
      doc.rect(flow.left, top, flow.width, bottom - top).stroke();
      doc.restore();
    });
  }
  if (pageIndex(doc) !== last) doc.switchToPage(last);
}

