import { describe, expect, it } from 'vitest';
import { lettre } from '../../../src/layout/index.js';
import { pdfWriter } from '../../../src/writers/pdf/index.js';
import { findItems, readPdf } from '../../helpers/pdf.js';
import { para, sampleLetter, text } from './sample.js';

describe('letter extras', () => {
  it('prints the return address, sending and references above the subject, P. J. and copies after the signature', async () => {
    const document = sampleLetter();
    document.meta.letter = {
      ...document.meta.letter!,
      returnAddress: 'Alex Martin, 12 rue des Lilas',
      sending: 'Lettre recommandée avec avis de réception',
      references: ['N/Réf. : AM/42'],
      enclosures: ['liste du kit'],
      copies: ['Préfecture'],
    };
    const pdf = await readPdf((await pdfWriter.write(document, {})).bytes);
    const first = pdf.pages[0]!;
    const back = findItems(first, 'Alex Martin, 12 rue des Lilas')[0]!;
    expect(back.xMm).toBeCloseTo(lettre.returnAddress.x, 1);
    // domain.md §3.3: the line stays inside the window zone, and the recipient block starts below it.
    expect(back.yTopMm).toBeGreaterThanOrEqual(lettre.window.y);
    const recipient = findItems(first, 'Madame la Maire')[0]!;
    expect(back.yBottomMm).toBeLessThanOrEqual(recipient.yTopMm);
    expect(recipient.yTopMm).toBeGreaterThanOrEqual(lettre.window.y + lettre.returnAddress.height);
    const subject = findItems(first, 'Objet')[0]!;
    expect(findItems(first, 'Lettre recommandée')[0]!.yTopMm).toBeCloseTo(lettre.bodyTop, 0);
    expect(findItems(first, 'AM/42')[0]!.yTopMm).toBeLessThan(subject.yTopMm);
    const text = pdf.text.replace(/\s+/g, ' ');
    expect(text).toMatch(/Présidente du Collectif Œuilly Résilience.*P\. J\. : liste du kit.*Copie à : Préfecture/);
  });

  it('draws no signature at the end when the body places one', async () => {
    const document = sampleLetter([para(text('Madame la Maire,')), { type: 'signature', lines: ['Signé ici'] }, para(text('Post-scriptum.'))]);
    const pdf = await readPdf((await pdfWriter.write(document, {})).bytes);
    expect(pdf.text).toContain('Signé ici');
    expect(pdf.text).not.toContain('Présidente du Collectif');
    expect(findItems(pdf.pages[0]!, 'Signé ici')[0]!.xMm).toBeCloseTo(lettre.signature.x, 1);
  });
});
