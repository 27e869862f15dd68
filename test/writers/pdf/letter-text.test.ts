import { describe, expect, it } from 'vitest';
import { lettre } from '../../../src/layout/index.js';
import { pdfWriter } from '../../../src/writers/pdf/index.js';
import { mappedCodePoints, readPdf } from '../../helpers/pdf.js';
import { para, sampleLetter, text } from './sample.js';

describe('PDF letter: text', () => {
  it('writes the recipient, subject, date, body and signature, French characters intact', async () => {
    const result = await pdfWriter.write(sampleLetter(), {});
    const pdf = await readPdf(result.bytes);
    expect(result.pages).toBe(1);
    expect(pdf.pages).toHaveLength(1);
    // pdf.js extracts no-break spaces (U+00A0, U+202F) as plain spaces.
    const text = pdf.text;
    const expectText = (value: string): void => expect(text).toContain(value.replace(/[\u00a0\u202f]/g, ' '));
    for (const line of sampleLetter().meta.letter!.recipient) expect(text).toContain(line);
    expectText('Objet\u00a0: Demande de rendez-vous – DICRIM et plan communal de sauvegarde');
    expect(text).toContain("L'Haÿ-les-Roses, le 1er décembre 2026");
    expect(text).toContain('Collectif Œuilly Résilience');
    expectText('«\u00a0DICRIM\u00a0»');
    expectText('environ 50\u00a0€ par foyer\u202f!');
    expect(text).toContain('d’information');
    expect(text).toContain('en cœur de journée');
    expect(text).toContain('Présidente du Collectif Œuilly Résilience');
  });

  it('copies ligatures (ff, fi, fl) as their letters, even after other documents', async () => {
    await pdfWriter.write(sampleLetter(), {});
    const words = 'diffusion officielle affluence fiable';
    const pdf = await readPdf((await pdfWriter.write(sampleLetter([para(text(words))]), {})).bytes);
    expect(pdf.text).toContain(words);
    expect(pdf.text).not.toMatch(/[\uFB00-\uFB06]/);
  });

  it('draws the narrow no-break space U+202F with its own glyph', async () => {
    const mapped = mappedCodePoints((await pdfWriter.write(sampleLetter(), {})).bytes);
    for (const char of '\u202f«»’œŒ€–') expect(mapped.has(char.codePointAt(0)!), char).toBe(true);
    expect(mapped.has(0x4e2d)).toBe(false);
  });

  it('copies the spaces of the bold "Objet\u00a0: …" line as plain spaces', async () => {
    // U+00A0 shares the space glyph: the glyph must stay mapped to U+0020 in the bold face.
    const { bytes } = await pdfWriter.write(sampleLetter([]), {});
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toMatch(/SourceSans3-Bold/);
    const pdf = await readPdf(bytes);
    expect(pdf.text).toContain('Objet : Demande de rendez-vous');
    expect(mappedCodePoints(bytes).has(0xa0)).toBe(false);
  });

  it('places the blocks in reading order: sender, recipient, date, subject, body, signature', async () => {
    const pdf = await readPdf((await pdfWriter.write(sampleLetter(), {})).bytes);
    const order = ['Alex Martin', 'Madame la Maire', 'le 1er décembre', 'Objet', 'Habitante', 'Je vous prie', 'Présidente'];
    const at = order.map((needle) => pdf.text.indexOf(needle));
    expect(at.every((index) => index >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('puts the date under the window and the subject at the top of the body', async () => {
    const [page] = (await readPdf((await pdfWriter.write(sampleLetter(), {})).bytes)).pages;
    const date = page!.items.find((item) => item.str.includes('décembre 2026'))!;
    const zone = lettre.placeDate;
    expect(date.xMm).toBeCloseTo(zone.x, 1);
    expect(date.yTopMm).toBeGreaterThanOrEqual(zone.y - 0.01);
    expect(date.yBottomMm).toBeLessThanOrEqual(zone.y + zone.height);
    // Below the part of the sheet that can show through the envelope window (y ≤ 79 mm).
    expect(date.yTopMm).toBeGreaterThan(79);
    const subject = page!.items.find((item) => item.str.startsWith('Objet'))!;
    expect(subject.xMm).toBeCloseTo(lettre.margins.left, 1);
    expect(subject.yTopMm).toBeCloseTo(lettre.bodyTop, 1);
    expect(subject.fontName).toMatch(/SourceSans3-Bold$/);
    const signature = page!.items.find((item) => item.str.startsWith('Présidente'))!;
    expect(signature.xMm).toBeCloseTo(lettre.signature.x, 1);
  });
});
