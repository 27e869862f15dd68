import { describe, expect, it } from 'vitest';
import { AST_VERSION, type Document } from '../../../src/document/ast.js';
import { lettre } from '../../../src/layout/index.js';
import { pdfWriter } from '../../../src/writers/pdf/index.js';
import { readPdf } from '../../helpers/pdf.js';
import { para, text } from './sample.js';

describe('PDF without letter fields', () => {
  it('flows the blocks from the top margin, with no letter furniture', async () => {
    const document: Document = {
      version: AST_VERSION,
      meta: { title: 'Note', lang: 'fr-FR', layout: 'lettre' },
      blocks: [para(text('Une note sans destinataire.'))],
    };
    const result = await pdfWriter.write(document, {});
    const [page] = (await readPdf(result.bytes)).pages;
    expect(result.pages).toBe(1);
    expect(page!.items.map((it) => it.str)).toEqual(['Une note sans destinataire.']);
    expect(page!.items[0]!.yTopMm).toBeCloseTo(lettre.margins.top, 1);
    expect(page!.items[0]!.xMm).toBeCloseTo(lettre.margins.left, 1);
    expect(page!.paths).toEqual([]);
  });

  it('refuses a document of another AST version', async () => {
    const document = { version: 1, meta: { title: 'x', lang: 'fr-FR', layout: 'lettre' }, blocks: [] };
    await expect(pdfWriter.write(document as unknown as Document, {})).rejects.toThrow(/version `1`/);
  });
});
