import {
  AlignmentType,
  Paragraph,
  LineRuleType,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import type { CellAlign, Inline } from '../../../document/ast.js';
import { mmToTwip } from '../../../layout/lettre.js';
import { tableColumnWidths } from '../../fit.js';
import { inlineRuns } from '../inlines.js';
import { rule, STYLE, wordColor } from '../styles.js';
import type { BlockContext, BlockHandler, FlowItem } from './context.js';

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/**
 * Space after a table (or a frame): an empty paragraph whose exact line is the layout's paragraph
 * spacing. It also keeps two tables in a row from merging into one, as Word would.
 */
export function spaceAfterTable(context: BlockContext): IParagraphOptions {
  return {
    style: STYLE.spacer,
    spacing: { line: Math.max(20, mmToTwip(context.layout.paragraphSpacing)), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    children: [],
  };
}

/** A list item's table lines up with the item's text. */
export function tableIndent(context: BlockContext): number {
  return context.depth * mmToTwip(context.layout.listIndent);
}

/**
 * A GFM table as a Word table: columns sized as in the PDF (fit.ts) over the width available, the header row repeated
 * on each page (`w:tblHeader`), no row split across pages (`w:cantSplit`), cells padded and
 * ruled as in the PDF, the header row filled.
 */
export const table: BlockHandler<'table'> = (node, context) => {
  const { padding, rule: ruleWidth, headerFill } = context.layout.table;
  const columns = Math.max(1, node.align.length, node.header.length, ...node.rows.map((row) => row.length));
  const indent = tableIndent(context);
  const total = mmToTwip(context.width) - indent;
  // The PDF's column widths (sized to their content): the same line breaks, the same pages.
  const widths = tableColumnWidths(node, total / 20, context.layout).map((pt) => Math.floor(pt * 20));
  const line = rule(ruleWidth, context.layout.colors.text);
  const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };
  const cell = (inlines: Inline[] | undefined, column: number, header: boolean) =>
    new TableCell({
      width: { size: widths[column] ?? 0, type: WidthType.DXA },
      ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: wordColor(headerFill) } } : {}),
      children: [
        {
          style: header ? STYLE.tableHeader : STYLE.table,
          alignment: ALIGN[(node.align[column] ?? 'left') satisfies CellAlign],
          children: inlineRuns(inlines ?? []),
        },
      ].map((options) => new Paragraph(options)),
    });
  const row = (cells: Inline[][], header: boolean) =>
    new TableRow({
      cantSplit: true,
      ...(header ? { tableHeader: true } : {}),
      children: Array.from({ length: columns }, (_, column) => cell(cells[column], column, header)),
    });
  const out: FlowItem[] = [
    new Table({
      width: { size: widths.reduce((sum, w) => sum + w, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      ...(indent > 0 ? { indent: { size: indent, type: WidthType.DXA } } : {}),
      margins: { top: mmToTwip(padding), bottom: mmToTwip(padding), left: mmToTwip(padding), right: mmToTwip(padding) },
      borders,
      rows: [...(node.header.length > 0 ? [row(node.header, true)] : []), ...node.rows.map((cells) => row(cells, false))],
    }),
    spaceAfterTable(context),
  ];
  return out;
};
