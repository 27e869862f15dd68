import { inlineText, type Block, type Document, type Inline } from '../document/ast.js';
import { KitError, type Diagnostic } from '../diagnostics/index.js';
import { FONT_FAMILY, loadFont, type FontStyle } from './fonts.js';

/** Where a string comes from: a field of the letter or sheet, the body, or a block of it. */
type Field =
  | 'titre'
  | 'expediteur'
  | 'destinataire'
  | 'adresse_retour'
  | 'lieu_date'
  | 'references'
  | 'envoi'
  | 'objet'
  | 'signature'
  | 'pieces_jointes'
  | 'copies'
  | 'en_tete'
  | 'pied_de_page'
  | 'corps'
  | 'tableau'
  | 'encadre'
  | 'qr'
  | 'detachables';

interface Missing {
  char: string;
  field: Field;
  context: string;
}

/** Line breaks and tabs: writers turn them into breaks and spaces, never into glyphs. */
const WHITESPACE = new Set(['\n', '\r', '\t']);

/** Characters of context kept on each side of a missing character in `actual`. */
const CONTEXT = 20;

const known = new Map<FontStyle, Map<number, boolean>>();

function hasGlyph(style: FontStyle, codePoint: number): boolean {
  let cache = known.get(style);
  if (!cache) known.set(style, (cache = new Map()));
  let has = cache.get(codePoint);
  if (has === undefined) {
    has = loadFont(style).hasGlyphForCodePoint(codePoint);
    cache.set(codePoint, has);
  }
  return has;
}

function excerpt(text: string, index: number, length: number): string {
  const start = Math.max(0, index - CONTEXT);
  const end = Math.min(text.length, index + length + CONTEXT);
  const core = text.slice(start, end).replace(/\s+/g, ' ');
  return `${start > 0 ? '…' : ''}${core}${end < text.length ? '…' : ''}`;
}

/**
 * Refuses a document with a character the font cannot draw (a PDF would show an empty box, a
 * DOCX a substitute font), naming each distinct character once with the place it comes from.
 * Both writers call it first: they embed the same font.
 */
export function preflightGlyphs(document: Document): void {
  const found = new Map<string, Missing>();
  const check = (text: string, style: FontStyle, field: Field, context = text): void => {
    let index = 0;
    for (const char of text) {
      const codePoint = char.codePointAt(0)!;
      if (!WHITESPACE.has(char) && !found.has(char) && !hasGlyph(style, codePoint)) {
        const at = context === text ? index : Math.max(0, context.indexOf(char));
        found.set(char, { char, field, context: excerpt(context, at, char.length) });
      }
      index += char.length;
    }
  };
  const { meta } = document;
  check(meta.title, 'bold', 'titre');
  const letter = meta.letter;
  if (letter) {
    for (const line of letter.sender) check(line, 'regular', 'expediteur');
    for (const line of letter.recipient) check(line, 'regular', 'destinataire');
    if (letter.returnAddress !== undefined) check(letter.returnAddress, 'regular', 'adresse_retour');
    check(letter.placeDate, 'regular', 'lieu_date');
    for (const line of letter.references ?? []) check(line, 'regular', 'references');
    if (letter.sending !== undefined) check(letter.sending, 'regular', 'envoi');
    check(letter.subject, 'bold', 'objet');
    for (const line of letter.signature) check(line, 'regular', 'signature');
    for (const line of letter.enclosures ?? []) check(line, 'regular', 'pieces_jointes');
    for (const line of letter.copies ?? []) check(line, 'regular', 'copies');
  }
  if (meta.sheet) {
    check(meta.sheet.header, 'regular', 'en_tete');
    check(meta.sheet.footer, 'regular', 'pied_de_page');
  }
  const inlines = (nodes: readonly Inline[], bold: boolean, italic: boolean, field: Field, context: string): void => {
    for (const node of nodes) {
      if (node.type === 'text') check(node.value, styleOf(bold, italic), field, context);
      else if (node.type === 'strong') inlines(node.children, true, italic, field, context);
      else if (node.type === 'emphasis') inlines(node.children, bold, true, field, context);
      else if (node.type === 'link') inlines(node.children, bold, italic, field, context);
    }
  };
  const run = (nodes: readonly Inline[], field: Field, bold = false): void => inlines(nodes, bold, false, field, inlineText(nodes));
  const blocks = (nodes: readonly Block[], field: Field): void => {
    for (const node of nodes) {
      switch (node.type) {
        case 'heading':
          run(node.children, field, true);
          break;
        case 'paragraph':
          run(node.children, field);
          break;
        case 'list':
          for (const item of node.items) blocks(item.blocks, field);
          break;
        case 'checklist':
          for (const item of node.items) run(item.children, field);
          break;
        case 'table':
          for (const cell of node.header) run(cell, 'tableau', true);
          for (const row of node.rows) for (const cell of row) run(cell, 'tableau');
          break;
        case 'box':
          if (node.title !== undefined) check(node.title, 'bold', 'encadre');
          blocks(node.blocks, 'encadre');
          break;
        case 'qr':
          // The caption, or the URL printed in its place.
          check(node.caption ?? node.url, 'regular', 'qr');
          break;
        case 'tearOffs':
          for (const line of node.lines) check(line, 'regular', 'detachables');
          break;
        case 'signature':
          for (const line of node.lines) check(line, 'regular', 'signature');
          break;
        case 'image': // the alternative text is read aloud, never drawn with the font
        case 'pageBreak':
        case 'spacer':
          break;
        default:
          throw new Error(`Cannot handle unknown node \`${(node as { type: string }).type}\``);
      }
    }
  };
  blocks(document.blocks, 'corps');
  if (found.size > 0) throw new KitError([...found.values()].map(diagnostic));
}

function styleOf(bold: boolean, italic: boolean): FontStyle {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}

function diagnostic({ char, field, context }: Missing): Diagnostic {
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const shown = /^\p{C}$|^\p{Z}$/u.test(char) ? code : `« ${char} » (${code})`;
  return {
    severity: 'error',
    code: 'GlyphMissing',
    message: `le caractère ${shown} n'existe pas dans la police ${FONT_FAMILY}.`,
    location: { field },
    actual: context,
    hint: 'remplacez ce caractère ou supprimez-le',
  };
}
