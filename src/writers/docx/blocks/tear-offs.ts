import {
  BorderStyle,
  HeightRule,
  LineRuleType,
  Paragraph,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  TextDirection,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { mmToTwip } from '../../../layout/lettre.js';
import { splitLines } from '../lettre.js';
import { textRuns } from '../inlines.js';
import { rule, STYLE } from '../styles.js';
import type { BlockContext, BlockHandler } from './context.js';

/** How much narrower than the text floating strips are, in millimetres (see `tearOffs`). */
const FLOAT_ROOM = 6;

/**
 * `:::detachables`: `count` strips along the bottom edge of the page, the width of the text, each
 * repeating the lines turned 90° (read from bottom to top). A table of one row, placed on the
 * page (`w:tblpPr`, anchored to the page's bottom edge) so that the text flows above it; its
 * dashed rules are the cut lines (the PDF adds scissors, drawn as shapes; none here).
 *
 * LibreOffice (7.4) places a floating table on the page only when a paragraph follows it and
 * when it is narrower than the text by more than ~5 mm (else it lays it in the flow, where the
 * strips were found in the middle of the page): an empty paragraph of 1 pt follows, and the strips
 * leave FLOAT_ROOM, centred.
 */
export const tearOffs: BlockHandler<'tearOffs'> = (node, context) => [
  tearOffTable(node.count, node.lines, context),
  { style: STYLE.spacer, spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT }, children: [] },
];

/**
 * `edge`: on a one-page poster or flyer the strips go in the footer part instead, the full width
 * of the sheet (`left` is the left margin they reach out over), flush with the bottom edge.
 */
export function tearOffTable(count: number, lines: readonly string[], context: BlockContext, edge?: { left: number }): Table {
  const { height } = context.layout.tearOffs;
  const strips = Math.max(1, count);
  // In the flow, FLOAT_ROOM narrower than the text (see `tearOffs`); on a poster's edge, the sheet.
  const width = Math.floor(mmToTwip(edge ? context.page.width : context.width - FLOAT_ROOM) / strips);
  const cut = rule(0.5, context.layout.colors.marks, BorderStyle.DASHED);
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  const text = splitLines(lines, false);
  const cell = (index: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      textDirection: TextDirection.BOTTOM_TO_TOP_LEFT_TO_RIGHT,
      verticalAlign: VerticalAlignTable.CENTER,
      borders: { top: cut, bottom: none, left: index === 0 ? none : cut, right: index === strips - 1 ? none : cut },
      children: text.map((line) => new Paragraph({ style: STYLE.tearOff, children: textRuns(line) })),
    });
  return new Table({
    width: { size: width * strips, type: WidthType.DXA },
    columnWidths: Array.from({ length: strips }, () => width),
    layout: TableLayoutType.FIXED,
    ...(edge
      ? { indent: { size: -mmToTwip(edge.left), type: WidthType.DXA } }
      : {
          float: {
            horizontalAnchor: TableAnchorType.MARGIN,
            verticalAnchor: TableAnchorType.PAGE,
            absoluteHorizontalPosition: mmToTwip(FLOAT_ROOM / 2),
            absoluteVerticalPosition: mmToTwip(context.page.height - height),
          },
        }),
    borders: { top: cut, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: cut },
    margins: { top: 0, bottom: 0, left: mmToTwip(1), right: mmToTwip(1) },
    rows: [
      new TableRow({
        cantSplit: true,
        height: { value: mmToTwip(height), rule: HeightRule.EXACT },
        children: Array.from({ length: strips }, (_, index) => cell(index)),
      }),
    ],
  });
}
