import { describe, expect, it } from 'vitest';
import { lettre } from '../../../src/layout/index.js';
import { pdfWriter } from '../../../src/writers/pdf/index.js';
import { readPdf, type PdfPath } from '../../helpers/pdf.js';
import { longLetter } from './sample.js';

const isFoldMark = (path: PdfPath): boolean =>
  path.heightMm < 0.01 && path.xMm < lettre.margins.left && path.widthMm > 0;

describe('PDF letter: fold marks', () => {
  it('draws short marks at 99 and 198 mm in the left margin of page 1 only', async () => {
    const pdf = await readPdf((await pdfWriter.write(longLetter(), {})).bytes);
    const marks = pdf.pages[0]!.paths.filter(isFoldMark);
    expect(marks.map((mark) => Math.round(mark.yMm * 10) / 10)).toEqual([99, 198]);
    expect(lettre.foldMarks.ys).toEqual([99, 198]);
    for (const mark of marks) {
      expect(mark.xMm).toBeCloseTo(lettre.foldMarks.x, 2);
      expect(mark.widthMm).toBeCloseTo(lettre.foldMarks.length, 2);
    }
    for (const page of pdf.pages.slice(1)) expect(page.paths.filter(isFoldMark)).toEqual([]);
  });
});
