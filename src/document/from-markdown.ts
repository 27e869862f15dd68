import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type * as mdast from 'mdast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { KitError, type Location } from '../diagnostics/index.js';
import type { Block, CellAlign, ChecklistItem, ImageData, Inline, ListItem, Table } from './ast.js';
import { type DirectiveSite, directiveError } from './directive-attributes.js';
import { directiveBlock } from './directives.js';
import { markdownChunks } from './markdown-chunks.js';
import { tables, taskLists } from './markdown-syntax.js';
import { plainParagraph } from './plain-paragraph.js';
import { share } from './shared-blocks.js';

/** Where the Markdown came from, to locate errors in the template file. */
export interface MarkdownSource {
  file: string;
  /** Line of the template file where the Markdown body starts. */
  firstLine: number;
  /** Reads a picture named by `::image{src}`; without it, `::image` is an error. */
  loadImage?: (src: string, location: Location) => ImageData;
  /**
   * Side in millimetres of a `::qr` without `taille`: the layout's `qr.size`. Default
   * DEFAULT_QR_SIZE. The AST always holds a size: writers never look for a default.
   */
  qrSize?: number;
}

/** Side of a QR code when neither the template nor the caller gives one (the letter's). */
export const DEFAULT_QR_SIZE = 30;

const processor = unified().use(remarkParse).use(taskLists).use(tables).use(remarkDirective).freeze();

const NAMES: Partial<Record<string, string>> = {
  code: 'bloc de code',
  inlineCode: 'code en ligne',
  blockquote: 'citation (>)',
  html: 'HTML',
  image: 'image Markdown (utilisez ::image{src="…" alt="…"})',
  imageReference: 'image Markdown',
  linkReference: 'lien par référence',
  thematicBreak: 'ligne horizontale (---)',
  footnoteReference: 'note de bas de page',
  footnoteDefinition: 'note de bas de page',
  delete: 'texte barré (~~)',
  definition: 'définition de lien',
  table: 'tableau',
  leafDirective: 'directive',
  containerDirective: 'directive',
};

/** Directives a frame may not hold: frames do not nest, and page-level blocks stay outside. */
const NOT_IN_BOX = new Set(['box', 'pageBreak', 'tearOffs']);

/** Where blocks are read: the body, a frame, or a list item (paragraphs and lists only). */
type Place = 'body' | 'box' | 'item';

class Reader {
  constructor(
    private readonly markdown: string,
    private readonly source: MarkdownSource,
  ) {}

  location(node: mdast.Node, lineOffset = 0): Location {
    const start = node.position?.start;
    if (!start) return { file: this.source.file };
    return { file: this.source.file, line: this.source.firstLine + start.line - 1 + lineOffset, column: lineOffset === 0 ? start.column : 1 };
  }

  /** The Markdown source of a node, as written. */
  raw(node: mdast.Node): string {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    return start === undefined || end === undefined ? '' : this.markdown.slice(start, end);
  }

  unsupported(node: mdast.Node, where?: string): never {
    const name = 'name' in node && typeof node.name === 'string' ? ` « ${node.name} »` : '';
    throw new KitError({
      code: 'TemplateUnsupported',
      message: `${NAMES[node.type] ?? node.type}${name} : construction non prise en charge ${where ?? 'dans ce modèle'}.`,
      location: this.location(node),
      hint: 'utilisez des titres, paragraphes, listes, cases à cocher (- [ ]), tableaux, **gras**, *italique*, liens et les directives ::qr, :::encadre, ::image, ::espace, ::saut-de-page, :::detachables, ::signature.',
    });
  }

