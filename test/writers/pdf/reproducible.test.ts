import { describe, expect, it } from 'vitest';
import { pdfWriter } from '../../../src/writers/pdf/index.js';
import { readPdf } from '../../helpers/pdf.js';
import { longLetter, sampleLetter } from './sample.js';

describe('PDF reproducibility', () => {
  it('gives byte-identical files for the same input and sourceDateEpoch', async () => {
    const options = { sourceDateEpoch: 1_790_000_000 };
    const a = await pdfWriter.write(longLetter(30), options);
    await pdfWriter.write(sampleLetter(), {}); // another document in between shares the fonts
    const b = await pdfWriter.write(longLetter(30), options);
    expect(b.pages).toBe(a.pages);
    expect(Buffer.from(b.bytes).equals(Buffer.from(a.bytes))).toBe(true);
  });

  it('dates the file from sourceDateEpoch', async () => {
    const { bytes } = await pdfWriter.write(sampleLetter(), { sourceDateEpoch: 1_790_000_000 });
    const { info } = await readPdf(bytes);
    expect(info.CreationDate).toBe('D:20260921141320Z');
    expect(info.ModDate).toBe('D:20260921141320Z');
  });

  it('gives different files for different dates', async () => {
    const a = await pdfWriter.write(sampleLetter(), { sourceDateEpoch: 0 });
    const b = await pdfWriter.write(sampleLetter(), { sourceDateEpoch: 86_400 });
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(false);
  });
});
