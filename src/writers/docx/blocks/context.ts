import type { IParagraphOptions, Table } from 'docx';
import type { Block } from '../../../document/ast.js';
import type { FlowLayout } from '../../../layout/flow.js';
import type { DocxAssets } from '../assets.js';
import type { ListNumbering } from '../numbering.js';

/**
 * What a block handler gives: paragraphs as options (not yet `Paragraph`s, so that a list can
 * number the first paragraph of an item and set the spacing of its last one, and a page break
 * can land on the next paragraph) and tables as finished `Table`s.
 */
export type FlowItem = IParagraphOptions | Table;

/** What a block handler knows about where it is. */
export interface BlockContext {
  /** List nesting: 0 in the body, n inside the items of a list of depth n − 1. */
  depth: number;
  numbering: ListNumbering;
  /** The layout of the flowing text, already scaled for a poster or a flyer. */
  layout: FlowLayout;
  /** Width available to the block, in millimetres (narrower inside a frame). */
  width: number;
  /** The trimmed page, in millimetres (tear-off strips sit on its bottom edge). */
  page: { width: number; height: number };
  /** Accent colour `#rrggbb` (frames, title band, headings). */
  accent: string;
  /** Pictures made before the document (QR codes), since docx builds synchronously. */
  assets: DocxAssets;
  /** A letter indents its signature to lettre.signature.x. */
  letter: boolean;
  /** Renders child blocks (list items and frames hold blocks). */
  render(blocks: readonly Block[], context: BlockContext): FlowItem[];
}

export type BlockHandler<K extends Block['type']> = (
  node: Extract<Block, { type: K }>,
  context: BlockContext,
) => FlowItem[];

/** One handler per block type: adding a block type to the AST fails to compile until it is handled here. */
export type BlockHandlers = { [K in Block['type']]: BlockHandler<K> };
