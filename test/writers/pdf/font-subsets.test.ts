import { deflateSync, inflateSync } from 'node:zlib';
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

/** The dictionary and raw (deflated) data of each stream object `key` points to (FontFile2, ToUnicode). */
function streams(bytes: Uint8Array, key: string): { dictionary: string; data: Buffer }[] {
  const raw = Buffer.from(bytes).toString('latin1');
  const ids = [...raw.matchAll(new RegExp(`/${key} (\\d+) 0 R`, 'g'))].map((m) => m[1]!);
  return ids.map((id) => {
    const object = raw.indexOf(`\n${id} 0 obj`);
    const start = raw.indexOf('stream\n', object) + 'stream\n'.length;
    const dictionary = raw.slice(raw.indexOf('<<', object), raw.indexOf('>>', object) + 2);
    return { dictionary, data: Buffer.from(bytes.subarray(start, raw.indexOf('\nendstream', start))) };
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

  it('embeds a repeated subset deflated once, with the bytes pdfkit itself would write', async () => {
    const letters = [];
    for (const name of ['Camille Dupont', 'Zoé Lebœuf', 'Camille Dupont']) letters.push((await pdfWriter.write(letter(name), { stableSubsets: true, sourceDateEpoch: 0 })).bytes);
    // The same letter again (its font from the cache) is the same file.
    expect(Buffer.from(letters[2]!).equals(Buffer.from(letters[0]!))).toBe(true);
    const plain = (await pdfWriter.write(letter('Camille Dupont'), { sourceDateEpoch: 0 })).bytes;
    for (const key of ['FontFile2', 'ToUnicode']) {
      const cached = streams(letters[1]!, key);
      expect(cached.length, key).toBeGreaterThan(0);
      for (const stream of cached) {
        // zlib's default deflate of the data, as pdfkit compresses a stream…
        expect(deflateSync(inflateSync(stream.data)).equals(stream.data), key).toBe(true);
        expect(stream.dictionary).toContain(`/Length ${stream.data.length}`);
      }
      // …and the dictionary keys in pdfkit's order (a letter without stable subsets is pdfkit's own).
      const shape = (dictionary: string) => dictionary.replace(/\d+/g, 'n');
      expect(cached.map((stream) => shape(stream.dictionary))).toEqual(streams(plain, key).map((stream) => shape(stream.dictionary)));
    }
  });
});
