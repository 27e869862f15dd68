import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  type IParagraphStyleOptions,
  type IRunStylePropertiesOptions,
  type ISpacingProperties,
  type IStylesOptions,
} from 'docx';
import type { FlowLayout } from '../../layout/flow.js';
import { lettre, mmToTwip, ptToTwip, type TextStyle } from '../../layout/lettre.js';
import { FONT_FAMILY } from '../fonts.js';

/**
 * The named styles of the DOCX, so that a user can restyle a document in Word or LibreOffice:
 * Normal, the built-in headings (shown as « Titre 1… » in a French Word) and the list paragraph
 * (« Paragraphe de liste »), plus our own paragraph styles with French names. Every size, exact
 * line height and spacing comes from the layout (`src/layout/`), as in the PDF writer.
 */

/** Style ids (ASCII, stable) of our own styles; their display names are French. */
export const STYLE = {
  normal: 'Normal',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  listParagraph: 'ListParagraph',
  hyperlink: 'Hyperlink',
  sender: 'Expediteur',
  recipient: 'Adresse',
  returnAddress: 'AdresseRetour',
  placeDate: 'LieuEtDate',
  subject: 'Objet',
  letterHeading: 'Mentions',
  signature: 'Signature',
  pageNumber: 'NumeroPage',
  foldMark: 'ReperePliage',
  table: 'Tableau',
  tableHeader: 'EnTeteTableau',
  box: 'Encadre',
  caption: 'Legende',
  figure: 'Figure',
  spacer: 'Espace',
  header: 'EnTete',
  footer: 'PiedDePage',
  posterTitle: 'TitreAffiche',
  tearOff: 'Detachable',
} as const;

/** Display names of the custom styles, as a French user sees them in the style gallery. */
export const STYLE_NAMES = {
  [STYLE.sender]: 'Expéditeur',
  [STYLE.recipient]: 'Adresse',
  [STYLE.returnAddress]: 'Adresse de retour',
  [STYLE.placeDate]: 'Lieu et date',
  [STYLE.subject]: 'Objet',
  [STYLE.letterHeading]: 'Mentions',
  [STYLE.signature]: 'Signature',
  [STYLE.pageNumber]: 'Numéro de page',
  [STYLE.foldMark]: 'Repère de pliage',
  [STYLE.table]: 'Tableau',
  [STYLE.tableHeader]: 'En-tête de tableau',
  [STYLE.box]: 'Encadré',
  [STYLE.caption]: 'Légende',
  [STYLE.figure]: 'Figure',
  [STYLE.spacer]: 'Espace',
  [STYLE.header]: 'En-tête',
  [STYLE.footer]: 'Pied de page',
  [STYLE.posterTitle]: 'Titre affiche',
  [STYLE.tearOff]: 'Détachable',
} as const;