  inlines(nodes: readonly mdast.PhrasingContent[]): Inline[] {
    const out: Inline[] = [];
    const text = (value: string): void => {
      const last = out[out.length - 1];
      if (last?.type === 'text') last.value += value;
      else out.push({ type: 'text', value });
    };
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          text(node.value);
          break;
        case 'strong':
          out.push({ type: 'strong', children: this.inlines(node.children) });
          break;
        case 'emphasis':
          out.push({ type: 'emphasis', children: this.inlines(node.children) });
          break;
        case 'link':
          out.push({ type: 'link', url: node.url, children: this.inlines(node.children) });
          break;
        case 'break':
          out.push({ type: 'break' });
          break;
        case 'textDirective':
          this.literalTextDirective(node, text, out);
          break;
        default:
          this.unsupported(node);
      }
    }
    return out;
  }

  /**
   * A text directive is prose that happens to look like one ("Objet:Résilience", "14:30",
   * "voir:ici[…]"): it is given back as the text written. Attributes are written back in a
   * canonical form.
   */
  private literalTextDirective(node: TextDirective, text: (value: string) => void, out: Inline[]): void {
    text(`:${node.name}`);
    const hasLabel = this.raw(node).startsWith(`:${node.name}[`);
    if (hasLabel) {
      text('[');
      for (const inline of this.inlines(node.children)) {
        if (inline.type === 'text') text(inline.value);
        else out.push(inline);
      }
      text(']');
    }
    const attributes = Object.entries(node.attributes ?? {});
    if (attributes.length > 0) {
      text(`{${attributes.map(([key, value]) => (value ? `${key}="${value}"` : key)).join(' ')}}`);
    }
  }

  /**
   * A paragraph with a line starting with "::" is a directive that did not parse (a missing
   * quote or brace, a line break inside a value, a label): never printed as text. Data cannot
   * produce it: its colons are escaped.
   */
  private checkMalformedDirective(node: mdast.Paragraph): void {
    const lines = this.raw(node).split('\n');
    const index = lines.findIndex((line) => line.trimStart().startsWith('::'));
    if (index < 0) return;
    const written = lines[index]!.trim();
    throw new KitError({
      code: 'TemplateDirective',
      message: `directive mal formée : « ${written.length > 60 ? `${written.slice(0, 60)}…` : written} ».`,
      location: this.location(node, index),
      actual: written,
      expected: 'une directive seule sur sa ligne, ses valeurs entre guillemets droits, par exemple ::qr{url="https://exemple.fr"}',
      hint: 'vérifiez les guillemets et les accolades ; une valeur ne peut pas contenir de saut de ligne. Pour écrire « :: » en début de ligne, écrivez \\:\\:',
    });
  }

  paragraph(node: mdast.Paragraph): Inline[] {
    this.checkMalformedDirective(node);
    return this.inlines(node.children);
  }

  private itemInlines(item: mdast.ListItem): Inline[] {
    const [first, ...rest] = item.children;
    if (!first || first.type !== 'paragraph' || rest.length > 0) {
      this.unsupported(rest[0] ?? first ?? item, 'dans une case à cocher');
    }
    return this.paragraph(first);
  }

  private list(node: mdast.List): Block {
    const isChecklist = node.children.some((item) => typeof item.checked === 'boolean');
    if (isChecklist) {
      const items: ChecklistItem[] = node.children.map((item) => ({
        checked: item.checked === true,
        children: this.itemInlines(item),
      }));
      return { type: 'checklist', items };
    }
    const items: ListItem[] = node.children.map((item) => ({ blocks: this.blocks(item.children, 'item') }));
    return { type: 'list', ordered: node.ordered === true, start: node.start ?? 1, items };
  }

  /**
   * A row line ending with a lone backslash is a line break inside a cell (from data: a value
   * on several lines): GFM ends the row there and makes the rest a new row, so it is refused.
   */
  private checkRowLine(row: mdast.TableRow): void {
    const line = this.raw(row).replace(/[ \t]+$/, '');
    const backslashes = line.length - line.replace(/\\+$/, '').length;
    if (backslashes % 2 === 1) {
      throw new KitError({
        code: 'TemplateUnsupported',
        message: 'saut de ligne dans une cellule de tableau : une cellule tient sur une ligne.',
        location: this.location(row),
        actual: line.trim(),
        hint: 'une valeur sur plusieurs lignes ne peut pas aller dans un tableau : mettez-la dans un paragraphe.',
      });
    }
  }

  private table(node: mdast.Table): Table {
    const align: CellAlign[] = (node.align ?? []).map((value) => value ?? 'left');
    const row = (tableRow: mdast.TableRow): Inline[][] => {
      this.checkRowLine(tableRow);
      const cells = tableRow.children.map((cell) => this.inlines(cell.children));
      while (cells.length < align.length) cells.push([]);
      return cells.slice(0, align.length);
    };
    const [header, ...rows] = node.children;
    return { type: 'table', align, header: header ? row(header) : align.map(() => []), rows: rows.map(row) };
  }

  private directive(node: LeafDirective | ContainerDirective, place: Place): Block {
    const written = `${node.type === 'containerDirective' ? ':::' : '::'}${node.name}`;
    const site: DirectiveSite = { location: this.location(node), written };
    if (node.type === 'containerDirective') this.checkClosed(node, site);
    const block = directiveBlock(node, {
      site,
      blocks: (nodes) => this.blocks(nodes, 'box'),
      textLines: (nodes) => this.textLines(nodes, site),
      ...(this.source.loadImage && { loadImage: (src: string) => this.source.loadImage!(src, site.location) }),
      qrSize: this.source.qrSize ?? DEFAULT_QR_SIZE,
    });
    if (place !== 'body' && (place === 'item' || NOT_IN_BOX.has(block.type))) {
      throw directiveError(site, place === 'item' ? 'directive non permise dans une liste.' : 'directive non permise dans un encadré.', {
        hint: place === 'item' ? 'placez-la hors de la liste, après une ligne vide.' : 'placez-la hors de l’encadré, après la ligne ::: qui le ferme.',
      });
    }
    return block;
  }

  /** A container runs to the end of the document when its closing ::: is missing: refused. */
  private checkClosed(node: ContainerDirective, site: DirectiveSite): void {
    const lines = this.raw(node).trimEnd().split('\n');
    if (lines.length < 2 || !/^\s*:{3,}\s*$/.test(lines[lines.length - 1]!)) {
      throw directiveError(site, 'directive non fermée.', {
        expected: 'une ligne ::: seule après le contenu',
        hint: `ajoutez une ligne ::: à la fin du contenu de ${site.written}.`,
      });
    }
  }

  /** The non-blank lines of plain-text paragraphs (soft or hard line breaks separate lines). */
  private textLines(nodes: readonly mdast.RootContent[], site: DirectiveSite): string[] {
    const lines: string[] = [];
    for (const node of nodes) {
      if (node.type !== 'paragraph') {
        throw directiveError(site, 'seul du texte est permis ici.', {
          actual: NAMES[node.type] ?? node.type,
          expected: 'des lignes de texte simple',
          hint: 'écrivez une information par ligne, sans titre, liste ni mise en forme.',
        });
      }
      for (const inline of this.paragraph(node)) {
        if (inline.type === 'text') lines.push(...inline.value.split('\n'));
        else if (inline.type === 'break') lines.push('');
        else {
          throw directiveError(site, 'seul du texte simple est permis ici.', {
            actual: inline.type === 'link' ? 'un lien' : inline.type === 'strong' ? 'du gras' : 'de l’italique',
            expected: 'des lignes de texte simple',
            hint: 'retirez la mise en forme (**, *, [lien]()).',
          });
        }
      }
    }
    // Consecutive texts were merged, so an empty string only stands between two breaks.
    return lines.map((line) => line.trim()).filter((line) => line !== '');
  }

  blocks(nodes: readonly mdast.RootContent[], place: Place): Block[] {
    const out: Block[] = [];
    for (const node of nodes) {
      switch (node.type) {
        case 'heading':
          out.push({ type: 'heading', level: Math.min(node.depth, 3) as 1 | 2 | 3, children: this.inlines(node.children) });
          break;
        case 'paragraph':
          out.push({ type: 'paragraph', children: this.paragraph(node) });
          break;
        case 'list':
          out.push(this.list(node));
          break;
        case 'table':
          if (place === 'item') this.unsupported(node, 'dans une liste');
          out.push(this.table(node));
          break;
        case 'leafDirective':
        case 'containerDirective':
          out.push(this.directive(node, place));
          break;
        default:
          this.unsupported(node);
      }
    }
    return out;
  }
}

