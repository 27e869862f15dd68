import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../../src/document/ast.js';
import { pdfWriter } from '../../../src/writers/pdf/index.js';
import { PdfFile } from '../../../src/writers/pdf/pdf-objects.js';
import { PdfVolume } from '../../../src/writers/pdf/volume.js';
import { embeddedFonts, readPdf } from '../../helpers/pdf.js';
import { tempDir } from '../../helpers/tmpdir.js';
import { longLetter, para, sampleLetter, text } from './sample.js';

const PAGE_NUMBER = /^\d+\/\d+$/;
const options = { title: 'Publipostage', date: new Date(Date.UTC(2026, 10, 23)), pdfa: false, lang: 'fr-FR' };

const hasQpdf = spawnSync('qpdf', ['--version']).status === 0;
// CI installs qpdf (.ci/run): there, its absence is a failure, not a skip.
const withQpdf = hasQpdf || process.env.CI === 'true' ? it : it.skip;

/** A letter to another mayor: the recipient block names the commune. */
function letterTo(commune: string, base: Document = sampleLetter()): Document {
  const letter = base.meta.letter!;
  return { ...base, meta: { ...base.meta, letter: { ...letter, recipient: ['Madame la Maire', `Mairie de ${commune}`, '1 PLACE DE LA MAIRIE', '35610 SAINS'] } } };
}

/** The letter's own file, as a batch writes it (stable font subsets). */
async function ownFile(document: Document): Promise<Uint8Array> {
  return (await pdfWriter.write(document, { stableSubsets: true, sourceDateEpoch: 0 })).bytes;
}

async function volumeOf(files: Uint8Array[], duplex: boolean) {
  const volume = new PdfVolume({ ...options, duplex });
  const counts = files.map((file) => volume.add(file).pages);
  const { bytes, pages } = await volume.finish();
  return { counts, bytes, pages, pdf: await readPdf(bytes) };
}

/** The decoded content streams of each page, read with the module under test's reader. */
function contents(bytes: Uint8Array): string[] {
  const file = new PdfFile(bytes);
  return file.pageIds().map((id) => {
    const page = file.object(id).value as Map<string, { ref: number }>;
    return inflateSync(file.object(page.get('Contents')!.ref).stream!).toString('latin1');
  });
}

