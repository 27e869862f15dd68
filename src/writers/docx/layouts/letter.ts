import { Paragraph } from 'docx';
import type { Block, Document } from '../../../document/ast.js';
import { lettre } from '../../../layout/lettre.js';
import type { DocxAssets } from '../assets.js';
import { bodyContext, renderBlocks, type FlowItem } from '../blocks/index.js';
import { signatureParagraphs } from '../blocks/signature.js';
import { spaceBeforeFirst, toChildren } from '../flow.js';
import {
  BODY_TOP_SPACE,
  emptyFooter,
  enclosuresAndCopies,
  foldMarksHeader,
  letterFrames,
  letterMentions,
  pageNumberFooter,
  pageProperties,
  returnAddressFrame,
  SIGNATURE_SPACE_BEFORE,
  subjectLine,
} from '../lettre.js';
import type { ListNumbering } from '../numbering.js';
import type { LayoutParts } from './types.js';

function hasSignature(blocks: readonly Block[]): boolean {
  return blocks.some(
    (block) =>
      block.type === 'signature' ||
      (block.type === 'box' && hasSignature(block.blocks)) ||
      (block.type === 'list' && block.items.some((item) => hasSignature(item.blocks))),
  );
}

/**
 * The `lettre` layout: page-anchored frames (return address, sender, window, place and date),
 * then the flow from bodyTop: mentions, subject, body, signature (unless the body places its own
 * `::signature`), enclosures and copies.
 */
export function letterParts(document: Document, numbering: ListNumbering, assets: DocxAssets, accent: string): LayoutParts {
  const letter = document.meta.letter;
  const context = bodyContext(numbering, { layout: lettre, accent, assets, letter: true });
  const body = renderBlocks(document.blocks, context);
  if (!letter) {
    return {
      styles: { layout: lettre, accent, letter: true },
      properties: pageProperties(),
      headers: { first: foldMarksHeader() },
      footers: { default: pageNumberFooter(), first: emptyFooter() },
      children: toChildren(body),
      hyphenate: false,
    };
  }
  const flow: FlowItem[] = [
    ...letterMentions(letter),
    ...subjectLine(letter),
    ...body,
    ...(hasSignature(document.blocks) ? [] : signatureParagraphs(letter.signature, letter.signatureImage, SIGNATURE_SPACE_BEFORE)),
    ...enclosuresAndCopies(letter),
  ];
  const frames = [...returnAddressFrame(letter), ...letterFrames(letter)].map((options) => new Paragraph(options));
  return {
    styles: { layout: lettre, accent, letter: true },
    properties: pageProperties(),
    headers: { first: foldMarksHeader() },
    footers: { default: pageNumberFooter(), first: emptyFooter() },
    children: [...frames, ...toChildren(spaceBeforeFirst(flow, BODY_TOP_SPACE))],
    hyphenate: false,
  };
}
