import { CharacterSet, Document, Packer, Paragraph, type IParagraphOptions } from 'docx';
import { AST_VERSION, type Document as KitDocument } from '../../document/ast.js';
import { FONT_FAMILY } from '../fonts.js';
import { preflightGlyphs } from '../preflight.js';
import type { WriteOptions, WriteResult, Writer } from '../types.js';
import { bodyContext, renderBlocks } from './blocks/index.js';
import { CORE_PROPERTIES_PATH, coreXml } from './core.js';
import {
  emptyFooter,
  foldMarksHeader,
  letterFrames,
  pageNumberFooter,
  pageProperties,
  signature,
  startAtBodyTop,
  subjectLine,
} from './lettre.js';
import { ListNumbering } from './numbering.js';
import { completePackage, faceHead } from './package.js';
import { letterStyles } from './styles.js';

/**
 * The DOCX writer (docx 9): the same content, order and page geometry as the PDF writer, with
 * named styles, real Word lists and check boxes, and Source Sans 3 embedded.
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
  const file = buildDocument(document);
  const core = coreXml({ title: document.meta.title, creator: CREATOR, language: document.meta.lang, date });
  const zip = await Packer.pack(file, 'uint8array', false, [{ path: CORE_PROPERTIES_PATH, data: core }]);
  const bytes = completePackage(zip, file.FontTable.files, options.sourceDateEpoch === undefined ? undefined : date);
  return { bytes };
}

function creationDate({ sourceDateEpoch }: WriteOptions): Date {
  if (sourceDateEpoch === undefined) return new Date();
  const date = new Date(sourceDateEpoch * 1000);
  if (Number.isNaN(date.getTime())) throw new Error(`Invalid \`sourceDateEpoch\`: \`${sourceDateEpoch}\``);
  return date;
}

/** The docx model of a document (exported for tests and tools that want to add to it). */
export function buildDocument(document: KitDocument): Document {
  const numbering = new ListNumbering();
  const letter = document.meta.letter;
  const flow: IParagraphOptions[] = [
    ...(letter ? subjectLine(letter) : []),
    ...renderBlocks(document.blocks, bodyContext(numbering)),
    ...(letter ? signature(letter.signature) : []),
  ];
  const children = [...(letter ? letterFrames(letter) : []), ...(letter ? startAtBodyTop(flow) : flow)].map(
    (options) => new Paragraph(options),
  );
  return new Document({
    title: document.meta.title,
    creator: CREATOR,
    lastModifiedBy: CREATOR,
    styles: letterStyles(),
    numbering: { config: numbering.config() },
    // The four faces of Source Sans 3, so that Word and LibreOffice draw the letter with the
    // font of the PDF (completePackage adds all but the first bytes of each face).
    fonts: [
      {
        name: FONT_FAMILY,
        data: faceHead('regular'),
        bold: faceHead('bold'),
        italic: faceHead('italic'),
        boldItalic: faceHead('boldItalic'),
        characterSet: CharacterSet.ANSI,
      },
    ],
    sections: [
      {
        properties: pageProperties(),
        headers: { first: foldMarksHeader() },
        footers: { default: pageNumberFooter(), first: emptyFooter() },
        children,
      },
    ],
  });
}
