import { describe, expect, it } from 'vitest';
import { lettre } from '../../../src/layout/index.js';
import { pdfWriter } from '../../../src/writers/pdf/index.js';
import { readPdf } from '../../helpers/pdf.js';
import { longLetter, sampleLetter } from './sample.js';

const PAGE_NUMBER = /^\d+\/\d+$/;

describe('PDF letter: pages', () => {
  it('flows a long body onto continuation pages numbered "2/N" from page 2 on', async () => {
    const result = await pdfWriter.write(longLetter(60), {});
    const pdf = await readPdf(result.bytes);
    const count = pdf.pages.length;
    expect(count).toBeGreaterThanOrEqual(3);
    expect(result.pages).toBe(count);
    expect(pdf.pages[0]!.items.filter((item) => PAGE_NUMBER.test(item.str))).toEqual([]);
    pdf.pages.slice(1).forEach((page, i) => {
      const numbers = page.items.filter((item) => PAGE_NUMBER.test(item.str));
      expect(numbers.map((item) => item.str)).toEqual([`${i + 2}/${count}`]);
      const number = numbers[0]!;
      expect(number.yBaselineMm).toBeCloseTo(lettre.pageNumber.baseline, 1);
      expect(number.xMm + number.widthMm / 2).toBeCloseTo(105, 0);
      expect(number.fontSizePt).toBeCloseTo(lettre.styles.small.size, 3);
    });
  });

  it('starts continuation pages at the top margin and keeps every paragraph in order', async () => {
    const pdf = await readPdf((await pdfWriter.write(longLetter(60), {})).bytes);
    const page2 = pdf.pages[1]!;
    const first = page2.items.reduce((top, item) => (item.yTopMm < top.yTopMm ? item : top));
    expect(first.yTopMm).toBeCloseTo(lettre.margins.top, 1);
    const numbers = [...pdf.text.matchAll(/Paragraphe (\d+)\./g)].map((m) => Number(m[1]));
    expect(numbers).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
  });

  it('keeps the signature block together, after the body', async () => {
    let moved = 0;
    for (let paragraphs = 20; paragraphs <= 34; paragraphs++) {
      const pdf = await readPdf((await pdfWriter.write(longLetter(paragraphs), {})).bytes);
      const pagesWith = (needle: string): number[] =>
        pdf.pages.flatMap((page, i) => (page.items.some((item) => item.str === needle) ? [i] : []));
      const name = pagesWith('Alex Martin').filter((i) => i > 0);
      const quality = pagesWith('Présidente du Collectif Œuilly Résilience');
      expect(quality).toHaveLength(1);
      const signaturePage = quality[0]!;
      expect(signaturePage).toBe(pdf.pages.length - 1);
      if (signaturePage > 0) expect(name).toEqual([signaturePage]);
      const page = pdf.pages[signaturePage]!;
      const top = page.items.find((item) => item.str === 'Alex Martin' && item.xMm > lettre.margins.left)!;
      const last = page.items.filter((item) => item.str.includes('écoutez la radio.')).pop();
      if (last) expect(top.yTopMm).toBeGreaterThan(last.yBottomMm + 9);
      // The body filled the previous page: the whole block was moved to the top of this one.
      if (!last) {
        expect(top.yTopMm).toBeCloseTo(lettre.margins.top, 1);
        moved++;
      }
    }
    expect(moved).toBeGreaterThan(0);
  });

  it('writes a short letter on a single page without a page number', async () => {
    const result = await pdfWriter.write(sampleLetter(), {});
    const pdf = await readPdf(result.bytes);
    expect(result.pages).toBe(1);
    expect(pdf.text).not.toMatch(/\b1\/1\b/);
  });
});
