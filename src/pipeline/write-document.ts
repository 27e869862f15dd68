import type { Document } from '../document/ast.js';
import { KitError, type Diagnostic } from '../diagnostics/index.js';
import type { Writer, WriteOptions, WriteResult } from '../writers/index.js';

/** Points a writer's diagnostic (which knows no files) at the template the document came from. */
function locate(diagnostic: Diagnostic, file: string): Diagnostic {
  return diagnostic.location?.file ? diagnostic : { ...diagnostic, location: { ...diagnostic.location, file } };
}

/**
 * Writes one document, its warnings and errors located in `templateFile` (a missing glyph, a
 * poster's text too long for its zone), so that the user knows which document to fix.
 */
export async function writeDocument(writer: Writer, document: Document, options: WriteOptions, templateFile: string): Promise<WriteResult & { warnings: Diagnostic[] }> {
  let result: WriteResult;
  try {
    result = await writer.write(document, options);
  } catch (error) {
    if (error instanceof KitError) throw new KitError(error.diagnostics.map((d) => locate(d, templateFile)));
    throw error;
  }
  return { ...result, warnings: (result.warnings ?? []).map((d) => locate(d, templateFile)) };
}
