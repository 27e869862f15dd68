import { beforeAll, describe, expect, it } from 'vitest';
import { lettre, mmToTwip } from '../../../src/layout/lettre.js';
import { docxWriter } from '../../../src/writers/docx/index.js';
import { openDocx, paragraphs, type DocxParagraph } from '../../helpers/docx.js';
import { sampleLetter } from './sample.js';

function framedWith(list: DocxParagraph[], style: string): DocxParagraph[] {
  return list.filter((p) => p.style === style);
}

describe('DOCX writer: page-anchored frames of the letter', () => {
  const letter = sampleLetter();
  let body: DocxParagraph[];
  beforeAll(async () => {
    body = paragraphs(openDocx((await docxWriter.write(letter, {})).bytes));
  });

  it('puts the recipient block in the envelope window: x = 110 mm, y = 47 mm from the page', () => {
    const recipient = framedWith(body, 'Adresse');
    expect(recipient.map((p) => p.text)).toEqual(letter.meta.letter!.recipient);
    for (const p of recipient) {
      expect(p.frame).toMatchObject({
        'w:x': String(mmToTwip(110)),
        'w:y': String(mmToTwip(47)),
        'w:w': String(mmToTwip(lettre.window.width)),
        'w:hAnchor': 'page',
        'w:vAnchor': 'page',
      });
    }
    expect(mmToTwip(110)).toBe(6236);
    expect(mmToTwip(47)).toBe(2665);
  });

  it('puts the sender top left and the place and date under the window', () => {
    const sender = framedWith(body, 'Expediteur');
    expect(sender).toHaveLength(letter.meta.letter!.sender.length);
    for (const p of sender) {
      expect(p.frame).toMatchObject({ 'w:x': String(mmToTwip(lettre.sender.x)), 'w:y': String(mmToTwip(lettre.sender.y)), 'w:hAnchor': 'page', 'w:vAnchor': 'page' });
    }
    const [placeDate] = framedWith(body, 'LieuEtDate');
    expect(placeDate?.text).toBe(letter.meta.letter!.placeDate);
    expect(placeDate?.frame).toMatchObject({ 'w:x': String(mmToTwip(lettre.placeDate.x)), 'w:y': String(mmToTwip(lettre.placeDate.y)), 'w:hAnchor': 'page', 'w:vAnchor': 'page' });
  });

  it('starts the flowing body at bodyTop, with nothing else framed', () => {
    const flowing = body.filter((p) => !p.frame);
    expect(flowing[0]?.style).toBe('Objet');
    expect(flowing[0]?.spacing?.['w:before']).toBe(String(mmToTwip(lettre.bodyTop - lettre.margins.top)));
    expect(body.filter((p) => p.frame)).toHaveLength(
      letter.meta.letter!.sender.length + letter.meta.letter!.recipient.length + 1,
    );
  });

  it('moves the space before to the first body paragraph when there is no subject', async () => {
    const doc = sampleLetter();
    doc.meta.letter!.subject = '';
    const flowing = paragraphs(openDocx((await docxWriter.write(doc, {})).bytes)).filter((p) => !p.frame);
    expect(flowing.some((p) => p.style === 'Objet')).toBe(false);
    expect(flowing[0]?.text).toBe('Madame la Maire,');
    expect(flowing[0]?.spacing?.['w:before']).toBe(String(mmToTwip(lettre.bodyTop - lettre.margins.top)));
  });

  it('drops empty recipient lines (NF Z10-011) but keeps the window', async () => {
    const doc = sampleLetter();
    doc.meta.letter!.recipient = ['Madame la Maire', '', 'Hôtel de ville\n94240 L’HAŸ-LES-ROSES'];
    const recipient = framedWith(paragraphs(openDocx((await docxWriter.write(doc, {})).bytes)), 'Adresse');
    expect(recipient.map((p) => p.text)).toEqual(['Madame la Maire', 'Hôtel de ville', '94240 L’HAŸ-LES-ROSES']);
    expect(recipient.every((p) => p.frame?.['w:y'] === String(mmToTwip(lettre.window.y)))).toBe(true);
  });

  it('indents the signature to signature.x after signature.spaceBefore, kept together', () => {
    const signature = body.filter((p) => p.style === 'Signature');
    expect(signature.map((p) => p.text)).toEqual(letter.meta.letter!.signature);
    expect(signature[0]?.spacing?.['w:before']).toBe(String(mmToTwip(lettre.signature.spaceBefore)));
    expect(signature.at(-1)?.keepNext).toBe(false);
    expect(body.at(-1)?.style).toBe('Signature');
  });
});
