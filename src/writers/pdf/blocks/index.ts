import type { Block } from '../../../document/ast.js';
import type { Flow } from '../flow.js';
import { box } from './box.js';
import { checklist } from './checklist.js';
import { heading } from './heading.js';
import { image } from './image.js';
import { list } from './list.js';
import { pageBreak } from './page-break.js';
import { paragraph } from './paragraph.js';
import { qr } from './qr.js';
import { signature } from './signature.js';
import { spacer } from './spacer.js';
import { table } from './table.js';
import { tearOffs } from './tear-offs.js';

/** Draws a sequence of blocks; given to handlers of blocks that hold blocks (list items, frames). */
export type DrawBlocks = (blocks: readonly Block[], flow: Flow) => void;

export type Handler<N extends Block> = (node: N, flow: Flow, drawBlocks: DrawBlocks) => void;

/** One handler per block type; the mapped type makes a missing handler a compile error. */
const handlers: { [K in Block['type']]: Handler<Extract<Block, { type: K }>> } = {
  heading,
  paragraph,
  list,
  checklist,
  table,
  image,
  qr,
  box,
  pageBreak,
  spacer,
  tearOffs,
  signature,
};

export function drawBlock(node: Block, flow: Flow): void {
  const type: string = node.type;
  if (!Object.hasOwn(handlers, type)) throw new Error(`Cannot handle unknown node \`${type}\``);
  (handlers[node.type] as Handler<Block>)(node, flow, drawBlocks);
}

export function drawBlocks(blocks: readonly Block[], flow: Flow): void {
  for (const block of blocks) drawBlock(block, flow);
}

/** Whether `blocks` hold a signature block, at any depth (a letter then draws none at its end). */
export function hasSignature(blocks: readonly Block[]): boolean {
  return blocks.some(
    (block) =>
      block.type === 'signature' ||
      (block.type === 'box' && hasSignature(block.blocks)) ||
      (block.type === 'list' && block.items.some((item) => hasSignature(item.blocks))),
  );
}
