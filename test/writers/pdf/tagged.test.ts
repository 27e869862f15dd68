import { describe, expect, it } from 'vitest';
import { pdfWriter } from '../../../src/writers/pdf/index.js';
import { readPdf, type StructNode } from '../../helpers/pdf.js';
import { longLetter, sampleLetter } from './sample.js';

const shape = (node: StructNode): string =>
  node.children.length === 0 ? node.role : `${node.role}(${node.children.map(shape).join(' ')})`;

describe('tagged PDF', () => {
  it('tags the letter in reading order: paragraphs, lists with labels and bodies', async () => {
    const pdf = await readPdf((await pdfWriter.write(sampleLetter(), {})).bytes);
    expect(pdf.marked).toBe(true);
    const root = pdf.pages[0]!.structure!;
    expect(root.children.map((node) => node.role)).toEqual(['Document']);
    const blocks = root.children[0]!.children.map(shape);
    expect(blocks).toEqual([
      'P', // sender
      'P', // recipient
      'P', // place and date
      'P', // subject
      'P', // Madame la Maire,
      'P',
      'L(LI(Lbl LBody(P)) LI(Lbl LBody(P L(LI(Lbl LBody(P)) LI(Lbl LBody(P))))))',
      'L(LI(Lbl LBody(P)) LI(Lbl LBody(P)))',
      'P',
      'P',
      'P', // signature
    ]);
  });

  it('keeps the structure on continuation pages and leaves page numbers out of it', async () => {
    const pdf = await readPdf((await pdfWriter.write(longLetter(40), {})).bytes);
    expect(pdf.pages.length).toBeGreaterThan(1);
    for (const page of pdf.pages) {
      expect(page.structure!.children.map((node) => node.role)).toEqual(['Document']);
      expect(page.structure!.children[0]!.children.length).toBeGreaterThan(0);
    }
  });

  it('tags headings by level', async () => {
    const document = sampleLetter([
      { type: 'heading', level: 2, children: [{ type: 'text', value: 'Nos demandes' }] },
    ]);
    const pdf = await readPdf((await pdfWriter.write(document, {})).bytes);
    expect(pdf.pages[0]!.structure!.children[0]!.children.map((node) => node.role)).toContain('H2');
  });
});
