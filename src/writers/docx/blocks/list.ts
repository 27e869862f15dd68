import type { IParagraphOptions } from 'docx';
import { Table } from 'docx';
import { mmToTwip } from '../../../layout/lettre.js';
import type { Block } from '../../../document/ast.js';
import { MAX_LEVEL, type ListRef } from '../numbering.js';
import { STYLE } from '../styles.js';
import type { BlockContext, BlockHandler, FlowItem } from './context.js';

/** Blocks that can carry an item's number or bullet. */
function carriesMarker(block: Block | undefined): boolean {
  return block?.type === 'paragraph' || block?.type === 'heading';
}

function numbered(options: IParagraphOptions, ref: ListRef, level: number): IParagraphOptions {
  // The numbering level gives the indentation (hanging bullet), so a Word user restyles it in one place.
  return {
    ...options,
    indent: undefined,
    style: options.style ?? STYLE.listParagraph,
    numbering: { reference: ref.reference, level, instance: ref.instance },
  };
}

/**
 * The items of a list or checklist sit close together; the space after a paragraph comes after
 * the whole list (lettre.paragraphSpacing), once, at the outermost level.
 */
export function spaceAfterList<T extends FlowItem>(items: T[], context: BlockContext): T[] {
  const last = items.at(-1);
  if (context.depth === 0 && last && !(last instanceof Table)) {
    items[items.length - 1] = { ...last, spacing: { ...last.spacing, after: mmToTwip(context.layout.paragraphSpacing) } };
  }
  return items;
}

export const list: BlockHandler<'list'> = (node, context) => {
  const ref = context.numbering.open(node.ordered, node.start);
  const level = Math.min(context.depth, MAX_LEVEL);
  const inner: BlockContext = { ...context, depth: context.depth + 1 };
  const out: FlowItem[] = [];
  for (const item of node.items) {
    const paragraphs = context.render(item.blocks, inner);
    const first = paragraphs[0];
    if (first && !(first instanceof Table) && carriesMarker(item.blocks[0])) paragraphs[0] = numbered(first, ref, level);
    else paragraphs.unshift(numbered({ children: [] }, ref, level));
    out.push(...paragraphs);
  }
  return spaceAfterList(out, context);
};
