import {
  BorderStyle,
  Footer,
  Header,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
} from 'docx';
import type { Document } from '../../../document/ast.js';
import { fiche } from '../../../layout/fiche.js';
import { mmToTwip, PT_PER_MM, ptToTwip } from '../../../layout/lettre.js';
import { PAPER } from '../../../layout/paper.js';
import type { DocxAssets } from '../assets.js';
import { bodyContext, renderBlocks } from '../blocks/index.js';
import { toChildren } from '../flow.js';
import { textRuns } from '../inlines.js';
import { footerTextSize } from '../../fit.js';
import type { ListNumbering } from '../numbering.js';
import { STYLE, wordColor } from '../styles.js';
import { DESCENT_EM, sectionPage } from '../page.js';
import type { LayoutParts } from './types.js';

/** Where the baseline sits under the top of an exact line, and the font's descent (Source Sans 3). */
const ASCENT_EM = 0.712;

/** "page 2/3", the PDF's words. */
export const PAGE_LABEL = 'page ';

const page = PAPER.A4;

/** Header: the commune's line on fiche.header.baseline, the rule at fiche.header.rule under it. */
function sheetHeader(text: string): Header {
  const style = fiche.styles.small;
  const top = fiche.header.baseline - (ASCENT_EM * style.size) / PT_PER_MM;
  const lineBottom = top + style.lineHeight / PT_PER_MM;
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.header,
        border: {
          bottom: {
            style: BorderStyle.SINGLE,
            size: 4,
            color: wordColor(fiche.colors.marks),
            space: Math.max(0, Math.round((fiche.header.rule - lineBottom) * PT_PER_MM)),
          },
        },
        children: textRuns(text),
      }),
    ],
  });
}

/** Footer: a rule, then sources and date on the left and "page x/y" (PAGE, NUMPAGES) on the right. */
function sheetFooter(text: string): Footer {
  const style = fiche.styles.small;
  const lineTop = fiche.footer.baseline - (ASCENT_EM * style.size) / PT_PER_MM;
  const width = mmToTwip(page.width - fiche.margins.left - fiche.margins.right);
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        tabStops: [{ type: TabStopType.RIGHT, position: width }],
        border: {
          top: {
            style: BorderStyle.SINGLE,
            size: 4,
            color: wordColor(fiche.colors.marks),
            space: Math.max(0, Math.round((lineTop - fiche.footer.rule) * PT_PER_MM)),
          },
        },
        children: [
          // The PDF's size: a long line of sources shrinks rather than wrapping (same page height).
          ...textRuns(text, { size: footerTextSize(text, (page.width - fiche.margins.left - fiche.margins.right) * PT_PER_MM, style.size) }),
          new TextRun({ children: ['\t', PAGE_LABEL, PageNumber.CURRENT, '/', PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

/**
 * The `fiche` layout: A4 sheets with the commune in the header and the sources, date and page
 * number in the footer of every page; justified body, hyphenated by the word processor.
 */
export function sheetParts(document: Document, numbering: ListNumbering, assets: DocxAssets, accent: string): LayoutParts {
  const { margins } = fiche;
  const width = page.width - margins.left - margins.right;
  const context = bodyContext(numbering, { layout: fiche, width, page, accent, assets, letter: false });
  const style = fiche.styles.small;
  const headerTop = fiche.header.baseline - (ASCENT_EM * style.size) / PT_PER_MM;
  // Tear-off strips take the bottom of the page: the footer and the body end above them, as in
  // the PDF (there on the strips' page only; a section's footer is the same on all its pages).
  const strips = document.blocks.some((block) => block.type === 'tearOffs') ? fiche.tearOffs.height : 0;
  return {
    styles: { layout: fiche, accent, letter: false },
    properties: {
      page: sectionPage(page, { ...margins, bottom: margins.bottom + strips }, {
        header: mmToTwip(headerTop),
        footer: mmToTwip(page.height - fiche.footer.baseline + strips) - ptToTwip(DESCENT_EM * style.size),
      }),
    },
    headers: { default: sheetHeader(document.meta.sheet?.header ?? '') },
    footers: { default: sheetFooter(document.meta.sheet?.footer ?? '') },
    children: toChildren(renderBlocks(document.blocks, context)),
    hyphenate: fiche.justify,
  };
}
