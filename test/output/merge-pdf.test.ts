import { describe, expect, it } from 'vitest';
import { VolumeMerger, type MergeOptions } from '../../src/output/merge-pdf.js';
import { loadWriter } from '../../src/writers/index.js';
import { readPdf } from '../helpers/pdf.js';
import { para, sampleLetter, text } from '../writers/pdf/sample.js';

async function letter(name: string, paragraphs: number): Promise<Uint8Array> {
  const blocks = [para(text(`Lettre de ${name}.`)), ...Array.from({ length: paragraphs }, (_, i) => para(text(`Paragraphe ${i + 1} : ${'texte suivi '.repeat(40)}`)))];
  return (await (await loadWriter('pdf')).write(sampleLetter(blocks), { sourceDateEpoch: 0 })).bytes;
}

/** One print file from `letters`, added in order, as the batch does volume by volume. */
async function mergePdfs(letters: readonly Uint8Array[], options: MergeOptions): Promise<{ bytes: Uint8Array; pages: number }> {
  const merger = await VolumeMerger.create(options);
  for (const bytes of letters) await merger.add(bytes);
  return merger.finish();
}

describe('VolumeMerger', () => {
  it('puts the letters one after the other, in order', async () => {
    const inputs = [await letter('Ana', 1), await letter('Basile', 12), await letter('Chloé', 1)];
    const { bytes, pages } = await mergePdfs(inputs, { duplex: false, date: new Date(0), title: 'Publipostage' });
    const pdf = await readPdf(bytes);
    expect(pages).toBe(4);
    expect(pdf.pages).toHaveLength(4);
    expect(pdf.pages[0]!.text).toContain('Lettre de Ana.');
    expect(pdf.pages[1]!.text).toContain('Lettre de Basile.');
    expect(pdf.pages[3]!.text).toContain('Lettre de Chloé.');
    expect(pdf.info.Title).toBe('Publipostage');
  });

  it('starts each letter on an odd page for duplex printing', async () => {
    const inputs = [await letter('Ana', 1), await letter('Basile', 12), await letter('Chloé', 1)];
    const { bytes, pages } = await mergePdfs(inputs, { duplex: true, date: new Date(0), title: 'Publipostage' });
    const pdf = await readPdf(bytes);
    expect(pages).toBe(6);
    expect(pdf.pages[1]!.text.trim()).toBe('');
    expect(pdf.pages[2]!.text).toContain('Lettre de Basile.');
    expect(pdf.pages[4]!.text).toContain('Lettre de Chloé.');
  });

  it('is reproducible with a fixed date', async () => {
    const inputs = [await letter('Ana', 1)];
    const first = await mergePdfs(inputs, { duplex: false, date: new Date(0), title: 't' });
    const second = await mergePdfs(inputs, { duplex: false, date: new Date(0), title: 't' });
    expect(Buffer.from(first.bytes).equals(Buffer.from(second.bytes))).toBe(true);
  });
});
