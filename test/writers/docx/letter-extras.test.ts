import { beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../../../src/document/ast.js';
import { lettre, mmToTwip } from '../../../src/layout/lettre.js';
import { attrsOf, descendants, paragraphs, type DocxParagraph } from '../../helpers/docx.js';
import { openRendered } from './render-v2.js';
import { letterWithExtras, p } from './sample-v2.js';

describe('DOCX writer: the letter’s extras (meta.letter)', () => {
  let doc: Document;
  let body: DocxParagraph[];
  beforeAll(async () => {
    doc = await letterWithExtras();
    body = paragraphs(await openRendered(doc));
  });

  it('puts the return address on one small line at the top of the window zone, the recipient under it', () => {
    const line = body.find((q) => q.style === 'AdresseRetour')!;
    expect(line.text).toBe(doc.meta.letter!.returnAddress);
    expect(line.frame).toMatchObject({
      'w:x': String(mmToTwip(lettre.returnAddress.x)),
      'w:y': String(mmToTwip(lettre.returnAddress.y)),
      'w:hAnchor': 'page',
      'w:vAnchor': 'page',
    });
    // domain.md §3.3: inside the window zone; the recipient frame starts where the line ends.
    expect(Number(line.frame!['w:y'])).toBeGreaterThanOrEqual(mmToTwip(lettre.window.y));
    const recipient = body.find((q) => q.text === 'Madame la Maire')!;
    expect(Number(recipient.frame!['w:y'])).toBe(Number(line.frame!['w:y']) + Number(line.frame!['w:h']));
  });

  it('writes the mode of sending and the references above the subject, the flow starting at bodyTop', () => {
    const flowing = body.filter((q) => !q.frame);
    expect(flowing.slice(0, 3).map((q) => q.text)).toEqual([
      doc.meta.letter!.sending,
      ...doc.meta.letter!.references!,
      `${lettre.subject.label}${doc.meta.letter!.subject}`,
    ]);
    expect(flowing[0]!.spacing?.['w:before']).toBe(String(mmToTwip(lettre.bodyTop - lettre.margins.top)));
  });

  it('draws the scanned signature above the signature lines, then "P. J." and "Copie à" at the margin', () => {
    const flowing = body.filter((q) => !q.frame);
    const signature = flowing.filter((q) => q.style === 'Signature');
    expect(descendants([signature[0]!.node], 'w:drawing')).toHaveLength(1);
    expect(attrsOf(descendants([signature[0]!.node], 'wp:docPr')[0]!)['descr']).toBe('Signature');
    expect(signature.slice(1).map((q) => q.text)).toEqual(doc.meta.letter!.signature);
    expect(flowing.slice(-2).map((q) => q.text)).toEqual([
      'P.\u00A0J.\u00A0: Fiche de synthèse des risques\nListe des signataires',
      'Copie à\u00A0: Monsieur le Préfet d’Ille-et-Vilaine',
    ]);
    expect(flowing.at(-1)!.indent).toBeUndefined();
  });

  it('lets a ::signature block of the body replace the signature at the end', async () => {
    const letter = await letterWithExtras();
    letter.meta.letter!.enclosures = [];
    letter.meta.letter!.copies = [];
    letter.blocks = [p('Madame la Maire,'), { type: 'signature', lines: ['Pour le collectif', 'Alex Martin'] }, p('P.-S. : à bientôt.')];
    const flowing = paragraphs(await openRendered(letter)).filter((q) => !q.frame);
    expect(flowing.filter((q) => q.style === 'Signature').map((q) => q.text)).toEqual(['Pour le collectif', 'Alex Martin']);
    expect(flowing.at(-1)!.text).toBe('P.-S. : à bientôt.');
  });
});
