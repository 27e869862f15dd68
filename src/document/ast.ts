/**
 * The Document AST: the one model between templates and writers (after Pandoc's
 * `Pandoc Meta [Block]`). Closed and versioned: a writer handles every node type below, and a
 * document of another major version is refused.
 */
export const AST_VERSION = 1;

export type Inline = Text | Strong | Emphasis | Link | Break;

export interface Text {
  type: 'text';
  value: string;
}
export interface Strong {
  type: 'strong';
  children: Inline[];
}
export interface Emphasis {
  type: 'emphasis';
  children: Inline[];
}
export interface Link {
  type: 'link';
  url: string;
  children: Inline[];
}
/** A hard line break inside a paragraph. */
export interface Break {
  type: 'break';
}

export type Block = Heading | Paragraph | List | Checklist;

export interface Heading {
  type: 'heading';
  level: 1 | 2 | 3;
  children: Inline[];
}
export interface Paragraph {
  type: 'paragraph';
  children: Inline[];
}
export interface List {
  type: 'list';
  ordered: boolean;
  /** First number of an ordered list. */
  start: number;
  items: ListItem[];
}
/** A list item holds blocks, so lists nest. */
export interface ListItem {
  blocks: Block[];
}
/** A GFM task list: each item is drawn with a box, ticked or not. */
export interface Checklist {
  type: 'checklist';
  items: ChecklistItem[];
}
export interface ChecklistItem {
  checked: boolean;
  children: Inline[];
}

export type LayoutId = 'lettre';

/** What the `lettre` layout places outside the flowing body. All strings are plain text. */
export interface LetterMeta {
  /** Sender block, top left: name, quality, street lines, postcode + town, contact. */
  sender: string[];
  /** Recipient block for the envelope window: at most 6 postal lines (NF Z10-011). */
  recipient: string[];
  /** "Sains, le 23 novembre 2026". */
  placeDate: string;
  /** Subject line, without the "Objet :" label. */
  subject: string;
  /** Lines under the closing: first name NAME, then quality. */
  signature: string[];
}

export interface DocumentMeta {
  title: string;
  /** BCP 47 language tag of the content. */
  lang: 'fr-FR';
  layout: LayoutId;
  letter?: LetterMeta;
}

export interface Document {
  version: typeof AST_VERSION;
  meta: DocumentMeta;
  blocks: Block[];
}

/** Plain text of a run of inlines (for text extraction, preflight and tests). */
export function inlineText(inlines: readonly Inline[]): string {
  let out = '';
  for (const node of inlines) {
    switch (node.type) {
      case 'text':
        out += node.value;
        break;
      case 'break':
        out += '\n';
        break;
      default:
        out += inlineText(node.children);
    }
  }
  return out;
}
