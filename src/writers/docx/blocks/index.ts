import type { IParagraphOptions } from 'docx';
import type { Block } from '../../../document/ast.js';
import type { ListNumbering } from '../numbering.js';
import { checklist } from './checklist.js';
import type { BlockContext, BlockHandlers } from './context.js';
import { heading } from './heading.js';
import { list } from './list.js';
import { paragraph } from './paragraph.js';

export type { BlockContext, BlockHandler, BlockHandlers } from './context.js';

/** The dispatch table: its type makes it exhaustive over the AST's block types. */
export const blockHandlers: BlockHandlers = { heading, paragraph, list, checklist };

type AnyHandler = (node: Block, context: BlockContext) => IParagraphOptions[];

export function renderBlock(node: Block, context: BlockContext): IParagraphOptions[] {
  const type: unknown = (node as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(blockHandlers, type)) {
    throw new Error(`Cannot handle unknown node \`${String(type)}\``);
  }
  const handler = blockHandlers[type as Block['type']] as AnyHandler;
  return handler(node, context);
}

export function renderBlocks(blocks: readonly Block[], context: BlockContext): IParagraphOptions[] {
  return blocks.flatMap((block) => renderBlock(block, context));
}

/** The context of the body: depth 0, a fresh numbering per document. */
export function bodyContext(numbering: ListNumbering): BlockContext {
  return { depth: 0, numbering, render: renderBlocks };
}
