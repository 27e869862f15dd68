import type * as mdast from 'mdast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { KitError } from '../diagnostics/index.js';
import type { Block, ChecklistItem, Inline, ListItem } from './ast.js';
import { taskLists } from './markdown-syntax.js';

/** Where the Markdown came from, to locate errors in the template file. */
export interface MarkdownSource {
  file: string;
  /** Line of the template file where the Markdown body starts. */
  firstLine: number;
}

const processor = unified().use(remarkParse).use(taskLists).use(remarkDirective).freeze();

const NAMES: Partial<Record<string, string>> = {
  code: 'bloc de code',
  inlineCode: 'code en ligne',
  blockquote: 'citation (>)',
  html: 'HTML',
  image: 'image Markdown',
  imageReference: 'image Markdown',
  linkReference: 'lien par référence',
  table: 'tableau',
  thematicBreak: 'ligne horizontale (---)',
  footnoteReference: 'note de bas de page',
  footnoteDefinition: 'note de bas de page',
  delete: 'texte barré (~~)',
  containerDirective: 'directive',
  leafDirective: 'directive',
  textDirective: 'directive',
  definition: 'définition de lien',
};

function unsupported(source: MarkdownSource, node: mdast.Node): never {
  const name = 'name' in node && typeof node.name === 'string' ? ` « ${node.name} »` : '';
  const line = node.position ? source.firstLine + node.position.start.line - 1 : undefined;
  throw new KitError({
    code: 'TemplateUnsupported',
    message: `${NAMES[node.type] ?? node.type}${name} : construction non prise en charge dans ce modèle.`,
    location: { file: source.file, ...(line !== undefined && { line, column: node.position!.start.column }) },
    hint: 'utilisez des titres, paragraphes, listes, cases à cocher (- [ ]), **gras**, *italique* et liens.',
  });
}

function inlines(source: MarkdownSource, nodes: readonly mdast.PhrasingContent[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text': {
        const last = out[out.length - 1];
        if (last?.type === 'text') last.value += node.value;
        else out.push({ type: 'text', value: node.value });
        break;
      }
      case 'strong':
        out.push({ type: 'strong', children: inlines(source, node.children) });
        break;
      case 'emphasis':
        out.push({ type: 'emphasis', children: inlines(source, node.children) });
        break;
      case 'link':
        out.push({ type: 'link', url: node.url, children: inlines(source, node.children) });
        break;
      case 'break':
        out.push({ type: 'break' });
        break;
      default:
        unsupported(source, node);
    }
  }
  return out;
}

function paragraphInlines(source: MarkdownSource, item: mdast.ListItem): Inline[] {
  const [first, ...rest] = item.children;
  if (!first || first.type !== 'paragraph' || rest.length > 0) {
    unsupported(source, rest[0] ?? first ?? item);
  }
  return inlines(source, first.children);
}

function list(source: MarkdownSource, node: mdast.List): Block {
  const isChecklist = node.children.some((item) => typeof item.checked === 'boolean');
  if (isChecklist) {
    const items: ChecklistItem[] = node.children.map((item) => ({
      checked: item.checked === true,
      children: paragraphInlines(source, item),
    }));
    return { type: 'checklist', items };
  }
  const items: ListItem[] = node.children.map((item) => ({ blocks: blocks(source, item.children) }));
  return { type: 'list', ordered: node.ordered === true, start: node.start ?? 1, items };
}

function blocks(source: MarkdownSource, nodes: readonly mdast.RootContent[]): Block[] {
  const out: Block[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'heading':
        out.push({ type: 'heading', level: Math.min(node.depth, 3) as 1 | 2 | 3, children: inlines(source, node.children) });
        break;
      case 'paragraph':
        out.push({ type: 'paragraph', children: inlines(source, node.children) });
        break;
      case 'list':
        out.push(list(source, node));
        break;
      default:
        unsupported(source, node);
    }
  }
  return out;
}

/** Reads Markdown (CommonMark + GFM task lists + directives) into the blocks of the Document AST. */
export function markdownToBlocks(markdown: string, source: MarkdownSource): Block[] {
  const tree = processor.parse(markdown);
  return blocks(source, tree.children);
}
