import type { TemplateContext } from '../context/build.js';
import { AST_VERSION, type Document } from '../document/ast.js';
import { markdownToBlocks } from '../document/from-markdown.js';
import { hyphenate } from '../document/hyphenate.js';
import { frenchTypography } from '../document/typography.js';
import type { Diagnostic } from '../diagnostics/index.js';
import type { KitDocument } from '../kits/load.js';
import { buildLetterMeta } from '../letter/meta.js';
import { LAYOUTS } from '../layout/index.js';

/**
 * Context → template → Markdown → Document AST → French typography → hyphenation points, for one
 * document. Pure: the same context gives the same Document. The Markdown keeps data exactly as
 * written; the Document the writers take from here has French typography (template text and data
 * alike, never URLs, addresses, codes nor postal lines), and soft hyphens in its body text when
 * the layout justifies it (hyphenating ragged-right text only adds hyphens).
 */
export function renderDocument(kitDocument: Pick<KitDocument, 'template'>, context: TemplateContext): { document: Document; warnings: Diagnostic[] } {
  const template = kitDocument.template;
  const markdown = template.body(context);
  const blocks = markdownToBlocks(markdown, { file: template.file, firstLine: template.bodyLine });
  const document: Document = {
    version: AST_VERSION,
    meta: { title: template.title(context), lang: 'fr-FR', layout: template.layout },
    blocks,
  };
  const warnings: Diagnostic[] = [];
  if (template.layout === 'lettre') {
    const subject = template.subject ? template.subject(context) : document.meta.title;
    const letter = buildLetterMeta(context, subject, context.date);
    document.meta.letter = letter.meta;
    warnings.push(...letter.warnings);
  }
  const typeset = frenchTypography(document);
  return { document: LAYOUTS[template.layout].justify ? hyphenate(typeset) : typeset, warnings };
}
