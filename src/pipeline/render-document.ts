import type { TemplateContext } from '../context/build.js';
import { AST_VERSION, type Document } from '../document/ast.js';
import { markdownToBlocks } from '../document/from-markdown.js';
import type { Diagnostic } from '../diagnostics/index.js';
import type { KitDocument } from '../kits/load.js';
import { buildLetterMeta } from '../letter/meta.js';

/**
 * Context → template → Markdown → Document AST, for one document. Pure: the same context gives
 * the same Document. Writers take it from here.
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
  return { document, warnings };
}
