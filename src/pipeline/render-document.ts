import type { TemplateContext } from '../context/build.js';
import { AST_VERSION, type Block, type Document, type DocumentMeta, type ImageData, type SheetMeta } from '../document/ast.js';
import { markdownToBlocks } from '../document/from-markdown.js';
import { hyphenate } from '../document/hyphenate.js';
import { frenchTypography } from '../document/typography.js';
import type { Diagnostic } from '../diagnostics/index.js';
import type { KitDocument } from '../kits/load.js';
import { buildLetterMeta } from '../letter/meta.js';
import { LAYOUTS } from '../layout/index.js';
import { longFrenchDate } from '../template/helpers/date.js';
import type { DocumentTemplate } from '../template/document-template.js';
import type { ImageLoader } from './images.js';
import { DEFAULT_PRINT, printMeta, type PrintChoice } from './print-options.js';

/** What a document needs besides its template and data: print choices and where pictures are. */
export interface RenderEnvironment {
  print: PrintChoice;
  /** Reads pictures (`::image`, the signature); absent: a template naming a picture is an error. */
  images?: ImageLoader;
  /** The profile's file as the user named it, to locate a missing signature picture. */
  profileFile?: string;
}

const DEFAULT_ENVIRONMENT: RenderEnvironment = { print: DEFAULT_PRINT };

/**
 * Context → template → Markdown → Document AST → French typography → hyphenation points, for one
 * document. Pure but for reading pictures through `environment.images`: the same context gives
 * the same Document. The Markdown keeps data exactly as written; the Document the writers take
 * from here has French typography (template text and data alike, never URLs, addresses, codes
 * nor postal lines), and soft hyphens in its body text when the layout justifies it
 * (hyphenating ragged-right text only adds hyphens).
 */
export function renderDocument(
  kitDocument: Pick<KitDocument, 'template'>,
  context: TemplateContext,
  environment: RenderEnvironment = DEFAULT_ENVIRONMENT,
): { document: Document; warnings: Diagnostic[] } {
  const template = kitDocument.template;
  const markdown = template.body(context);
  const blocks = markdownToBlocks(markdown, {
    file: template.file,
    firstLine: template.bodyLine,
    qrSize: LAYOUTS[template.layout].qr.size,
    ...(environment.images && { loadImage: environment.images }),
  });
  const meta: DocumentMeta = {
    title: template.title(context),
    lang: 'fr-FR',
    layout: template.layout,
    print: printMeta(template.layout, environment.print, context.identite?.couleur),
  };
  const warnings: Diagnostic[] = [];
  const signatureImage = signaturePicture(context, environment);
  let signature: string[] = [context.expediteur.nom, context.expediteur.qualite].filter((line): line is string => Boolean(line));
  if (template.layout === 'lettre') {
    const letter = buildLetterMeta(context, template.subject ? template.subject(context) : meta.title, context.date);
    const extras = letterExtras(template, context);
    meta.letter = { ...letter.meta, ...extras, ...(signatureImage && { signatureImage }) };
    signature = letter.meta.signature;
    warnings.push(...letter.warnings);
  } else {
    meta.sheet = sheetMeta(template, context);
  }
  const titled = template.layout === 'fiche' ? withTitle(blocks, meta.title) : blocks;
  const document: Document = { version: AST_VERSION, meta, blocks: fillSignatures(titled, signature, signatureImage) };
  const typeset = frenchTypography(document);
  return { document: LAYOUTS[template.layout].justify ? hyphenate(typeset) : typeset, warnings };
}

/** Sending mode, references, enclosures and copies of a letter, from the template's front matter. */
function letterExtras(template: DocumentTemplate, context: TemplateContext) {
  const lines = (renders: DocumentTemplate['references']) => renders.map((render) => render(context)).filter((line) => line.trim() !== '');
  const sending = template.sending?.(context).trim();
  const recipient = lines(template.recipient);
  return {
    // A letter to inhabitants names them instead of the mayor's postal address.
    ...(recipient.length > 0 && { recipient }),
    ...(sending && { sending }),
    references: lines(template.references),
    enclosures: lines(template.enclosures),
    copies: lines(template.copies),
  };
}

/**
 * Header and footer of a sheet ("Commune de Sains — Ille-et-Vilaine"; sources and date), and
 * the contact line at the foot of a poster or flyer.
 */
function sheetMeta(template: DocumentTemplate, context: TemplateContext): SheetMeta {
  const { commune } = context;
  const header = `Commune ${commune.de} — ${commune.departement.nom}`;
  if (template.layout === 'fiche') {
    const sources = template.sources?.(context).trim();
    const date = `document du ${longFrenchDate(context.date)}`;
    return { header, footer: sources ? `Sources\u00A0: ${sources} — ${date}` : date };
  }
  return { header, footer: template.footer?.(context).trim() ?? '' };
}

/**
 * A sheet opens on its title (the front matter's `titre`) as its level-1 heading, so that the
 * printed page, the PDF's outline and Word's navigation pane all start with it; a template whose
 * body already opens on a `# …` heading keeps its own.
 */
function withTitle(blocks: Block[], title: string): Block[] {
  const first = blocks[0];
  if ((first?.type === 'heading' && first.level === 1) || title.trim() === '') return blocks;
  return [{ type: 'heading', level: 1, children: [{ type: 'text', value: title }] }, ...blocks];
}

/** The scanned signature named in the profile (`expediteur.signature`), if any. */
function signaturePicture(context: TemplateContext, environment: RenderEnvironment): ImageData | undefined {
  const src = context.expediteur.signature;
  if (!src || !environment.images) return undefined;
  return environment.images(src, { file: environment.profileFile ?? 'profil', field: 'expediteur.signature' });
}

/** `::signature` blocks get the signer's lines and picture (also inside frames). */
function fillSignatures(blocks: Block[], lines: string[], image: ImageData | undefined): Block[] {
  return blocks.map((block): Block => {
    switch (block.type) {
      case 'signature':
        return { type: 'signature', lines: [...lines], ...(image && { image }) };
      case 'box':
        return { ...block, blocks: fillSignatures(block.blocks, lines, image) };
      default:
        return block;
    }
  });
}
