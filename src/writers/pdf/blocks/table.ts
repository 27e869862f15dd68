import type { Inline, Table } from '../../../document/ast.js';
import { mmToPt } from '../../../layout/index.js';
import { tableColumnWidths, tableRowHeight } from '../../fit.js';
import type { Flow, Struct } from '../flow.js';
import { drawInlinesIn } from '../inlines.js';
import { TEXT_COLOR } from '../style.js';
import { artifact, group, tagged } from '../tags.js';

/**
 * A GFM table: column widths from the content (fit.ts, shared with the DOCX writer), the header
 * row filled `table.headerFill`, rules between cells. Rows are never split: a row that does not
 * fit goes to a new page, where the header row is drawn again (as an artifact: it is the same
 * content). Tagged Table > TR > TH/TD.
 */
export function table(node: Table, flow: Flow): void {
  const { doc, layout } = flow;
  const widths = tableColumnWidths(node, flow.width, layout);
  const headerHeight = tableRowHeight(node.header, widths, layout, true);
  const heights = node.rows.map((row) => tableRowHeight(row, widths, layout, false));
  const tags = group(doc, flow.tags, 'Table');
  flow.begin(headerHeight + (heights[0] ?? 0));
  drawRow(flow, node, node.header, widths, headerHeight, true, tags);
  node.rows.forEach((row, i) => {
    const height = heights[i]!;
    if (doc.y + height > flow.bottom() && doc.y > doc.page.margins.top + headerHeight + 0.01) {
      flow.newPage();
      doc.x = flow.left;
      drawRow(flow, node, node.header, widths, headerHeight, true, null);
    }
    drawRow(flow, node, row, widths, height, false, tags);
  });
  tags.end();
  doc.x = flow.left;
  flow.space();
}

/** One row at doc.y; `tags` null draws it as an artifact (a repeated header). */
function drawRow(
  flow: Flow,
  node: Table,
  cells: readonly Inline[][],
  widths: readonly number[],
  height: number,
  header: boolean,
  tags: Struct | null,
): void {
  const { doc, layout } = flow;
  const style = layout.styles.body;
  const padding = mmToPt(layout.table.padding);
  const top = doc.y;
  const total = widths.reduce((a, b) => a + b, 0);
  if (header) artifact(doc, 'Layout', () => doc.rect(flow.left, top, total, height).fill(layout.table.headerFill));
  const drawCells = () => {
    let x = flow.left;
    widths.forEach((width, c) => {
      const draw = () =>
        drawInlinesIn(
          doc,
          cells[c] ?? [],
          style,
          { x: x + padding, y: top + padding, width: width - 2 * padding, height: height - 2 * padding },
          { bold: header, align: node.align[c] ?? 'left' },
        );
      if (row) tagged(doc, row, header ? 'TH' : 'TD', draw);
      else draw();
      x += width;
    });
  };
  const row = tags ? group(doc, tags, 'TR') : null;
  if (row) {
    drawCells();
    row.end();
  } else artifact(doc, 'Pagination', drawCells);
  artifact(doc, 'Layout', () => {
    doc.save().lineWidth(layout.table.rule).strokeColor(TEXT_COLOR);
    doc.rect(flow.left, top, total, height).stroke();
    let x = flow.left;
    for (const width of widths.slice(0, -1)) {
      x += width;
      doc.moveTo(x, top).lineTo(x, top + height).stroke();
    }
    doc.restore();
  });
  doc.x = flow.left;
  doc.y = top + height;
}
