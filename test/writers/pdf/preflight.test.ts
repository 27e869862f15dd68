import { describe, expect, it } from 'vitest';
import { isKitError, type KitError } from '../../../src/diagnostics/index.js';
import { pdfWriter } from '../../../src/writers/pdf/index.js';
import { preflightGlyphs } from '../../../src/writers/preflight.js';
import { readPdf } from '../../helpers/pdf.js';
import { para, sampleLetter, text } from './sample.js';

const FRENCH = ['Œ', 'œ', 'Ÿ', 'ÿ', '’', '«', '»', '–', '—', '…', '€', '\u202f', '\u00a0', 'É', 'À', 'Ç', 'æ', 'Æ'];

function caught(run: () => void): KitError {
  try {
    run();
  } catch (error) {
    if (isKitError(error)) return error;
    throw error;
  }
  throw new Error('expected a KitError');
}

describe('glyph preflight', () => {
  it('accepts every character of French typography', async () => {
    const line = FRENCH.join(' ');
    const document = sampleLetter([para(text(line), { type: 'strong', children: [text(line)] })]);
    document.meta.letter!.subject = line;
    expect(() => preflightGlyphs(document)).not.toThrow();
    const pdf = await readPdf((await pdfWriter.write(document, {})).bytes);
    expect(pdf.text).toContain('Œ œ Ÿ ÿ ’ « » – — … €');
  });

  it('accepts tabs and CR LF line ends, drawn as a space and a line break', async () => {
    const document = sampleLetter([para(text('Heure\tcivique\r\nseconde ligne'))]);
    document.meta.letter!.sender = ['Alex\tMartin'];
    expect(() => preflightGlyphs(document)).not.toThrow();
    const pdf = await readPdf((await pdfWriter.write(document, {})).bytes);
    expect(pdf.text).toContain('Alex Martin');
    expect(pdf.text).toContain('Heure civique\nseconde ligne');
  });

  it('refuses a character the font lacks, naming it, its code point and the field', () => {
    const document = sampleLetter();
    document.meta.letter!.subject = 'Rendez-vous 中 en mairie';
    const error = caught(() => preflightGlyphs(document));
    expect(error.code).toBe('GlyphMissing');
    expect(error.diagnostics).toHaveLength(1);
    const [diagnostic] = error.diagnostics;
    expect(diagnostic!.message).toBe("le caractère « 中 » (U+4E2D) n'existe pas dans la police Source Sans 3.");
    expect(diagnostic!.location).toEqual({ field: 'objet' });
    expect(diagnostic!.actual).toBe('Rendez-vous 中 en mairie');
    expect(diagnostic!.hint).toBe('remplacez ce caractère ou supprimez-le');
  });

  it('reports each distinct missing character once, from the sender, the recipient and the body', () => {
    const document = sampleLetter([para(text('Début. '.repeat(10)), { type: 'emphasis', children: [text('✂ ici ✂')] })]);
    document.meta.letter!.sender[0] = 'Alex 中 Martin';
    document.meta.letter!.recipient[1] = 'Mairie de 中文 😀';
    const error = caught(() => preflightGlyphs(document));
    expect(error.diagnostics.map((d) => [d.message.match(/U\+[0-9A-F]+/)![0], d.location?.field])).toEqual([
      ['U+4E2D', 'expediteur'],
      ['U+6587', 'destinataire'],
      ['U+1F600', 'destinataire'],
      ['U+2702', 'corps'],
    ]);
    const body = error.diagnostics[3]!;
    expect(body.actual!.startsWith('…')).toBe(true);
    expect(body.actual!.length).toBeLessThanOrEqual(45);
  });

  it('names invisible characters by code point only', () => {
    const document = sampleLetter([para(text('cloche\u0007'))]);
    const [diagnostic] = caught(() => preflightGlyphs(document)).diagnostics;
    expect(diagnostic!.message).toBe("le caractère U+0007 n'existe pas dans la police Source Sans 3.");
  });

  it('runs before the PDF writer draws anything', async () => {
    const document = sampleLetter([para(text('Mairie 中'))]);
    await expect(pdfWriter.write(document, {})).rejects.toMatchObject({ code: 'GlyphMissing' });
  });
});
