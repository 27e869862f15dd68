import type { Qr } from '../../../document/ast.js';
import { mmToPt } from '../../../layout/index.js';
import { qrMatrix } from '../../qr.js';
import type { Doc, Flow } from '../flow.js';
import { drawInlines } from '../inlines.js';
import { lineBox, TEXT_COLOR } from '../style.js';
import { tagged } from '../tags.js';

/**
 * A QR code drawn as vector squares (sharp at any size, no picture to embed), `size` mm for the
 * modules, with the quiet zone (`qr.quietModules`, white) reserved around them, centred; the
 * caption (or the URL, as a link) under it in small type. Tagged Figure "Code QR vers <url>".
 */
export function qr(node: Qr, flow: Flow): void {
  const { doc, layout } = flow;
  const matrix = qrMatrix(node.url);
  const side = mmToPt(node.size);
  const module = side / matrix.size;
  const quiet = layout.qr.quietModules * module;
  const small = layout.styles.small;
  flow.begin(side + 2 * quiet + lineBox(small));
  const x = flow.left + (flow.width - side) / 2;
  const y = doc.y + quiet;
  tagged(doc, flow.tags, 'Figure', () => drawModules(doc, matrix, x, y, module), { alt: `Code QR vers ${node.url}` });
  doc.x = flow.left;
  doc.y = y + side + quiet;
  const caption = node.caption ?? node.url;
  const inline = node.caption ? { type: 'text' as const, value: caption } : linkTo(node.url);
  tagged(doc, flow.tags, 'P', () => drawInlines(flow, [inline], small, false, { align: 'center' }));
  flow.space();
}

function linkTo(url: string) {
  return { type: 'link' as const, url, children: [{ type: 'text' as const, value: url }] };
}

/** Dark modules, one rectangle per horizontal run (fewer operators than one per module). */
export function drawModules(
  doc: Doc,
  matrix: { size: number; dark: (row: number, column: number) => boolean },
  x: number,
  y: number,
  module: number,
): void {
  doc.save().fillColor(TEXT_COLOR);
  for (let row = 0; row < matrix.size; row++) {
    let column = 0;
    while (column < matrix.size) {
      if (!matrix.dark(row, column)) {
        column++;
        continue;
      }
      const start = column;
      while (column < matrix.size && matrix.dark(row, column)) column++;
      // A hair wider/taller so neighbouring rectangles leave no anti-aliasing seams on screen.
      doc.rect(x + start * module, y + row * module, (column - start) * module + 0.05, module + 0.05);
    }
  }
  doc.fill();
  doc.restore();
}