describe('PdfVolume (print file of a batch)', () => {
  const letters = [letterTo('Sains'), letterTo('Vitré', longLetter(40)), letterTo('Dol-de-Bretagne')];

  it('holds each letter’s own pages in order, drawn the same, numbered per letter', async () => {
    const files = await Promise.all(letters.map(ownFile));
    const { counts, pages, pdf, bytes } = await volumeOf(files, false);
    const own = await Promise.all(files.map(readPdf));
    expect(counts).toEqual(own.map((file) => file.pages.length));
    expect(counts[1]).toBeGreaterThanOrEqual(2);
    expect(pages).toBe(counts.reduce((a, b) => a + b, 0));
    expect(pdf.pages).toHaveLength(pages);
    // Every page's drawing is its file's, operator for operator; pdf.js finds the same text at the same places.
    expect(contents(bytes)).toEqual(files.flatMap(contents));
    const ownPages = own.flatMap((file) => file.pages);
    pdf.pages.forEach((page, i) => expect(page.items).toEqual(ownPages[i]!.items));
    // The long letter's pages are numbered 2/N… within the letter, not within the volume.
    const numbers = pdf.pages.flatMap((page) => page.items.filter((item) => PAGE_NUMBER.test(item.str)).map((item) => item.str));
    expect(numbers).toEqual(Array.from({ length: counts[1]! - 1 }, (_, i) => `${i + 2}/${counts[1]}`));
    expect(pdf.pages[0]!.text).toContain('Mairie de Sains');
    expect(pdf.pages[counts[0]!]!.text).toContain('Mairie de Vitré');
    expect(pdf.pages[pages - 1]!.text).toContain('Mairie de Dol-de-Bretagne');
  });

  it('with duplex, starts every letter on an odd page (a blank page after an odd count)', async () => {
    const { counts, pages, pdf } = await volumeOf(await Promise.all(letters.map(ownFile)), true);
    const padded = counts.map((count) => count + (count % 2));
    expect(pages).toBe(padded.reduce((a, b) => a + b, 0));
    let first = 0;
    for (const [i, count] of counts.entries()) {
      expect(first % 2, `lettre ${i + 1}`).toBe(0);
      for (let blank = first + count; blank < first + padded[i]!; blank++) {
        expect(pdf.pages[blank]!.items).toEqual([]);
        expect([pdf.pages[blank]!.widthMm, pdf.pages[blank]!.heightMm]).toEqual([pdf.pages[first]!.widthMm, pdf.pages[first]!.heightMm]);
      }
      first += padded[i]!;
    }
  });

  it('is a print file: not tagged (nor claiming PDF/UA), each face embedded once for letters of the same glyphs', async () => {
    // Three letters of one template (a batch): the same glyphs but for the commune's name.
    const files = await Promise.all(['Sains', 'Vitré', 'Dol-de-Bretagne'].map((commune) => ownFile(letterTo(commune))));
    const { bytes, pdf } = await volumeOf(files, false);
    expect(pdf.info['Title']).toBe('Publipostage');
    expect(pdf.marked).toBe(false);
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).not.toContain('/StructTreeRoot');
    expect(raw).not.toMatch(/\/StructParents?\b/);
    expect(raw).not.toContain('pdfuaid');
    expect(embeddedFonts(bytes).fontFiles).toBe(embeddedFonts(files[0]!).fontFiles);
  });

  it('embeds a second subset only for the letter that uses another glyph, and draws it right', async () => {
    const odd = letterTo('Saint-Martin-de-Ñuñoa');
    const files = await Promise.all([letterTo('Sains'), odd, letterTo('Dol-de-Bretagne')].map(ownFile));
    const { bytes, pdf } = await volumeOf(files, false);
    // The face drawing the recipient's block twice, the others once.
    expect(embeddedFonts(bytes).fontFiles).toBe(embeddedFonts(files[0]!).fontFiles + 1);
    expect(pdf.pages[1]!.text).toContain('Mairie de Saint-Martin-de-Ñuñoa');
    expect(pdf.pages[2]!.text).toContain('Mairie de Dol-de-Bretagne');
  });

  it('keeps a page’s links, without their ties to the letter’s page and structure tree', async () => {
    const linked = sampleLetter([para(text('Voir '), { type: 'link', url: 'https://www.georisques.gouv.fr/', children: [text('Géorisques')] }, text('.'))]);
    const file = await ownFile(linked);
    const { bytes } = await volumeOf([file, file], false);
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw.match(/\/URI \(https:\/\/www\.georisques\.gouv\.fr\/\)/g)).toHaveLength(2);
    expect(raw.match(/\/Annots \[\d+ 0 R\]/g)).toHaveLength(2);
    // The letter's annotation points back to its page (/P), its structure elements to their parents.
    expect(Buffer.from(file).toString('latin1')).toMatch(/\/P \d+ 0 R/);
    expect(raw).not.toMatch(/\/P \d+ 0 R/);
  });

  withQpdf('is a well-formed PDF (qpdf --check), a few kilobytes a letter', async () => {
    const files = await Promise.all(Array.from({ length: 30 }, (_, i) => ownFile(letterTo(`Commune ${i}`))));
    const { bytes } = await volumeOf(files, true);
    const file = path.join(tempDir(), 'volume.pdf');
    writeFileSync(file, bytes);
    const check = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    expect(check.stdout + check.stderr).toContain('No syntax or stream encoding errors found');
    expect(check.status).toBe(0);
    // Fonts once, then each letter's own drawing only.
    expect(bytes.length - files[0]!.length).toBeLessThan(29 * 5 * 1024);
  });

  it('refuses what is not a PDF of this program, naming the problem', () => {
    const volume = new PdfVolume({ ...options, duplex: false });
    expect(() => volume.add(new TextEncoder().encode('%PDF-1.7\nrien\n%%EOF'))).toThrow(/PDF illisible pour le fichier à imprimer : table des références introuvable/);
  });

  it('holds a few kilobytes a page while copying, whatever the layout (a volume of 250 multi-page sheets)', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const file = await ownFile(longLetter(40));
    const volume = new PdfVolume({ ...options, duplex: false });
    volume.add(file);
    const heap = () => (gc(), process.memoryUsage().heapUsed);
    const before = heap();
    let pages = 0;
    for (let i = 0; i < 40; i++) pages += volume.add(file).pages;
    const perPage = (heap() - before) / pages;
    await volume.finish();
    expect(perPage).toBeLessThan(10 * 1024);
  });
});
