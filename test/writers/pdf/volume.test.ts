import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../../src/document/ast.js';
import { pdfWriter } from '../../../src/writers/pdf/index.js';
import { PdfVolume } from '../../../src/writers/pdf/volume.js';
import { embeddedFonts, readPdf } from '../../helpers/pdf.js';
import { longLetter, sampleLetter } from './sample.js';

const PAGE_NUMBER = /^\d+\/\d+$/;
const options = { title: 'Publipostage', date: new Date(Date.UTC(2026, 10, 23)), pdfa: false };

/** A letter to another mayor: the recipient block names the commune. */
function letterTo(commune: string, base: Document = sampleLetter()): Document {
  const letter = base.meta.letter!;
  return { ...base, meta: { ...base.meta, letter: { ...letter, recipient: ['Madame la Maire', `Mairie de ${commune}`, '1 PLACE DE LA MAIRIE', '35610 SAINS'] } } };
}

async function volumeOf(documents: Document[], duplex: boolean) {
  const volume = new PdfVolume({ ...options, duplex });
  const counts = documents.map((document) => volume.add(document).pages);
  const { bytes, pages } = await volume.finish();
  return { counts, bytes, pages, pdf: await readPdf(bytes) };
}

describe('PdfVolume (print file of a batch)', () => {
  const letters = [letterTo('Sains'), letterTo('Vitré', longLetter(40)), letterTo('Dol-de-Bretagne')];

  it('holds each letter’s pages in order, as its own file draws them, numbered per letter', async () => {
    const { counts, pages, pdf } = await volumeOf(letters, false);
    const own = await Promise.all(letters.map(async (letter) => readPdf((await pdfWriter.write(letter, {})).bytes)));
    expect(counts).toEqual(own.map((file) => file.pages.length));
    expect(counts[1]).toBeGreaterThanOrEqual(2);
    expect(pages).toBe(counts.reduce((a, b) => a + b, 0));
    expect(pdf.pages).toHaveLength(pages);
    const ownPages = own.flatMap((file) => file.pages);
    // The same text at the same places (pdf.js cuts text items at tagged content boundaries,
    // which the untagged print file has not: compare the text, and where each line starts).
    const squeeze = (text: string) => text.replace(/\s+/g, '');
    const lineStarts = (page: (typeof ownPages)[number]) => [...new Set(page.items.map((item) => `${item.yTopMm.toFixed(1)}`))].sort();
    pdf.pages.forEach((page, i) => {
      expect(squeeze(page.text)).toBe(squeeze(ownPages[i]!.text));
      expect(lineStarts(page)).toEqual(lineStarts(ownPages[i]!));
    });
    // The long letter's pages are numbered 2/N… within the letter, not within the volume.
    const numbers = pdf.pages.flatMap((page) => page.items.filter((item) => PAGE_NUMBER.test(item.str)).map((item) => item.str));
    expect(numbers).toEqual(Array.from({ length: counts[1]! - 1 }, (_, i) => `${i + 2}/${counts[1]}`));
    expect(pdf.pages[0]!.text).toContain('Mairie de Sains');
    expect(pdf.pages[counts[0]!]!.text).toContain('Mairie de Vitré');
    expect(pdf.pages[pages - 1]!.text).toContain('Mairie de Dol-de-Bretagne');
  });

  it('with duplex, starts every letter on an odd page (a blank page after an odd count)', async () => {
    const { counts, pages, pdf } = await volumeOf(letters, true);
    const padded = counts.map((count) => count + (count % 2));
    expect(pages).toBe(padded.reduce((a, b) => a + b, 0));
    let first = 0;
    for (const [i, count] of counts.entries()) {
      expect(first % 2, `lettre ${i + 1}`).toBe(0);
      for (let blank = first + count; blank < first + padded[i]!; blank++) expect(pdf.pages[blank]!.items).toEqual([]);
      first += padded[i]!;
    }
  });

  it('is a print file: not tagged (nor claiming PDF/UA), each face embedded once', async () => {
    const { bytes, pdf } = await volumeOf(letters, false);
    expect(pdf.info['Title']).toBe('Publipostage');
    expect(pdf.marked).toBe(false);
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).not.toContain('/StructTreeRoot');
    expect(raw).not.toContain('pdfuaid');
    const single = embeddedFonts((await pdfWriter.write(letters[0]!, {})).bytes);
    expect(embeddedFonts(bytes).fontFiles).toBe(single.fontFiles);
  });

  it('holds a few kilobytes a page while drawing, whatever the layout (a volume of 250 multi-page sheets)', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const volume = new PdfVolume({ ...options, duplex: false });
    volume.add(longLetter(40));
    const heap = () => (gc(), process.memoryUsage().heapUsed);
    const before = heap();
    let pages = 0;
    for (let i = 0; i < 40; i++) pages += volume.add(longLetter(40)).pages;
    const perPage = (heap() - before) / pages;
    await volume.finish();
    // Tagged, pdfkit kept 17 kB a letter page and 75 kB a sheet page until the end.
    expect(perPage).toBeLessThan(10 * 1024);
  });
});
