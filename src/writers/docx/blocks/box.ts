import { Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, WidthType, type IParagraphOptions } from 'docx';
import { mmToTwip } from '../../../layout/lettre.js';
import { textRuns } from '../inlines.js';
import { rule, STYLE, tintColor } from '../styles.js';
import type { BlockHandler, FlowItem } from './context.js';
import { spaceAfterTable, tableIndent } from './table.js';

function toCellChild(item: FlowItem): Paragraph | Table {
  return item instanceof Table ? item : new Paragraph(item);
}

/**
 * `:::encadre`: a table of one cell, ruled in the accent colour and filled with its tint, padded
 * as in the PDF; an optional bold title, then the inner blocks at the cell's width.
 */
export const box: BlockHandler<'box'> = (node, context) => {
  const { padding, rule: ruleWidth, tint } = context.layout.box;
  const indent = tableIndent(context);
  const width = mmToTwip(context.width) - indent;
  const inner = context.render(node.blocks, {
    ...context,
    depth: 0,
    width: context.width - indent / mmToTwip(1) - 2 * padding,
  });
  const items: FlowItem[] = [...(node.title ? [{ style: STYLE.box, children: textRuns(node.title) }] : []), ...inner];
  // No space under the last paragraph (the padding is the space), and a cell ends with a paragraph.
  const last = items.at(-1);
  if (last === undefined || last instanceof Table) items.push({ style: STYLE.spacer, children: [] });
  else items[items.length - 1] = { ...last, spacing: { ...(last as IParagraphOptions).spacing, after: 0 } };
  const line = rule(ruleWidth, context.accent);
  return [
    new Table({
      width: { size: width, type: WidthType.DXA },
      columnWidths: [width],
      layout: TableLayoutType.FIXED,
      ...(indent > 0 ? { indent: { size: indent, type: WidthType.DXA } } : {}),
      margins: { top: mmToTwip(padding), bottom: mmToTwip(padding), left: mmToTwip(padding), right: mmToTwip(padding) },
      borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
      rows: [
        new TableRow({
          children: [
            new TableCell({
              width: { size: width, type: WidthType.DXA },
              shading: { type: ShadingType.CLEAR, color: 'auto', fill: tintColor(context.accent, tint) },
              children: items.map(toCellChild),
            }),
          ],
        }),
      ],
    }),
    spaceAfterTable(context),
  ];
};
