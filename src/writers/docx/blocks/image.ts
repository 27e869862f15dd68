import { mmToTwip } from '../../../layout/lettre.js';
import { STYLE } from '../styles.js';
import type { BlockHandler } from './context.js';
import { heightFor, pictureRun } from './picture.js';
import { tableIndent } from './table.js';

/**
 * `::image`: the picture at its width in millimetres (never wider than the text), its height from
 * the pixel ratio, its alternative text as the drawing's description; the layout's paragraph
 * spacing after it.
 */
export const image: BlockHandler<'image'> = (node, context) => {
  const indent = tableIndent(context);
  const width = Math.min(node.width, context.width - context.depth * context.layout.listIndent);
  return [
    {
      style: STYLE.figure,
      keepNext: false,
      ...(indent > 0 ? { indent: { left: indent } } : {}),
      spacing: { after: mmToTwip(context.layout.paragraphSpacing) },
      children: [
        pictureRun({
          bytes: node.data.bytes,
          format: node.data.format,
          width,
          height: heightFor(node.data, width),
          description: node.alt,
          name: node.src,
        }),
      ],
    },
  ];
};
