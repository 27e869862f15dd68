import type { Image } from '../../../document/ast.js';
import { mmToPt } from '../../../layout/index.js';
import { imageHeight } from '../../fit.js';
import type { Doc, Flow } from '../flow.js';
import { tagged } from '../tags.js';

/** A picture `width` mm wide (never wider than the column), centred; tagged Figure with its Alt text. */
export function image(node: Image, flow: Flow): void {
  const { doc } = flow;
  const width = Math.min(mmToPt(node.width), flow.width);
  const height = imageHeight(width, node.data.pixelWidth, node.data.pixelHeight);
  flow.begin(height);
  const x = flow.left + (flow.width - width) / 2;
  const y = doc.y;
  tagged(doc, flow.tags, 'Figure', () => drawImage(doc, node.data.bytes, x, y, width, height), { alt: node.alt });
  doc.x = flow.left;
  doc.y = y + height;
  flow.space();
}

export function drawImage(doc: Doc, bytes: Uint8Array, x: number, y: number, width: number, height: number): void {
  doc.image(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), x, y, { width, height });
}
