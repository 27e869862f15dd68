import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pdfWriter } from '../../../src/writers/pdf/index.js';
import { readPdf } from '../../helpers/pdf.js';
import { para, sampleLetter, text } from './sample.js';

/** The embedded font programs of a PDF (FontFile2 streams), inflated. */
function fontPrograms(bytes: Uint8Array): Buffer[] {
  const raw = Buffer.from(bytes).toString('latin1');
  const ids = [...raw.matchAll(/\/FontFile2 (\d+) 0 R/g)].map((m) => m[1]!);
  return ids.map((id) => {
    const start = raw.indexOf('stream\n', raw.indexOf(`\n${id} 0 obj`)) + 'stream\n'.length;
    const end = raw.indexOf('\nendstream', start);
    return inflateSync(Buffer.from(bytes.subarray(start, end)));
  });
}

describe('PDF: stable font subsets (batch letters)', () => {
  const letter = (name: string) => sampleLetter([para(text(`Bonjour ${name}, je vous écris au sujet de la commune.`))]);

  it('gives letters that differ in their names the same font programs, and the same text', async () => {
    const a = await pdfWriter.write(letter('Camille Dupont'), { stableSubsets: true });
    const b = await pdfWriter.write(letter('Zoé Lebœuf'), { stableSubsets: true });
    const programs = fontPrograms(a.bytes);
    expect(programs.length).toBeGreaterThan(0);
    expect(fontPrograms(b.bytes).map((p) => p.toString('hex'))).toEqual(programs.map((p) => p.toString('hex')));
    expect((await readPdf(a.bytes)).text).toContain('Bonjour Camille Dupont, je vous écris');
    expect((await readPdf(b.bytes)).text).toContain('Bonjour Zoé Lebœuf, je vous écris');
    // Without the option, each letter embeds only its own glyphs: smaller, and different.
    const own = [await pdfWriter.write(letter('Camille Dupont'), {}), await pdfWriter.write(letter('Zoé Lebœuf'), {})];
    expect(fontPrograms(own[0]!.bytes)[0]!.length).toBeLessThan(programs[0]!.length);
    expect(fontPrograms(own[1]!.bytes)[0]!.equals(fontPrograms(own[0]!.bytes)[0]!)).toBe(false);
  });

  it('still embeds and maps a glyph outside the French set (appended after it)', async () => {
    const rare = await pdfWriter.write(letter('Jürgen Ørsted ß'), { stableSubsets: true });
    expect((await readPdf(rare.bytes)).text).toContain('Bonjour Jürgen Ørsted ß');
    const usual = await pdfWriter.write(letter('Camille Dupont'), { stableSubsets: true });
    expect(fontPrograms(rare.bytes)[0]!.length).toBeGreaterThan(fontPrograms(usual.bytes)[0]!.length);
  });
});
