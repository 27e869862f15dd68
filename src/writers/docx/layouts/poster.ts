import {
  BorderStyle,
  Footer,
  Header,
  HeightRule,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { Block, Document, PaperSize } from '../../../document/ast.js';
import { affiche } from '../../../layout/affiche.js';
import { flyer } from '../../../layout/flyer.js';
import { mmToTwip, PT_PER_MM } from '../../../layout/lettre.js';
import { PAPER } from '../../../layout/paper.js';
import type { Fit, fitBlocks } from '../../fit.js';
import type { DocxAssets } from '../assets.js';
import { bodyContext, renderBlocks } from '../blocks/index.js';
import { tearOffTable } from '../blocks/tear-offs.js';
import { toChildren } from '../flow.js';
import { textRuns } from '../inlines.js';
import type { ListNumbering } from '../numbering.js';
import { scaleFlowLayout, scaleStyle } from '../scale.js';
import { STYLE, wordColor } from '../styles.js';
import { sectionPage } from '../page.js';
import type { LayoutParts } from './types.js';

/** The paper of a poster or flyer: meta.print.paper when the layout allows it, else its default. */
export function posterPaper(document: Document): PaperSize {
  const paper = document.meta.print?.paper;
  if (document.meta.layout === 'affiche') return paper === 'A3' ? 'A3' : 'A4';
  return paper === 'A6' ? 'A6' : 'A5';
}

/**
 * Tear-off strips are the last thing of a poster, whatever their place in the template: in the
 * DOCX they sit in the footer part, under the footer line, flush with the bottom edge.
 */
function tearOffsLast(blocks: readonly Block[]): Block[] {
  return [...blocks.filter((block) => block.type !== 'tearOffs'), ...blocks.filter((block) => block.type === 'tearOffs')];
}

/**
 * The `affiche` and `flyer` layouts: one page of the paper's size (A4/A3, A5/A6: the layout's
 * numbers × its scale), a title band in the accent colour across the top (the header), the body
 * in its zone at the type scale `fitBlocks` gives (the same call as the PDF writer), and the
 * footer line under a rule (the footer part).
 *
 * DOCX ignores `print.bleed` and `print.nUp`: a DOCX is for editing, imposition and bleed are
 * for the print shop's PDF. The page is a single flyer's (A5/A6), never the imposed A4 sheet.
 */
function posterGeometry(document: Document) {
  const base = document.meta.layout === 'affiche' ? affiche : flyer;
  const paper = posterPaper(document);
  const k = (base.scale as Record<string, number>)[paper] ?? 1;
  const scaled = scaleFlowLayout(base, k);
  const blocks = tearOffsLast(document.blocks);
  const tearOffs = blocks.some((block) => block.type === 'tearOffs') ? scaled.tearOffs.height : 0;
  const body = { x: base.body.x * k, y: base.body.y * k, width: base.body.width * k, height: base.body.height * k };
  return { base, k, page: PAPER[paper], scaled, blocks, tearOffs, body };
}

/**
 * The body's fit, by the PDF writer's own measure (`writers/fit.ts`): the zone scaled to the
 * paper, less the tear-off strips; the layout scaled to the paper.
 */
export function posterFit(document: Document, fit: typeof fitBlocks): Fit {
  const { base, scaled, blocks, tearOffs, body } = posterGeometry(document);
  return fit(blocks, { width: body.width, height: body.height - tearOffs }, scaled, base.fit);
}

export function posterParts(document: Document, numbering: ListNumbering, assets: DocxAssets, accent: string): LayoutParts {
  const { base, k, page, scaled, blocks, tearOffs, body } = posterGeometry(document);
  const fit = assets.fit ?? { scale: 1, overflow: false, height: 0 };
  const layout = scaleFlowLayout(scaled, fit.scale);
  const context = bodyContext(numbering, { layout, width: body.width, page, accent, assets, letter: false });

  const band = { height: base.titleBand.height * k, padding: base.titleBand.padding * k, style: scaleStyle(base.titleBand.style, k) };
  const small = scaleStyle(base.styles.small, k);
  const footerZone = { y: base.footer.y * k, height: base.footer.height * k, rule: base.footer.rule * k };
  const right = page.width - body.x - body.width;

  const header = new Header({
    children: [
      new Table({
        width: { size: mmToTwip(page.width), type: WidthType.DXA },
        columnWidths: [mmToTwip(page.width)],
        layout: TableLayoutType.FIXED,
        indent: { size: -mmToTwip(body.x), type: WidthType.DXA },
        borders: {
          top: { style: BorderStyle.NONE, size: 0, color: 'auto' },
          bottom: { style: BorderStyle.NONE, size: 0, color: 'auto' },
          left: { style: BorderStyle.NONE, size: 0, color: 'auto' },
          right: { style: BorderStyle.NONE, size: 0, color: 'auto' },
          insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'auto' },
          insideVertical: { style: BorderStyle.NONE, size: 0, color: 'auto' },
        },
        margins: { top: 0, bottom: 0, left: mmToTwip(band.padding), right: mmToTwip(band.padding) },
        rows: [
          new TableRow({
            height: { value: mmToTwip(band.height), rule: HeightRule.EXACT },
            children: [
              new TableCell({
                verticalAlign: VerticalAlignTable.CENTER,
                shading: { type: ShadingType.CLEAR, color: 'auto', fill: wordColor(accent) },
                children: [new Paragraph({ style: STYLE.posterTitle, children: textRuns(document.meta.title) })],
              }),
            ],
          }),
        ],
      }),
      new Paragraph({ style: STYLE.spacer, children: [] }),
    ],
  });

  const strips = blocks.filter((block) => block.type === 'tearOffs');
  const footer = new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        border: {
          top: {
            style: BorderStyle.SINGLE,
            size: 4,
            color: wordColor(base.colors.marks),
            space: Math.min(31, Math.round((footerZone.y - footerZone.rule) * PT_PER_MM)),
          },
        },
        children: textRuns(document.meta.sheet?.footer ?? ''),
      }),
      ...strips.map((strip) => tearOffTable(strip.count, strip.lines, context, { left: body.x })),
    ],
  });

  return {
    styles: { layout, accent, letter: false, furniture: { header: small, footer: small, title: band.style } },
    properties: {
      page: sectionPage(
        page,
        { top: body.y, right, bottom: page.height - body.y - body.height + tearOffs, left: body.x },
        { header: 0, footer: tearOffs > 0 ? 0 : mmToTwip(page.height - footerZone.y - footerZone.height) },
      ),
    },
    headers: { default: header },
    footers: { default: footer },
    children: toChildren(renderBlocks(blocks.filter((block) => block.type !== 'tearOffs'), context)),
    hyphenate: base.justify,
  };
}
