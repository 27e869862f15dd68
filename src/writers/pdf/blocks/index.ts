import type { Block } from '../../../document/ast.js';
import type { Flow } from '../flow.js';
import { checklist } from './checklist.js';
import { heading } from './heading.js';
import { list } from './list.js';
import { paragraph } from './paragraph.js';

/** Draws a sequence of blocks; given to handlers of blocks that hold blocks (list items). */
export type DrawBlocks = (blocks: readonly Block[], flow: Flow) => void;

export type Handler<N extends Block> = (node: N, flow: Flow, drawBlocks: DrawBlocks) => void;

/** One handler per block type; the mapped type makes a missing handler a compile error. */
const handlers: { [K in Block['type']]: Handler<Extract<Block, { type: K }>> } = {
  heading,
  paragraph,
  list,
  checklist,
};

export function drawBlock(node: Block, flow: Flow): void {
  const type: string = node.type;
  if (!Object.hasOwn(handlers, type)) throw new Error(`Cannot handle unknown node \`${type}\``);
  (handlers[node.type] as Handler<Block>)(node, flow, drawBlocks);
}

export function drawBlocks(blocks: readonly Block[], flow: Flow): void {
  for (const block of blocks) drawBlock(block, flow);
}
