import { LineRuleType, type IParagraphOptions } from 'docx';
import type { ImageData } from '../../../document/ast.js';
import { lettre, mmToTwip } from '../../../layout/lettre.js';
import { splitLines } from '../lettre.js';
import { textRuns } from '../inlines.js';
import { STYLE } from '../styles.js';
import type { BlockHandler } from './context.js';
import { heightFor, pictureRun } from './picture.js';

/** A scanned signature is drawn this wide at most, and this high at most (millimetres). */
export const SIGNATURE_IMAGE = { width: 45, height: 20 } as const;

/** The size of a signature image: as wide as allowed, unless that makes it too high. */
export function signatureImageSize(image: ImageData): { width: number; height: number } {
  let width: number = SIGNATURE_IMAGE.width;
  let height = heightFor(image, width);
  if (height > SIGNATURE_IMAGE.height) {
    width = (width * SIGNATURE_IMAGE.height) / height;
    height = SIGNATURE_IMAGE.height;
  }
  return { width, height };
}

/**
 * The signer's block: the scanned signature if any, then the lines, in the Signature style
 * (indented to lettre.signature.x in a letter), kept together, `spaceBefore` under the text.
 */
export function signatureParagraphs(values: readonly string[], image: ImageData | undefined, spaceBefore: number): IParagraphOptions[] {
  const lines = splitLines(values, false);
  const out: IParagraphOptions[] = [];
  if (image) {
    const { width, height } = signatureImageSize(image);
    out.push({
      style: STYLE.signature,
      spacing: { before: spaceBefore, line: 240, lineRule: LineRuleType.AUTO },
      children: [pictureRun({ bytes: image.bytes, format: image.format, width, height, description: 'Signature', name: 'Signature' })],
    });
  }
  lines.forEach((line, index) => {
    out.push({
      style: STYLE.signature,
      ...(index === 0 && !image ? { spacing: { before: spaceBefore } } : {}),
      // The style keeps each line with the next; the last one has no next to keep with.
      ...(index === lines.length - 1 ? { keepNext: false } : {}),
      children: textRuns(line),
    });
  });
  return out;
}

/** `::signature` in the body: here rather than at the end of the letter. */
export const signature: BlockHandler<'signature'> = (node, context) =>
  signatureParagraphs(node.lines, node.image, mmToTwip(context.letter ? lettre.signature.spaceBefore : context.layout.paragraphSpacing));
