import { describe, expect, it } from 'vitest';
import { pdfWriter } from '../../../src/writers/pdf/index.js';
import { readPdf } from '../../helpers/pdf.js';
import { sampleLetter } from './sample.js';

describe('PDF metadata', () => {
  it('is a writer of .pdf files', () => {
    expect(pdfWriter.format).toBe('pdf');
    expect(pdfWriter.extension).toBe('pdf');
  });

  it('declares the title, the creator and the French language, and shows the title', async () => {
    const { bytes } = await pdfWriter.write(sampleLetter(), {});
    const { info } = await readPdf(bytes);
    expect(info.Title).toBe('Demande de rendez-vous');
    expect(info.Creator).toBe('kit-citoyen');
    expect(info.Language).toBe('fr-FR');
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
  });

  it('returns a plain Uint8Array', async () => {
    const { bytes } = await pdfWriter.write(sampleLetter(), {});
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(bytes.length).toBeGreaterThan(1000);
  });
});
