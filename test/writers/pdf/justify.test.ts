import { describe, expect, it } from 'vitest';
import type { Inline } from '../../../src/document/ast.js';
import { pdfWriter } from '../../../src/writers/pdf/index.js';
import { readPdf } from '../../helpers/pdf.js';
import { documentOf } from './layout-samples.js';
import { para, text } from './sample.js';

const strong = (value: string): Inline => ({ type: 'strong', children: [text(value)] });
/** Long enough to wrap: only the lines before a paragraph's last are justified. */
const REST = 'un son montant et descendant, trois cycles d’une minute quarante et une secondes séparés par cinq secondes de silence, puis le signal de fin.';

describe('justified text (fiche)', () => {
  it('keeps the space between a bold run and the text after it, ordinary or no-break', async () => {
    const document = documentOf('fiche', [
      para(strong('Alerte'), text(` ${REST}`)),
      para(strong('Signal national d’alerte'), text(`\u00A0: ${REST}`)),
      para(text('Avant'), strong(' gras'), text(` ${REST}`)),
      para(text('Les '), strong('deux'), text(`  ${REST}`)),
    ]);
    const pdf = await readPdf((await pdfWriter.write(document, {})).bytes);
    const body = pdf.text.replace(/[\s\u00A0]+/g, ' ');
    expect(body).toContain('Alerte un son montant');
    expect(body).toContain('Signal national d’alerte : un son montant');
    expect(body).toContain('Avant gras un son montant');
    expect(body).toContain('Les deux un son montant');
    // Justified: the first line of each paragraph ends at the right margin.
    const first = pdf.pages[0]!.items.find((item) => item.str.includes('un son montant'))!;
    const line = pdf.pages[0]!.items.filter((item) => Math.abs(item.yBaselineMm - first.yBaselineMm) < 0.1);
    expect(Math.max(...line.map((item) => item.xMm + item.widthMm))).toBeGreaterThan(185);
  });
});
