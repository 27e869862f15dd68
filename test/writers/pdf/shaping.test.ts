import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { loadFont } from '../../../src/writers/fonts.js';
import { pdfWriter } from '../../../src/writers/pdf/index.js';
import { useStableSubsets } from '../../../src/writers/pdf/font-subsets.js';
import type { Doc } from '../../../src/writers/pdf/flow.js';
import { SharedWordCache, shapingCache, shareShaping } from '../../../src/writers/pdf/shaping.js';
import { selectFont } from '../../../src/writers/pdf/style.js';
import { para, sampleLetter, text } from './sample.js';

describe('shared shaping cache', () => {
  it('is shared by the documents of a process', async () => {
    await pdfWriter.write(sampleLetter(), {});
    const before = shapingCache.size('regular');
    expect(before).toBeGreaterThan(50);
    await pdfWriter.write(sampleLetter(), {});
    expect(shapingCache.size('regular')).toBe(before);
    await pdfWriter.write(sampleLetter([para(text('Xylophone zygomatique'))]), {});
    expect(shapingCache.size('regular')).toBeGreaterThan(before);
  });

  it('starts over once it holds more than its bound', () => {
    const cache = new SharedWordCache(10, 2);
    const first = cache.forDocument('bold');
    for (let i = 0; i < 11; i++) first[`mot${i} `] = {};
    expect(cache.forDocument('bold')).toBe(first); // checked every 2 documents
    const next = cache.forDocument('bold');
    expect(next).not.toBe(first);
    expect(cache.size('bold')).toBe(0);
    expect(cache.forDocument('italic')).not.toBe(next);
  });
});

/** The methods of pdfkit's embedded font compared here (not in its typings). */
interface EmbeddedFont {
  layout(text: string, features?: string[], onlyWidth?: boolean): unknown;
  encode(text: string, features?: string[]): unknown;
  widths: number[];
  unicode: number[][];
}

describe('linear layout and encode', () => {
  const texts = ['Madame la Maire, ', 'J’habite la commune\tet je m’intéresse à la capacité', 'œuvre « difficile » — fin.', ' ', '', 'a  b ', 'ﬁn ffi Ñandú ÿ'];
  const embedded = (patched: boolean) => {
    const doc = new PDFDocument({ size: 'A4', font: '' });
    doc.registerFont('r', loadFont('regular') as unknown as Uint8Array);
    doc.font('r');
    const font = (doc as unknown as { _font: EmbeddedFont })._font;
    if (patched) shareShaping(font, 'regular');
    return font;
  };

  it('gives what pdfkit’s own methods give, glyph for glyph', () => {
    const ours = embedded(true);
    const theirs = embedded(false);
    expect(ours.encode).not.toBe(theirs.encode);
    for (const value of texts) {
      expect(ours.layout(value)).toEqual(theirs.layout(value));
      expect(ours.layout(value, undefined, true)).toEqual(theirs.layout(value, undefined, true));
      expect(ours.encode(value)).toEqual(theirs.encode(value));
      expect(ours.encode(value, ['liga'])).toEqual(theirs.encode(value, ['liga']));
    }
    expect(ours.widths).toEqual(theirs.widths);
    expect(ours.unicode).toEqual(theirs.unicode);
  });
});

describe('encoding in a seeded subset (a batch’s letters)', () => {
  const seededFont = () => {
    const doc = new PDFDocument({ size: 'A4', font: '' }) as unknown as Doc;
    doc.registerFont('regular', loadFont('regular') as unknown as Uint8Array);
    useStableSubsets(doc);
    selectFont(doc, 'regular');
    return (doc as unknown as { _font: EmbeddedFont })._font;
  };
  const texts = ['Madame la Maire, ', 'J’habite Venizel et je m’intéresse à la capacité', 'Ñandú ﬁn ffi', 'a\tb  c', '', 'Madame la Maire, ', 'Ñandú encore'];

  it('gives, word after word and letter after letter, what pdfkit’s own encode gives', () => {
    for (let letter = 0; letter < 2; letter++) {
      const ours = seededFont();
      const theirs = seededFont();
      const pdfkitEncode = (Object.getPrototypeOf(theirs) as EmbeddedFont).encode;
      for (const value of texts) expect(ours.encode(value)).toEqual(pdfkitEncode.call(theirs, value));
      expect(ours.widths).toEqual(theirs.widths);
      expect(ours.unicode).toEqual(theirs.unicode);
    }
  });
});
