import { describe, expect, it } from 'vitest';
import { lettre } from '../../../src/layout/index.js';
import { pdfWriter } from '../../../src/writers/pdf/index.js';
import { readPdf } from '../../helpers/pdf.js';
import { longLetter, sampleLetter } from './sample.js';

describe('PDF letter: page bounds', () => {
  it.each([
    ['sample letter', sampleLetter()],
    ['long letter', longLetter(60)],
  ])('draws nothing outside the A4 page (%s)', async (_name, document) => {
    const pdf = await readPdf((await pdfWriter.write(document, {})).bytes);
    for (const [n, page] of pdf.pages.entries()) {
      expect(page.widthMm).toBeCloseTo(210, 1);
      expect(page.heightMm).toBeCloseTo(297, 1);
      expect(page.items.length).toBeGreaterThan(0);
      for (const item of page.items) {
        const where = `page ${n + 1}: ${item.str}`;
        expect(item.xMm, where).toBeGreaterThanOrEqual(0);
        expect(item.xMm + item.widthMm, where).toBeLessThanOrEqual(210);
        expect(item.yTopMm, where).toBeGreaterThanOrEqual(0);
        expect(item.yBottomMm, where).toBeLessThanOrEqual(297);
      }
      for (const path of page.paths) {
        expect(path.xMm).toBeGreaterThanOrEqual(0);
        expect(path.xMm + path.widthMm).toBeLessThanOrEqual(210);
        expect(path.yMm).toBeGreaterThanOrEqual(0);
        expect(path.yMm + path.heightMm).toBeLessThanOrEqual(297);
      }
    }
  });

  it('keeps body text between the margins', async () => {
    const { margins } = lettre;
    const pdf = await readPdf((await pdfWriter.write(longLetter(60), {})).bytes);
    for (const page of pdf.pages) {
      for (const item of page.items.filter((it) => it.str.startsWith('Paragraphe') || it.str.startsWith("l'électricité"))) {
        expect(item.xMm).toBeGreaterThanOrEqual(margins.left - 0.01);
        expect(item.xMm + item.widthMm).toBeLessThanOrEqual(210 - margins.right + 0.01);
        expect(item.yBottomMm).toBeLessThanOrEqual(297 - margins.bottom + 0.01);
      }
    }
  });
});
