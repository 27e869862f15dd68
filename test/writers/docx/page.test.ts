import { beforeAll, describe, expect, it } from 'vitest';
import { lettre, mmToTwip } from '../../../src/layout/lettre.js';
import { docxWriter } from '../../../src/writers/docx/index.js';
import { fieldInstructions, openDocx, paragraphs, sectionProperties, type DocxPackage, type SectionProperties } from '../../helpers/docx.js';
import { sampleLetter } from './sample.js';

describe('DOCX writer: page geometry, page numbers and fold marks', () => {
  let pkg: DocxPackage;
  let section: SectionProperties;
  beforeAll(async () => {
    pkg = openDocx((await docxWriter.write(sampleLetter(), {})).bytes);
    section = sectionProperties(pkg);
  });

  it('is A4 portrait with the margins of the lettre layout', () => {
    expect(section.pageSize['w:w']).toBe('11906');
    expect(section.pageSize['w:h']).toBe('16838');
    expect(section.pageSize['w:orient'] ?? 'portrait').toBe('portrait');
    const { top, right, bottom, left } = lettre.margins;
    expect(section.margins).toMatchObject({
      'w:top': String(mmToTwip(top)),
      'w:right': String(mmToTwip(right)),
      'w:bottom': String(mmToTwip(bottom)),
      'w:left': String(mmToTwip(left)),
    });
  });

  it('numbers pages "n/total" from page 2 on: a PAGE/NUMPAGES footer and an empty first-page one', () => {
    expect(section.titlePage).toBe(true);
    const main = section.footers.default!;
    const first = section.footers.first!;
    expect(main).toBeDefined();
    expect(first).toBeDefined();
    expect(fieldInstructions(pkg, main)).toEqual(['PAGE', 'NUMPAGES']);
    expect(paragraphs(pkg, main).map((p) => p.text)).toEqual(['/']);
    expect(paragraphs(pkg, main)[0]?.style).toBe('NumeroPage');
    expect(fieldInstructions(pkg, first)).toEqual([]);
    expect(paragraphs(pkg, first).map((p) => p.text.trim())).toEqual(['']);
  });

  it('puts the page number near its baseline: the footer distance is under the bottom margin', () => {
    const footer = Number(section.margins['w:footer']);
    const fromBaseline = mmToTwip(lettre.page.height - lettre.pageNumber.baseline);
    expect(footer).toBeLessThanOrEqual(fromBaseline);
    expect(footer).toBeGreaterThan(fromBaseline - mmToTwip(2));
  });

  it('draws fold marks at 99 and 198 mm on page 1 only (first-page header)', () => {
    expect(section.headers.default).toBeUndefined();
    const header = section.headers.first!;
    expect(header).toBeDefined();
    const marks = paragraphs(pkg, header).filter((p) => p.frame);
    expect(marks.map((p) => Number(p.frame!['w:y']))).toEqual(lettre.foldMarks.ys.map(mmToTwip));
    for (const mark of marks) {
      expect(mark.frame).toMatchObject({
        'w:x': String(mmToTwip(lettre.foldMarks.x)),
        'w:w': String(mmToTwip(lettre.foldMarks.length)),
        'w:hAnchor': 'page',
        'w:vAnchor': 'page',
      });
      expect(mark.borderTop?.['w:val']).toBe('single');
      expect(mark.borderTop?.['w:color']).toBe(lettre.colors.marks.slice(1).toUpperCase());
    }
  });
});
