import { describe, expect, it } from 'vitest';
import { pdfWriter } from '../../../src/writers/pdf/index.js';
import { mappedCodePoints, readPdf } from '../../helpers/pdf.js';
import { para, sampleLetter, text } from './sample.js';

const WORD = 'anti\u00adcons\u00adti\u00adtu\u00adtion\u00adnel\u00adle\u00adment';

describe('soft hyphens', () => {
  it('draws no soft hyphen inside a line, even after a hyphen has been drawn', async () => {
    await pdfWriter.write(sampleLetter([para(text('rendez-vous, demi-heure'))]), {});
    const document = sampleLetter([para(text('rendez-vous'), text(' puis une infor\u00admation importante.'))]);
    const pdf = await readPdf((await pdfWriter.write(document, {})).bytes);
    expect(pdf.text).toContain('rendez-vous puis une information importante.');
    expect(pdf.text).not.toContain('\u00ad');
  });

  it('breaks long words at their soft hyphens, with a visible hyphen at the end of the line', async () => {
    const { bytes } = await pdfWriter.write(sampleLetter([para(text(Array(40).fill(WORD).join(' ')))]), {});
    const pdf = await readPdf(bytes);
    const lines = pdf.pages[0]!.items.filter((item) => item.str.includes('anti') || item.str.includes('ment'));
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.some((line) => line.str.endsWith('-'))).toBe(true);
    const joined = lines.map((line) => line.str.replace(/-$/, '')).join(' ').replace(/ +/g, ' ');
    const words = joined.split(' ').join('');
    expect(words).toBe('anticonstitutionnellement'.repeat(40));
    for (const line of lines) expect(line.xMm + line.widthMm).toBeLessThanOrEqual(190.01);
    expect(mappedCodePoints(bytes).has(0xad)).toBe(false);
  });
});
