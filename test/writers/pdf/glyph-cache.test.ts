import { describe, expect, it } from 'vitest';
import { AST_VERSION, type Document } from '../../../src/document/ast.js';
import { pdfWriter } from '../../../src/writers/pdf/index.js';
import { readPdf } from '../../helpers/pdf.js';
import { para, sampleLetter, text } from './sample.js';

/** A document with nothing but `value`: no letter fields that would shape other letters first. */
const bare = (value: string): Document => ({
  version: AST_VERSION,
  meta: { title: 'Essai', lang: 'fr-FR', layout: 'lettre' },
  blocks: [para(text(value))],
});

// The order of these tests matters: each test file runs in a fresh process, and the first test
// must be the first to shape "y", "E"… in it.
describe('fonts shared by the documents of a process', () => {
  it('extracts "y" and "E" after documents with "ÿ" and "É" (composite glyphs)', async () => {
    // Finishing a PDF with "ÿ" used to create its component "y" without a Unicode value, and
    // every later "y" of the process then copied as garbage.
    await pdfWriter.write(bare('Haÿ, École'), {});
    const pdf = await readPdf((await pdfWriter.write(bare('Aÿ-Champagne, Œuilly, Yvelines, Eure'), {})).bytes);
    expect(pdf.text).toContain('Aÿ-Champagne, Œuilly, Yvelines, Eure');
  });

  it('gives the same bytes for a document written first or after others', async () => {
    const options = { sourceDateEpoch: 1_790_000_000 };
    const document = sampleLetter([para(text('Lyon, Yvelines : y, é, à, î, ô, ù, ç, æ, ﬁ.'))]);
    const first = await pdfWriter.write(document, options);
    for (const value of ['ÉÈÊËÀÂÎÏÔÛÙÜŸÇŒÆ', 'fi ffl', 'rendez-vous\u00a0!']) {
      await pdfWriter.write(bare(value), options);
    }
    const again = await pdfWriter.write(document, options);
    expect(Buffer.from(again.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });
});
