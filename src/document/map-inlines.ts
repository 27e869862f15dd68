import type { Block, Inline } from './ast.js';
import { isShared, share } from './shared-blocks.js';

export interface BlockTextPass {
  /** Applied to every run of inlines of the body (paragraphs, list and checklist items, table cells). */
  inlines: (inlines: readonly Inline[]) => Inline[];
  /**
   * Applied to the plain strings of blocks: a frame's title, tear-off lines, a QR code's caption
   * (never its URL), an image's alternative text, signature lines. Absent: copied as they are.
   */
  text?: (text: string) => string;
  /** Headings get `inlines` too; when false they are copied as they are (titles are not hyphenated). */
  headings: boolean;
}

/**
 * New blocks with a pass applied to every piece of text they hold, frames included. The shared
 * walk of the passes over the AST (typography, hyphenation): a new block type is handled here
 * once (TypeScript checks that the switch is complete). Pictures' bytes are shared, not copied:
 * no pass changes them.
 *
 * A pass is pure: for a shared block (read once for many documents, see shared-blocks.ts), its
 * result is kept, shared in turn, as long as the block lives; the pass must then be one object
 * for all calls (a constant).
 */
export function mapBlockInlines(blocks: readonly Block[], pass: BlockTextPass): Block[] {
  const text = pass.text ?? ((value: string): string => value);
  const block = (node: Block): Block => {
    switch (node.type) {
      case 'heading':
        return pass.headings ? { ...node, children: pass.inlines(node.children) } : structuredClone(node);
      case 'paragraph':
        return { ...node, children: pass.inlines(node.children) };
      case 'list':
        return { ...node, items: node.items.map((item) => ({ blocks: item.blocks.map(block) })) };
      case 'checklist':
        return { ...node, items: node.items.map((item) => ({ checked: item.checked, children: pass.inlines(item.children) })) };
      case 'table':
        return {
          type: 'table',
          align: [...node.align],
          header: node.header.map((cell) => pass.inlines(cell)),
          rows: node.rows.map((row) => row.map((cell) => pass.inlines(cell))),
        };
      case 'box':
        return { type: 'box', ...(node.title !== undefined && { title: text(node.title) }), blocks: node.blocks.map(block) };
      case 'qr':
        return { ...node, ...(node.caption !== undefined && { caption: text(node.caption) }) };
      case 'image':
        return { ...node, alt: text(node.alt) };
      case 'tearOffs':
        return { ...node, lines: node.lines.map(text) };
      case 'signature':
        return { ...node, lines: node.lines.map(text) };
      case 'pageBreak':
      case 'spacer':
        return { ...node };
    }
  };
  let kept = results.get(pass);
  if (!kept) results.set(pass, (kept = new WeakMap()));
  return blocks.map((node) => {
    if (!isShared(node)) return block(node);
    let result = kept.get(node);
    if (!result) kept.set(node, (result = share(block(node))));
    return result;
  });
}

const results = new WeakMap<BlockTextPass, WeakMap<Block, Block>>();
