import { describe, expect, it } from 'vitest';
import { pdfWriter } from '../../../src/writers/pdf/index.js';
import { embeddedFonts, readPdf } from '../../helpers/pdf.js';
import { para, sampleLetter, text } from './sample.js';

describe('PDF fonts', () => {
  it('embeds Source Sans 3 as TrueType subsets', async () => {
    const { bytes } = await pdfWriter.write(sampleLetter(), {});
    const { subsets, fontFiles } = embeddedFonts(bytes);
    expect(subsets.length).toBeGreaterThanOrEqual(3);
    for (const name of subsets) expect(name).toMatch(/^[A-Z]{6}\+SourceSans3-/);
    expect(fontFiles).toBe(subsets.length);
  });

  it('maps strong, emphasis and both to the bold, italic and bold italic faces', async () => {
    const document = sampleLetter([
      para(
        text('normal '),
        { type: 'strong', children: [text('gras')] },
        text(' puis '),
        { type: 'emphasis', children: [text('italique')] },
        text(' et '),
        { type: 'strong', children: [{ type: 'emphasis', children: [text('les deux')] }] },
      ),
    ]);
    const [page] = (await readPdf((await pdfWriter.write(document, {})).bytes)).pages;
    const fontOf = (str: string): string => page!.items.find((item) => item.str.trim() === str)!.fontName;
    expect(fontOf('normal')).toMatch(/\+SourceSans3-Regular$/);
    expect(fontOf('gras')).toMatch(/\+SourceSans3-Bold$/);
    expect(fontOf('italique')).toMatch(/\+SourceSans3-Italic$/);
    expect(fontOf('les deux')).toMatch(/\+SourceSans3-BoldItalic$/);
    expect(embeddedFonts((await pdfWriter.write(document, {})).bytes).subsets).toHaveLength(4);
  });
});
