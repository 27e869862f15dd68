import { textRuns } from '../inlines.js';
import { STYLE } from '../styles.js';
import type { BlockHandler } from './context.js';
import { pictureRun } from './picture.js';
import { tableIndent } from './table.js';

/**
 * `::qr`: the code as a PNG made before the document (with the layout's quiet zone, so `size`
 * includes it, as in the PDF), then its caption, or the URL for those who type it.
 */
export const qr: BlockHandler<'qr'> = (node, context) => {
  const png = context.assets.qr.get(node.url);
  if (!png) throw new Error(`No QR code prepared for \`${node.url}\``);
  const indent = tableIndent(context);
  const size = Math.min(node.size, context.width);
  const caption = node.caption ?? node.url;
  return [
    {
      style: STYLE.figure,
      ...(indent > 0 ? { indent: { left: indent } } : {}),
      children: [
        pictureRun({ bytes: png, format: 'png', width: size, height: size, description: `QR code : ${caption}`, name: 'QR code' }),
      ],
    },
    { style: STYLE.caption, ...(indent > 0 ? { indent: { left: indent } } : {}), children: textRuns(caption) },
  ];
};
