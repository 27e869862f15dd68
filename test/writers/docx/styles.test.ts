import { beforeAll, describe, expect, it } from 'vitest';
import { lettre, mmToTwip, ptToTwip } from '../../../src/layout/lettre.js';
import { docxWriter } from '../../../src/writers/docx/index.js';
import { openDocx, paragraphs, prop, styles, type DocxPackage, type StyleInfo } from '../../helpers/docx.js';
import { sampleLetter } from './sample.js';

describe('DOCX writer: named styles', () => {
  let pkg: DocxPackage;
  let all: Map<string, StyleInfo>;
  beforeAll(async () => {
    pkg = openDocx((await docxWriter.write(sampleLetter(), {})).bytes);
    all = styles(pkg);
  });

  it('has the letter’s own paragraph styles, with French names', () => {
    const names = {
      Expediteur: 'Expéditeur',
      Adresse: 'Adresse',
      LieuEtDate: 'Lieu et date',
      Objet: 'Objet',
      Signature: 'Signature',
      NumeroPage: 'Numéro de page',
    };
    for (const [id, name] of Object.entries(names)) {
      expect(all.get(id)?.type, id).toBe('paragraph');
      expect(all.get(id)?.name, id).toBe(name);
    }
  });

  it('uses Word’s built-in heading names, which a French Word shows as « Titre 1 »…', () => {
    for (const level of [1, 2, 3]) expect(all.get(`Heading${level}`)?.name).toBe(`heading ${level}`);
    expect(paragraphs(pkg).find((p) => p.text === 'Nos questions')?.style).toBe('Heading2');
  });

  it('sets Normal to the body size with an exact line height and the paragraph spacing after', () => {
    const normal = all.get('Normal')!;
    expect(prop(normal.rPr, 'w:sz')?.['w:val']).toBe(String(lettre.styles.body.size * 2));
    expect(prop(normal.pPr, 'w:spacing')).toMatchObject({
      'w:line': String(ptToTwip(lettre.styles.body.lineHeight)),
      'w:lineRule': 'exact',
      'w:after': String(mmToTwip(lettre.paragraphSpacing)),
    });
  });

  it('gives every text style its size and exact line height from the layout', () => {
    const expected: Record<string, { size: number; lineHeight: number }> = {
      Heading1: lettre.styles.heading1,
      Heading2: lettre.styles.heading2,
      Heading3: lettre.styles.heading3,
      Expediteur: lettre.styles.address,
      Adresse: lettre.styles.address,
      LieuEtDate: lettre.styles.body,
      Objet: lettre.styles.body,
      Signature: lettre.styles.body,
      NumeroPage: lettre.styles.small,
    };
    for (const [id, style] of Object.entries(expected)) {
      const info = all.get(id)!;
      expect(prop(info.rPr, 'w:sz')?.['w:val'], id).toBe(String(Math.round(style.size * 2)));
      expect(prop(info.pPr, 'w:spacing'), id).toMatchObject({
        'w:line': String(ptToTwip(style.lineHeight)),
        'w:lineRule': 'exact',
      });
    }
  });

  it('makes the subject bold, the headings bold and kept with the next paragraph', () => {
    expect(prop(all.get('Objet')!.rPr, 'w:b')).toBeDefined();
    for (const level of [1, 2, 3]) {
      expect(prop(all.get(`Heading${level}`)!.rPr, 'w:b')).toBeDefined();
      expect(prop(all.get(`Heading${level}`)!.pPr, 'w:keepNext')).toBeDefined();
    }
  });

  it('indents the signature style to signature.x and keeps it with the next line', () => {
    const signature = all.get('Signature')!;
    expect(prop(signature.pPr, 'w:ind')?.['w:left']).toBe(String(mmToTwip(lettre.signature.x - lettre.margins.left)));
    expect(prop(signature.pPr, 'w:keepNext')).toBeDefined();
  });

  it('writes French as the language of the document defaults', () => {
    const defaults = pkg.text('word/styles.xml').match(/<w:rPrDefault>.*?<\/w:rPrDefault>/)?.[0] ?? '';
    expect(defaults).toMatch(/<w:lang [^>]*w:val="fr-FR"/);
  });
});
