import type { IParagraphOptions } from 'docx';
import type { Block } from '../../../document/ast.js';
import type { ListNumbering } from '../numbering.js';

/** What a block handler knows about where it is. */
export interface BlockContext {
  /** List nesting: 0 in the body, n inside the items of a list of depth n − 1. */
  depth: number;
  numbering: ListNumbering;
  /** Renders child blocks (list items hold blocks). */
  render(blocks: readonly Block[], context: BlockContext): IParagraphOptions[];
}

/**
 * A block handler returns paragraph options, not paragraphs, so that a list can number the
 * first paragraph of an item and set the spacing of its last one.
 */
export type BlockHandler<K extends Block['type']> = (
  node: Extract<Block, { type: K }>,
  context: BlockContext,
) => IParagraphOptions[];

/** One handler per block type: adding a block type to the AST fails to compile until it is handled here. */
export type BlockHandlers = { [K in Block['type']]: BlockHandler<K> };
