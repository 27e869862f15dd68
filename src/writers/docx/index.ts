import { CharacterSet, Document } from 'docx';
import { AST_VERSION, DEFAULT_ACCENT, type Document as KitDocument } from '../../document/ast.js';
import { LAYOUTS } from '../../layout/index.js';
import { FONT_FAMILY } from '../fonts.js';
import { preflightGlyphs } from '../preflight.js';
import type { WriteOptions, WriteResult, Writer } from '../types.js';
import { NO_ASSETS, prepareAssets, type DocxAssets } from './assets.js';
import { CORE_PROPERTIES_PATH, coreXml } from './core.js';
import { letterParts } from './layouts/letter.js';
import { posterParts, posterPaper } from './layouts/poster.js';
import { sheetParts } from './layouts/sheet.js';
import type { LayoutParts } from './layouts/types.js';
import { ListNumbering } from './numbering.js';
import { formattedParts } from './formatted-parts.js';
import { faceHead, packDocx } from './package.js';
import { scaleFlowLayout } from './scale.js';
import { documentStyles } from './styles.js';

/**
 * The DOCX writer (docx 9): the same content, order and page geometry as the PDF writer, with
 * named styles, real Word lists, check boxes and tables, and Source Sans 3 embedded.
 */
export const docxWriter: Writer = {
  format: 'docx',
  extension: 'docx',
  write: writeDocx,
};

export const CREATOR = 'kit-citoyen';

export async function writeDocx(document: KitDocument, options: WriteOptions = {}): Promise<WriteResult> {
  if (document.version !== AST_VERSION) {
    throw new Error(`Cannot handle document version \`${String(document.version)}\`, expected \`${AST_VERSION}\``);
  }
  preflightGlyphs(document);
  const date = creationDate(options);
  const file = buildDocument(document, await prepareAssets(document), options.embedFonts ?? true);
  const core = coreXml({ title: document.meta.title, creator: CREATOR, language: document.meta.lang, date });
  return { bytes: packDocx(file, [{ path: CORE_PROPERTIES_PATH, data: core }], date) };
}

function creationDate({ sourceDateEpoch }: WriteOptions): Date {
  if (sourceDateEpoch === undefined) return new Date();
  const date = new Date(sourceDateEpoch * 1000);
  if (Number.isNaN(date.getTime())) throw new Error(`Invalid \`sourceDateEpoch\`: \`${sourceDateEpoch}\``);
  return date;
}

/** The list indent of the body's layout (scaled on a poster or flyer, before fitting). */
function listIndentOf(document: KitDocument): number {
  const layout = LAYOUTS[document.meta.layout];
  if (document.meta.layout === 'affiche' || document.meta.layout === 'flyer') {
    const base = document.meta.layout === 'affiche' ? LAYOUTS.affiche : LAYOUTS.flyer;
    const k = (base.scale as Record<string, number>)[posterPaper(document)] ?? 1;
    return scaleFlowLayout(base, k).listIndent;
  }
  return layout.listIndent;
}

function layoutParts(document: KitDocument, numbering: ListNumbering, assets: DocxAssets): LayoutParts {
  const accent = document.meta.print?.accent ?? DEFAULT_ACCENT;
  switch (document.meta.layout) {
    case 'lettre':
      return letterParts(document, numbering, assets, accent);
    case 'fiche':
      return sheetParts(document, numbering, assets, accent);
    case 'affiche':
    case 'flyer':
      return posterParts(document, numbering, assets, accent);
    default:
      throw new Error(`Cannot handle layout \`${String((document.meta as { layout: unknown }).layout)}\``);
  }
}

/**
 * The docx model of a document (exported for tests and tools that want to add to it). QR codes
 * are made before (`prepareAssets`), as docx builds synchronously.
 */
export function buildDocument(document: KitDocument, assets: DocxAssets = NO_ASSETS, embedFonts = true): Document {
  const numbering = new ListNumbering(listIndentOf(document));
  const parts = layoutParts(document, numbering, assets);
  const formatted = formattedParts(documentStyles(parts.styles), numbering.key());
  const file = new Document({
    title: document.meta.title,
    creator: CREATOR,
    lastModifiedBy: CREATOR,
    ...(formatted.styles && { styles: formatted.styles }),
    numbering: { config: numbering.config() },
    ...(parts.hyphenate ? { hyphenation: { autoHyphenation: true } } : {}),
    // The four faces of Source Sans 3, so that Word and LibreOffice draw the document with the
    // font of the PDF (packDocx adds all but the first bytes of each face). Without them
    // (batches: 540 kB a file) the word processor uses the font if installed, else its own.
    fonts: embedFonts
      ? [
          {
            name: FONT_FAMILY,
            data: faceHead('regular'),
            bold: faceHead('bold'),
            italic: faceHead('italic'),
            boldItalic: faceHead('boldItalic'),
            characterSet: CharacterSet.ANSI,
          },
        ]
      : [],
    sections: [
      {
        properties: { ...parts.properties, ...(parts.headers?.first || parts.footers?.first ? { titlePage: true } : {}) },
        ...(parts.headers ? { headers: parts.headers } : {}),
        ...(parts.footers ? { footers: parts.footers } : {}),
        children: parts.children,
      },
    ],
    // No theme: docx's default, the same in every file (formattedParts).
  });
  formatted.apply(file);
  return file;
}