/** The Markdown read at once, without chunks: what reading it by chunks must give. */
export function readBlocks(markdown: string, source: MarkdownSource): Block[] {
  return new Reader(markdown, source).blocks(processor.parse(markdown).children, 'body');
}

/**
 * Chunks read before (markdown-chunks.ts), by their text; two generations of CHUNKS_KEPT, so that
 * the chunks every row shares stay while those of one row (its name, its address) go.
 */
class ChunkCache {
  private current = new Map<string, readonly Block[]>();
  private previous = new Map<string, readonly Block[]>();

  get(key: string): readonly Block[] | undefined {
    const blocks = this.current.get(key);
    if (blocks) return blocks;
    const older = this.previous.get(key);
    if (older) this.set(key, older);
    return older;
  }

  set(key: string, blocks: readonly Block[]): void {
    if (this.current.size >= CHUNKS_KEPT) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, blocks);
  }
}

const CHUNKS_KEPT = 256;
/** One cache per picture reader (the blocks hold the pictures it read), one without. */
const chunkCaches = new WeakMap<NonNullable<MarkdownSource['loadImage']>, ChunkCache>();
const withoutPictures = new ChunkCache();

function chunkCache(source: MarkdownSource): ChunkCache {
  if (!source.loadImage) return withoutPictures;
  let cache = chunkCaches.get(source.loadImage);
  if (!cache) chunkCaches.set(source.loadImage, (cache = new ChunkCache()));
  return cache;
}

/**
 * Reads Markdown (CommonMark + GFM task lists and tables + our directives) into the blocks of
 * the Document AST. Errors are located in the template file (`source`).
 *
 * The Markdown is read chunk by chunk (markdown-chunks.ts), each chunk once per process: the
 * blocks of a chunk read before are the same (shared, frozen) objects. A chunk of plain prose is
 * read without the parser (plain-paragraph.ts). A chunk that fails to read sends the whole
 * Markdown to be read at once: an error is reported as for the whole.
 */
export function markdownToBlocks(markdown: string, source: MarkdownSource): Block[] {
  const chunks = markdownChunks(markdown);
  if (!chunks) return readBlocks(markdown, source);
  const cache = chunkCache(source);
  const blocks: Block[] = [];
  try {
    for (const chunk of chunks) {
      // Blocks hold no line numbers: a chunk's are only for the picture reader's errors.
      const key = `${source.file}\u0000${source.qrSize ?? DEFAULT_QR_SIZE}\u0000${chunk.text}`;
      let read = cache.get(key);
      if (!read) cache.set(key, (read = share(plainParagraph(chunk.text) ?? readBlocks(chunk.text, { ...source, firstLine: source.firstLine + chunk.line }))));
      blocks.push(...read);
    }
  } catch {
    return readBlocks(markdown, source);
  }
  return blocks;
}
