import {
  AlignmentType,
  LineRuleType,
  type IParagraphStyleOptions,
  type IRunStylePropertiesOptions,
  type ISpacingProperties,
  type IStylesOptions,
} from 'docx';
import { lettre, mmToTwip, ptToTwip, type TextStyle } from '../../layout/lettre.js';
import { FONT_FAMILY } from '../fonts.js';

/**
 * The named styles of the DOCX, so that a user can restyle the letter in Word or LibreOffice:
 * Normal, the built-in headings (shown as « Titre 1… » in a French Word) and the list paragraph
 * (« Paragraphe de liste »), plus the letter's own paragraph styles with French names. Every size,
 * exact line height and spacing comes from `layout/lettre.ts`, as in the PDF writer.
 */

/** Style ids (ASCII, stable) of the letter's own styles; their display names are French. */
export const STYLE = {
  normal: 'Normal',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  listParagraph: 'ListParagraph',
  hyperlink: 'Hyperlink',
  sender: 'Expediteur',
  recipient: 'Adresse',
  placeDate: 'LieuEtDate',
  subject: 'Objet',
  signature: 'Signature',
  pageNumber: 'NumeroPage',
  foldMark: 'ReperePliage',
} as const;

/** Display names of the custom styles, as a French user sees them in the style gallery. */
export const STYLE_NAMES = {
  [STYLE.sender]: 'Expéditeur',
  [STYLE.recipient]: 'Adresse',
  [STYLE.placeDate]: 'Lieu et date',
  [STYLE.subject]: 'Objet',
  [STYLE.signature]: 'Signature',
  [STYLE.pageNumber]: 'Numéro de page',
  [STYLE.foldMark]: 'Repère de pliage',
} as const;

/** Half-points, the unit of `w:sz`. */
export function halfPoints(pt: number): number {
  return Math.round(pt * 2);
}

/** `#1a1a1a` → `1A1A1A`, the form WordprocessingML wants. */
export function wordColor(hex: string): string {
  return hex.replace(/^#/, '').toUpperCase();
}

export const TEXT_COLOR = wordColor(lettre.colors.text);
export const MARK_COLOR = wordColor(lettre.colors.marks);

/** Space after a paragraph, list or heading. */
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

const font = { ascii: FONT_FAMILY, hAnsi: FONT_FAMILY, cs: FONT_FAMILY, eastAsia: FONT_FAMILY };

function run(style: TextStyle, extra: IRunStylePropertiesOptions = {}): IRunStylePropertiesOptions {
  return { font, size: halfPoints(style.size), sizeComplexScript: halfPoints(style.size), color: TEXT_COLOR, ...extra };
}

const { styles: type } = lettre;

function headingStyle(level: 1 | 2 | 3, style: TextStyle) {
  return {
    // Word recognises its built-in headings by these names and shows them as « Titre 1… ».
    name: `heading ${level}`,
    basedOn: STYLE.normal,
    next: STYLE.normal,
    quickFormat: true,
    run: run(style, { bold: true }),
    paragraph: { spacing: exactLine(style, PARAGRAPH_SPACING), keepNext: true, keepLines: true, outlineLevel: level - 1 },
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

/** Left indent of the signature block, from the left margin. */
export const SIGNATURE_INDENT = mmToTwip(lettre.signature.x - lettre.margins.left);

export function letterStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: {
          font,
          size: halfPoints(type.body.size),
          sizeComplexScript: halfPoints(type.body.size),
          color: TEXT_COLOR,
          language: { value: 'fr-FR', eastAsia: 'fr-FR', bidirectional: 'fr-FR' },
        },
        paragraph: { spacing: exactLine(type.body, PARAGRAPH_SPACING) },
      },
      heading1: headingStyle(1, type.heading1),
      heading2: headingStyle(2, type.heading2),
      heading3: headingStyle(3, type.heading3),
      listParagraph: {
        name: 'List Paragraph',
        basedOn: STYLE.normal,
        quickFormat: true,
        paragraph: { spacing: exactLine(type.body, mmToTwip(lettre.itemGap)) },
      },
      hyperlink: { run: { color: TEXT_COLOR, underline: {} } },
    },
    paragraphStyles: [
      {
        id: STYLE.normal,
        name: 'Normal',
        quickFormat: true,
        run: run(type.body),
        paragraph: { spacing: exactLine(type.body, PARAGRAPH_SPACING) },
      },
      custom(STYLE.sender, { run: run(type.address), paragraph: { spacing: exactLine(type.address) } }),
      custom(STYLE.recipient, { run: run(type.address), paragraph: { spacing: exactLine(type.address) } }),
      custom(STYLE.placeDate, { run: run(type.body), paragraph: { spacing: exactLine(type.body) } }),
      custom(STYLE.subject, {
        run: run(type.body, { bold: true }),
        paragraph: { spacing: exactLine(type.body, mmToTwip(lettre.subject.spaceAfter)), keepNext: true },
      }),
      custom(STYLE.signature, {
        run: run(type.body),
        paragraph: {
          spacing: exactLine(type.body),
          indent: { left: SIGNATURE_INDENT },
          keepNext: true,
          keepLines: true,
        },
      }),
      custom(STYLE.pageNumber, {
        run: run(type.small),
        paragraph: { spacing: exactLine(type.small), alignment: AlignmentType.CENTER, indent: PAGE_CENTRE_INDENT },
      }),
      custom(STYLE.foldMark, {
        run: { size: 2, sizeComplexScript: 2 },
        paragraph: { spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 } },
      }),
    ],
  };
}
