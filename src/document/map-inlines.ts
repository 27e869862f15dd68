import type { Block, Inline } from './ast.js';

/**
 * New blocks with `transform` applied to every run of inlines: paragraphs, list items,
 * checklist items, and headings unless `headings` is false (then copied as they are). The
 * shared walk of the passes over the AST (typography, hyphenation).
 */
export function mapBlockInlines(blocks: readonly Block[], transform: (inlines: readonly Inline[]) => Inline[], options: { headings: boolean }): Block[] {
  const block = (node: Block): Block => {
    switch (node.type) {
      case 'heading':
        return options.headings ? { ...node, children: transform(node.children) } : structuredClone(node);
      case 'paragraph':
        return { ...node, children: transform(node.children) };
      case 'list':
        return { ...node, items: node.items.map((item) => ({ blocks: item.blocks.map(block) })) };
      case 'checklist':
        return { ...node, items: node.items.map((item) => ({ checked: item.checked, children: transform(item.children) })) };
    }
  };
  return blocks.map(block);
}
