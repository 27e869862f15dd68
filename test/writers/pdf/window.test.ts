import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../../src/document/ast.js';
import { pdfWriter } from '../../../src/writers/pdf/index.js';
import { readPdf, type PdfItem } from '../../helpers/pdf.js';
import { sampleLetter } from './sample.js';

/** The part of an A4 sheet seen through a French DL window envelope (domain.md §3.3). */
const WINDOW = { left: 110, right: 190, top: 47, bottom: 79 };

async function recipientItems(document: Document): Promise<PdfItem[]> {
  const [page] = (await readPdf((await pdfWriter.write(document, {})).bytes)).pages;
  return page!.items.filter((item) => document.meta.letter!.recipient.includes(item.str));
}

function expectInWindow(item: PdfItem): void {
  expect(item.xMm, item.str).toBeGreaterThanOrEqual(WINDOW.left - 0.01);
  expect(item.xMm + item.widthMm, item.str).toBeLessThanOrEqual(WINDOW.right);
  expect(item.yTopMm, item.str).toBeGreaterThanOrEqual(WINDOW.top);
  expect(item.yBottomMm, item.str).toBeLessThanOrEqual(WINDOW.bottom);
}

describe('PDF letter: recipient in the envelope window', () => {
  it('draws every recipient line left-aligned at 110 mm, 10 pt on 12 pt, inside the window', async () => {
    const document = sampleLetter();
    const items = await recipientItems(document);
    expect(items.map((item) => item.str)).toEqual(document.meta.letter!.recipient);
    items.forEach(expectInWindow);
    for (const item of items) expect(item.xMm).toBeCloseTo(110, 2);
    expect(items[0]!.yBaselineMm).toBeGreaterThan(49);
    expect(items[0]!.yBaselineMm).toBeLessThan(52);
    expect(items[0]!.fontSizePt).toBeCloseTo(10, 3);
    const leading = (items[1]!.yBaselineMm - items[0]!.yBaselineMm) / (25.4 / 72);
    expect(leading).toBeCloseTo(12, 2);
  });

  it('keeps a six-line block of 38 wide capitals inside the window by scaling it down', async () => {
    const document = sampleLetter([]);
    document.meta.letter!.recipient = [
      'MADAME LA MAIRE DE WWWWWWWWWWWWWWWWWWW',
      'MAIRIE DE MMMMMMMMMMMMMMMMMMMMMMMMMMMM',
      'HOTEL DE VILLE',
      '1 PLACE DE LA MAIRIE',
      'BP 12',
      '01000 SAINT REMY EN BOUZEMONT ST GENE',
      'SEPTIEME LIGNE EN TROP',
      'HUITIEME LIGNE EN TROP',
    ];
    const items = await recipientItems(document);
    expect(items).toHaveLength(8);
    items.forEach(expectInWindow);
  });

  it('drops empty recipient lines (the postal block is compacted)', async () => {
    const document = sampleLetter([]);
    document.meta.letter!.recipient = ['Madame la Maire', '', 'Mairie de Sains', '02120 SAINS RICHAUMONT'];
    const items = await recipientItems(document);
    expect(items).toHaveLength(3);
    expect(items[1]!.yBaselineMm - items[0]!.yBaselineMm).toBeCloseTo(12 * (25.4 / 72), 2);
  });

  it('keeps any block of up to 6 lines of up to 38 characters inside the window (property)', async () => {
    const chars = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 ÉÈÀÇÔŒéèàçôœÿ’\'-,'];
    const line = fc
      .array(fc.constantFrom(...chars), { minLength: 1, maxLength: 38 })
      .map((c) => c.join(''))
      .filter((s) => s.trim() !== '');
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 6 }), async (recipient) => {
        const document = sampleLetter([]);
        document.meta.letter!.recipient = recipient;
        const [page] = (await readPdf((await pdfWriter.write(document, {})).bytes)).pages;
        const inWindow = page!.items.filter((item) => item.yBaselineMm < 85 && item.xMm > 100);
        expect(inWindow.length).toBeGreaterThanOrEqual(recipient.length);
        inWindow.forEach(expectInWindow);
      }),
      { numRuns: 25 },
    );
  });
});
