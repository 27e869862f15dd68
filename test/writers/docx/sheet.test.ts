import { beforeAll, describe, expect, it } from 'vitest';
import { fiche } from '../../../src/layout/fiche.js';
import { mmToTwip } from '../../../src/layout/lettre.js';
import { fieldInstructions, paragraphs, prop, sectionProperties, styles, type DocxPackage, type SectionProperties } from '../../helpers/docx.js';
import { openRendered } from './render-v2.js';
import { longTable, p, sheet } from './sample-v2.js';

describe('DOCX writer: the fiche layout', () => {
  let pkg: DocxPackage;
  let section: SectionProperties;
  beforeAll(async () => {
    pkg = await openRendered(sheet([p('Texte de la fiche.'), longTable(5)]));
    section = sectionProperties(pkg);
  });

  it('is A4 with the margins of layout/fiche.ts', () => {
    expect(section.pageSize).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    const { top, right, bottom, left } = fiche.margins;
    expect(section.margins).toMatchObject({
      'w:top': String(mmToTwip(top)),
      'w:right': String(mmToTwip(right)),
      'w:bottom': String(mmToTwip(bottom)),
      'w:left': String(mmToTwip(left)),
    });
  });

  it('repeats the commune’s header, ruled under, on every page', () => {
    expect(section.titlePage).toBe(false);
    const header = paragraphs(pkg, section.headers.default!);
    expect(header.map((q) => q.text)).toEqual(['Commune de Sains (35)']);
    expect(header[0]!.style).toBe('EnTete');
    expect(pkg.text(section.headers.default!)).toMatch(/<w:pBdr><w:bottom w:val="single"/);
  });

  it('repeats the footer: sources on the left, "page X/Y" on the right with PAGE and NUMPAGES fields', () => {
    const part = section.footers.default!;
    expect(fieldInstructions(pkg, part)).toEqual(['PAGE', 'NUMPAGES']);
    const [footer] = paragraphs(pkg, part);
    expect(footer!.style).toBe('PiedDePage');
    expect(footer!.text).toBe('Sources\u00A0: Géorisques — 1er décembre 2026\tpage /');
    expect(pkg.text(part)).toMatch(/<w:tab w:val="right" w:pos="\d+"\/>/);
  });

  it('justifies the body and lets the word processor hyphenate (French)', () => {
    expect(pkg.text('word/settings.xml')).toMatch(/<w:autoHyphenation\/>|<w:autoHyphenation w:val="(true|1|on)"\/>/);
    const normal = styles(pkg).get('Normal')!;
    expect(prop(normal.pPr, 'w:jc')?.['w:val']).toBe('both');
    expect(prop(normal.rPr, 'w:sz')?.['w:val']).toBe(String(fiche.styles.body.size * 2));
  });

  it('does not hyphenate a letter (ragged right)', async () => {
    const { sampleLetter } = await import('./sample.js');
    const letter = await openRendered(sampleLetter());
    expect(letter.text('word/settings.xml')).not.toContain('autoHyphenation');
  });
});
