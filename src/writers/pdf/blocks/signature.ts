import type { ImageData, Signature } from '../../../document/ast.js';
import { mmToPt } from '../../../layout/index.js';
import { signatureImageSize } from '../../fit.js';
import type { Flow } from '../flow.js';
import { plain } from '../inlines.js';
import { lineBox, useStyle } from '../style.js';
import { tagged } from '../tags.js';
import { drawImage } from './image.js';

/** `::signature`: the signer's block here (a letter then draws none at its end). */
export function signature(node: Signature, flow: Flow): void {
  drawSignatureBlock(flow, node.lines, node.image);
}

/** Space before a signature, in mm, when the layout sets none (letters use `lettre.signature.spaceBefore`). */
const SPACE_BEFORE = 8;

/**
 * The scanned signature (if any) then the lines, at `flow.signatureX` in a letter and at the
 * column's left edge elsewhere, moved whole to a new page rather than split.
 */
export function drawSignatureBlock(flow: Flow, lines: readonly string[], image?: ImageData, spaceBefore = SPACE_BEFORE): void {
  const { doc, layout } = flow;
  const style = layout.styles.body;
  const left = flow.signatureX === null ? flow.left : mmToPt(flow.signatureX);
  const width = flow.left + flow.width - left;
  const text = lines.flatMap((line) => plain(line).split('\n'));
  if (text.length === 0 && !image) return;
  const size = image ? signatureImageSize(image.pixelWidth, image.pixelHeight) : null;
  const imageHeight = size ? mmToPt(size.height) : 0;
  const lineGap = useStyle(doc, 'regular', style);
  const height = text.reduce(
    (sum, line) => sum + (line === '' ? style.lineHeight : doc.heightOfString(line, { width, lineGap })),
    0,
  );
  flow.space(spaceBefore);
  // The block needs its leading, as in Word and LibreOffice (same page breaks in the DOCX).
  flow.begin(imageHeight + height);
  if (image && size) {
    const y = doc.y;
    tagged(doc, flow.tags, 'Figure', () => drawImage(doc, image.bytes, left, y, mmToPt(size.width), imageHeight), {
      alt: `Signature${text[0] ? ` de ${text[0]}` : ''}`,
    });
    doc.y = y + imageHeight;
  }
  if (text.length > 0) {
    // pdfkit starts a line only if its glyph box (taller than the leading) fits above the bottom
    // margin: let the last line's descent reach into the margin rather than split the block.
    const margins = doc.page.margins;
    const bottom = margins.bottom;
    margins.bottom = bottom - Math.max(0, lineBox(style) - style.lineHeight);
    try {
      tagged(doc, flow.tags, 'P', () => {
        for (const line of text) {
          useStyle(doc, 'regular', style);
          if (line === '') doc.y += style.lineHeight;
          else doc.text(line, left, doc.y, { width, lineGap });
        }
      });
    } finally {
      margins.bottom = bottom;
    }
  }
  doc.x = flow.left;
  flow.space();
}