/** Half-points, the unit of `w:sz`. */
export function halfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** `#1a1a1a` → `1A1A1A`, the form WordprocessingML wants. */
export function wordColor(hex: string): string {
  return hex.replace(/^#/, '').toUpperCase();
}

/** The accent colour mixed with white: `tint` 0 is white, 1 the accent itself (frames' fill). */
export function tintColor(hex: string, tint: number): string {
  const value = wordColor(hex);
  const channels = [0, 2, 4].map((at) => parseInt(value.slice(at, at + 2), 16));
  return channels
    .map((c) => Math.round(255 + (c - 255) * tint))
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}

export const TEXT_COLOR = wordColor(lettre.colors.text);
export const MARK_COLOR = wordColor(lettre.colors.marks);

/** Space after a paragraph, list or heading of a letter (other layouts: `spacingOf`). */
export const PARAGRAPH_SPACING = mmToTwip(lettre.paragraphSpacing);

/** Exact line spacing for a text style (the same baseline-to-baseline distance as the PDF). */
export function exactLine(style: TextStyle, after = 0, before?: number): ISpacingProperties {
  return {
    line: ptToTwip(style.lineHeight),
    lineRule: LineRuleType.EXACT,
    after,
    ...(before === undefined ? {} : { before }),
  };
}

export const FONT = { ascii: FONT_FAMILY, hAnsi: FONT_FAMILY, cs: FONT_FAMILY, eastAsia: FONT_FAMILY };

function run(style: TextStyle, extra: IRunStylePropertiesOptions = {}): IRunStylePropertiesOptions {
  return { font: FONT, size: halfPoints(style.size), sizeComplexScript: halfPoints(style.size), color: TEXT_COLOR, ...extra };
}

function headingStyle(level: 1 | 2 | 3, style: TextStyle, after: number, color?: string) {
  return {
    // Word recognises its built-in headings by these names and shows them as « Titre 1… ».
    name: `heading ${level}`,
    basedOn: STYLE.normal,
    next: STYLE.normal,
    quickFormat: true,
    run: run(style, { bold: true, ...(color ? { color } : {}) }),
    paragraph: { spacing: exactLine(style, after), keepNext: true, keepLines: true, outlineLevel: level - 1 },
  };
}

function custom(id: keyof typeof STYLE_NAMES, options: Omit<IParagraphStyleOptions, 'id' | 'name'>): IParagraphStyleOptions {
  return { id, name: STYLE_NAMES[id], basedOn: STYLE.normal, next: STYLE.normal, quickFormat: true, ...options };
}

/**
 * The page number is centred on the page, as in the PDF, not between unequal margins: the
 * indent takes up the difference.
 */
const MARGIN_DIFFERENCE = mmToTwip(lettre.margins.left - lettre.margins.right);
const PAGE_CENTRE_INDENT = MARGIN_DIFFERENCE >= 0 ? { right: MARGIN_DIFFERENCE } : { left: -MARGIN_DIFFERENCE };

/** Left indent of the signature block of a letter, from the left margin. */
export const SIGNATURE_INDENT = mmToTwip(lettre.signature.x - lettre.margins.left);

/** What the styles of one document depend on. */
export interface StyleOptions {
  /** The flowing text's layout (scaled for a poster or a flyer). */
  layout: FlowLayout;
  accent: string;
  /** The letter's own styles (sender, window, subject…), only in a letter. */
  letter: boolean;
  /** Furniture styles of a sheet or poster: header, footer, poster title, at the page's scale. */
  furniture?: { header?: TextStyle; footer?: TextStyle; title?: TextStyle };
}

/** The styles of a letter (kept for callers of the first version). */
export function letterStyles(): IStylesOptions {
  return documentStyles({ layout: lettre, accent: lettre.colors.text, letter: true });
}

export function documentStyles({ layout, accent, letter, furniture = {} }: StyleOptions): IStylesOptions {
  const type = layout.styles;
  const spacing = mmToTwip(layout.paragraphSpacing);
  const justify = layout.justify ? { alignment: AlignmentType.JUSTIFIED } : {};
  const headingColor = letter ? undefined : wordColor(accent);
  const letterStylesList: IParagraphStyleOptions[] = letter
    ? [
        custom(STYLE.sender, { run: run(lettre.styles.address), paragraph: { spacing: exactLine(lettre.styles.address), alignment: AlignmentType.LEFT } }),
        custom(STYLE.recipient, { run: run(lettre.styles.address), paragraph: { spacing: exactLine(lettre.styles.address), alignment: AlignmentType.LEFT } }),
        custom(STYLE.returnAddress, {
          run: run({ size: lettre.returnAddress.size, lineHeight: lettre.returnAddress.size * 1.2 }),
          paragraph: { spacing: exactLine({ size: lettre.returnAddress.size, lineHeight: lettre.returnAddress.size * 1.2 }), alignment: AlignmentType.LEFT },
        }),
        custom(STYLE.placeDate, { run: run(type.body), paragraph: { spacing: exactLine(type.body) } }),
        custom(STYLE.subject, {
          run: run(type.body, { bold: true }),
          paragraph: { spacing: exactLine(type.body, mmToTwip(lettre.subject.spaceAfter)), keepNext: true },
        }),
        custom(STYLE.letterHeading, { run: run(type.body), paragraph: { spacing: exactLine(type.body), keepNext: true } }),
        custom(STYLE.pageNumber, {
          run: run(type.small),
          paragraph: { spacing: exactLine(type.small), alignment: AlignmentType.CENTER, indent: PAGE_CENTRE_INDENT },
        }),
        custom(STYLE.foldMark, {
          run: { size: 2, sizeComplexScript: 2 },
          paragraph: { spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
        }),
      ]
    : [];
  const header = furniture.header ?? type.small;
  const footer = furniture.footer ?? type.small;
  return {
    default: {
      document: {
        run: {
          font: FONT,
          size: halfPoints(type.body.size),
          sizeComplexScript: halfPoints(type.body.size),
          color: TEXT_COLOR,
          language: { value: 'fr-FR', eastAsia: 'fr-FR', bidirectional: 'fr-FR' },
        },
        paragraph: { spacing: exactLine(type.body, spacing) },
      },
      heading1: headingStyle(1, type.heading1, spacing, headingColor),
      heading2: headingStyle(2, type.heading2, spacing, headingColor),
      heading3: headingStyle(3, type.heading3, spacing, headingColor),
      listParagraph: {
        name: 'List Paragraph',
        basedOn: STYLE.normal,
        quickFormat: true,
        paragraph: { spacing: exactLine(type.body, mmToTwip(layout.itemGap)) },
      },
      hyperlink: { run: { color: TEXT_COLOR, underline: {} } },
    },
    paragraphStyles: [
      {
        id: STYLE.normal,
        name: 'Normal',
        quickFormat: true,
        run: run(type.body),
        paragraph: { spacing: exactLine(type.body, spacing), ...justify },
      },
      ...letterStylesList,
      custom(STYLE.signature, {
        run: run(type.body),
        paragraph: {
          spacing: exactLine(type.body),
          alignment: AlignmentType.LEFT,
          ...(letter ? { indent: { left: SIGNATURE_INDENT } } : {}),
          keepNext: true,
          keepLines: true,
        },
      }),
      custom(STYLE.table, { run: run(type.body), paragraph: { spacing: exactLine(type.body), alignment: AlignmentType.LEFT } }),
      custom(STYLE.tableHeader, {
        basedOn: STYLE.table,
        run: run(type.body, { bold: true }),
        paragraph: { spacing: exactLine(type.body), alignment: AlignmentType.LEFT, keepNext: true },
      }),
      custom(STYLE.box, { run: run(type.body, { bold: true }), paragraph: { spacing: exactLine(type.body, spacing), keepNext: true } }),
      custom(STYLE.caption, {
        run: run(type.small),
        paragraph: { spacing: exactLine(type.small, spacing), alignment: AlignmentType.LEFT },
      }),
      // A picture is taller than any exact line: its paragraph takes the picture's height.
      custom(STYLE.figure, {
        paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 }, keepNext: true, alignment: AlignmentType.LEFT },
      }),
      custom(STYLE.spacer, { run: { size: 2, sizeComplexScript: 2 }, paragraph: { spacing: { before: 0, after: 0 } } }),
      custom(STYLE.header, {
        run: run(header),
        paragraph: { spacing: exactLine(header), alignment: AlignmentType.LEFT },
      }),
      custom(STYLE.footer, {
        run: run(footer),
        paragraph: { spacing: exactLine(footer), alignment: AlignmentType.LEFT },
      }),
      custom(STYLE.posterTitle, {
        run: run(furniture.title ?? type.heading1, { bold: true, color: 'FFFFFF' }),
        paragraph: { spacing: exactLine(furniture.title ?? type.heading1), alignment: AlignmentType.LEFT },
      }),
      custom(STYLE.tearOff, {
        run: run(layout.tearOffs.style),
        paragraph: { spacing: exactLine(layout.tearOffs.style), alignment: AlignmentType.CENTER },
      }),
    ],
  };
}

/** A thin rule (pt) as a WordprocessingML border (eighths of a point). */
export function rule(widthPt: number, color: string, style: (typeof BorderStyle)[keyof typeof BorderStyle] = BorderStyle.SINGLE) {
  return { style, size: Math.max(2, Math.round(widthPt * 8)), color: wordColor(color), space: 0 };
}
