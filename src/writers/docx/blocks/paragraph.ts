import type { IParagraphOptions } from 'docx';
import { inlineRuns } from '../inlines.js';
import { mmToTwip } from '../../../layout/lettre.js';
import { STYLE } from '../styles.js';
import type { BlockContext, BlockHandler } from './context.js';

/** One list level's indent, in twips. */
export function listIndent(context: BlockContext): number {
  return mmToTwip(context.layout.listIndent);
}

/** Inside a list item, a block lines up with the item's text. */
export function nested(context: BlockContext): Partial<IParagraphOptions> {
  return context.depth > 0 ? { style: STYLE.listParagraph, indent: { left: context.depth * listIndent(context) } } : {};
}

export const paragraph: BlockHandler<'paragraph'> = (node, context) => [
  { ...nested(context), children: inlineRuns(node.children) },
];
