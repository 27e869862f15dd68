import { Table } from 'docx';
import type { Block } from '../../../document/ast.js';
import { lettre } from '../../../layout/lettre.js';
import { NO_ASSETS, type DocxAssets } from '../assets.js';
import type { ListNumbering } from '../numbering.js';
import { box } from './box.js';
import { checklist } from './checklist.js';
import type { BlockContext, BlockHandlers, FlowItem } from './context.js';
import { heading } from './heading.js';
import { image } from './image.js';
import { list } from './list.js';
import { isPageBreak, pageBreak, PAGE_BREAK_ALONE } from './page-break.js';
import { paragraph } from './paragraph.js';
import { qr } from './qr.js';
import { signature } from './signature.js';
import { spacer } from './spacer.js';
import { table } from './table.js';
import { tearOffs } from './tear-offs.js';

export type { BlockContext, BlockHandler, BlockHandlers, FlowItem } from './context.js';

/** The dispatch table: its type makes it exhaustive over the AST's block types. */
export const blockHandlers: BlockHandlers = {
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

type AnyHandler = (node: Block, context: BlockContext) => FlowItem[];

export function renderBlock(node: Block, context: BlockContext): FlowItem[] {
  const type: unknown = (node as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(blockHandlers, type)) {
    throw new Error(`Cannot handle unknown node \`${String(type)}\``);
  }
  const handler = blockHandlers[type as Block['type']] as AnyHandler;
  return handler(node, context);
}

/**
 * Renders blocks in order. A page break is not a paragraph of its own: the next paragraph starts
 * the new page (`w:pageBreakBefore`), so no empty line opens the page. Before a table, or at the
 * end, it stays an empty paragraph one point high.
 */
export function renderBlocks(blocks: readonly Block[], context: BlockContext): FlowItem[] {
  const out: FlowItem[] = [];
  let breakPending = false;
  for (const item of blocks.flatMap((block) => renderBlock(block, context))) {
    if (isPageBreak(item)) {
      if (breakPending) out.push(PAGE_BREAK_ALONE());
      breakPending = true;
      continue;
    }
    if (breakPending) {
      out.push(item instanceof Table ? PAGE_BREAK_ALONE() : { ...item, pageBreakBefore: true });
      if (item instanceof Table) out.push(item);
      breakPending = false;
      continue;
    }
    out.push(item);
  }
  if (breakPending) out.push(PAGE_BREAK_ALONE());
  return out;
}

export interface BodyOptions {
  layout?: BlockContext['layout'];
  width?: number;
  page?: { width: number; height: number };
  accent?: string;
  assets?: DocxAssets;
  letter?: boolean;
}

/** The context of the body: depth 0, a fresh numbering per document (a letter by default). */
export function bodyContext(numbering: ListNumbering, options: BodyOptions = {}): BlockContext {
  const layout = options.layout ?? lettre;
  return {
    depth: 0,
    numbering,
    layout,
    width: options.width ?? lettre.page.width - lettre.margins.left - lettre.margins.right,
    page: options.page ?? lettre.page,
    accent: options.accent ?? lettre.colors.text,
    assets: options.assets ?? NO_ASSETS,
    letter: options.letter ?? layout === lettre,
    render: renderBlocks,
  };
}
