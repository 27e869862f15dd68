import { footerTextSize } from '../fit.js';
import type { SheetMeta } from '../../document/ast.js';
import { fiche, mmToPt } from '../../layout/index.js';
import type { Doc } from './flow.js';
import { frameOf } from './page-frame.js';
import { useStyle } from './style.js';
import { artifact } from './tags.js';
import { tearOffTop } from './tear-offs.js';

/**
 * Header and footer of every page of a `fiche`, drawn after layout (the page count is known) as
 * artifacts: the commune's line over a rule at the top; a rule, then sources and date on the left
 * and "page x/y" on the right at the foot. On a page with tear-off strips the footer sits just
 * above them.
 */
export function drawSheetFrame(doc: Doc, sheet: SheetMeta | undefined): void {
  const { start, count } = doc.bufferedPageRange();
  const frame = frameOf(doc);
  const { header, footer, margins, styles, colors } = fiche;
  const left = mmToPt(margins.left);
  const right = frame.width - mmToPt(margins.right);
  const rule = (y: number) => {
    doc.save().lineWidth(0.5).strokeColor(colors.marks);
    doc.moveTo(left, y).lineTo(right, y).stroke();
    doc.restore();
  };
  for (let n = 1; n <= count; n++) {
    doc.switchToPage(start + n - 1);
    const strips = tearOffTop(doc, start + n - 1);
    const shift = strips === undefined ? 0 : frame.height - strips;
    artifact(doc, 'Pagination', () => {
      useStyle(doc, 'regular', styles.small);
      if (sheet?.header) doc.text(sheet.header, left, mmToPt(header.baseline), { lineBreak: false, baseline: 'alphabetic' });
      rule(mmToPt(header.rule));
      rule(mmToPt(footer.rule) - shift);
      const baseline = mmToPt(footer.baseline) - shift;
      const label = `page\u00A0${n}/${count}`;
      const labelWidth = doc.widthOfString(label);
      if (sheet?.footer) {
        // A long line of sources gets smaller type rather than running into the page number.
        doc.fontSize(footerTextSize(sheet.footer, right - left, styles.small.size));
        doc.text(sheet.footer, left, baseline, { lineBreak: false, baseline: 'alphabetic' });
        doc.fontSize(styles.small.size);
      }
      doc.text(label, right - labelWidth, baseline, { lineBreak: false, baseline: 'alphabetic' });
    });
  }
}
