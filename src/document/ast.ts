/**
 * The Document AST: the one model between templates and writers (after Pandoc's
 * `Pandoc Meta [Block]`). Closed and versioned: a writer handles every node type below, and a
 * document of another major version is refused.
 */
export const AST_VERSION = 2;

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

export type Block =
  | Heading
  | Paragraph
  | List
  | Checklist
  | Table
  | Image
  | Qr
  | Box
  | PageBreak
  | Spacer
  | TearOffs
  | Signature;

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

export type CellAlign = 'left' | 'center' | 'right';

/** A GFM table. The header row is repeated on each page the table spans. */
export interface Table {
  type: 'table';
  /** One entry per column. */
  align: CellAlign[];
  header: Inline[][];
  rows: Inline[][][];
}

/** The bytes of a picture, read by the pipeline (writers never open files). */
export interface ImageData {
  format: 'png' | 'jpeg';
  bytes: Uint8Array;
  /** Size in pixels, from the file's header. */
  pixelWidth: number;
  pixelHeight: number;
}

/** `::image{src alt width}`: a figure with its alternative text (tagged `Figure` in the PDF). */
export interface Image {
  type: 'image';
  /** As written in the template, relative to the kit folder or the profile. */
  src: string;
  alt: string;
  /** Display width in millimetres; the height keeps the picture's ratio. */
  width: number;
  data: ImageData;
}

/** `::qr{url}`: a QR code of `url`, with the URL printed under it (for those who type it). */
export interface Qr {
  type: 'qr';
  url: string;
  /**
   * Side in millimetres, quiet zone included; always set: the template's `taille`, else the
   * layout's default given to `markdownToBlocks` (`MarkdownSource.qrSize`, else 30).
   */
  size: number;
  /** Short text under the code; the URL when absent. */
  caption?: string;
}

/** `:::encadre{titre}`: blocks in a frame with a tinted background. */
export interface Box {
  type: 'box';
  title?: string;
  blocks: Block[];
}

/** `::saut-de-page`. */
export interface PageBreak {
  type: 'pageBreak';
}

/** `::espace{hauteur}`: vertical space in millimetres. */
export interface Spacer {
  type: 'spacer';
  height: number;
}

/**
 * `:::detachables{n}`: `count` strips along the bottom edge of the page, each repeating `lines`
 * (a name, a phone number), turned 90°, with dashed cut lines and scissors drawn as shapes.
 */
export interface TearOffs {
  type: 'tearOffs';
  count: number;
  lines: string[];
}

/** `::signature`: the signer's lines (and image) at this place instead of at the end of a letter. */
export interface Signature {
  type: 'signature';
  lines: string[];
  image?: ImageData;
}

export type LayoutId = 'lettre' | 'fiche' | 'affiche' | 'flyer';

/** Paper sizes of ISO 216 used by the layouts (domain.md §6.3). */
export type PaperSize = 'A3' | 'A4' | 'A5' | 'A6';

/** How the document is printed: paper, imposition, bleed and accent colour (from the profile). */
export interface PrintMeta {
  paper: PaperSize;
  /** Copies of a one-page flyer imposed on an A4 sheet with crop marks (2 × A5, 4 × A6); 1 = none. */
  nUp: 1 | 2 | 4;
  /** 3 mm bleed with crop marks, for print shops. */
  bleed: boolean;
  /** Accent colour `#rrggbb` (title band, headings, frames). */
  accent: string;
}

/** Header and footer lines of a `fiche` (the commune; sources and date). */
export interface SheetMeta {
  /** Top of each page: "Commune de Sains (35)". */
  header: string;
  /** Bottom of each page, left of the page number: "Sources : … — 1er décembre 2026". */
  footer: string;
}

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
  /** Scanned signature drawn above the signature lines. */
  signatureImage?: ImageData;
  /** The sender's address on one line, small, at the top of the window, above the recipient (optional). */
  returnAddress?: string;
  /** "V/Réf. : …", "N/Réf. : …", printed above the subject. */
  references?: string[];
  /** Mode of sending, above the subject: "Lettre recommandée avec avis de réception n° …". */
  sending?: string;
  /** Enclosures, listed after the signature under "P. J. :". */
  enclosures?: string[];
  /** Copies, listed after the enclosures under "Copie à :". */
  copies?: string[];
}

/** The default accent colour when the profile sets none (`identite.couleur`). */
export const DEFAULT_ACCENT = '#1d4e89';

export interface DocumentMeta {
  title: string;
  /** BCP 47 language tag of the content. */
  lang: 'fr-FR';
  layout: LayoutId;
  /** Absent: the layout's default paper, no imposition, no bleed, the default accent. */
  print?: PrintMeta;
  letter?: LetterMeta;
  sheet?: SheetMeta;
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
