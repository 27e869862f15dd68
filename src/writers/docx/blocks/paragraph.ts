import type { IParagraphOptions } from 'docx';
import { inlineRuns } from '../inlines.js';
import { LIST_INDENT } from '../numbering.js';
import { STYLE } from '../styles.js';
import type { BlockContext, BlockHandler } from './context.js';

/** Inside a list item, a block lines up with the item's text. */
export function nested(context: BlockContext): Partial<IParagraphOptions> {
  return context.depth > 0 ? { style: STYLE.listParagraph, indent: { left: context.depth * LIST_INDENT } } : {};
}

export const paragraph: BlockHandler<'paragraph'> = (node, context) => [
  { ...nested(context), children: inlineRuns(node.children) },
];
