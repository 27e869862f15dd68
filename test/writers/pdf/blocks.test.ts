import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/document/ast.js';
import { pdfWriter } from '../../../src/writers/pdf/index.js';
import { lettre } from '../../../src/layout/index.js';
import { readPdf } from '../../helpers/pdf.js';
import { para, sampleLetter, text } from './sample.js';

const PT = 25.4 / 72;
const LEFT = lettre.margins.left;

describe('PDF blocks', () => {
  it('draws list items with bullets and numbers in the indent, nested lists indented again', async () => {
    const [page] = (await readPdf((await pdfWriter.write(sampleLetter(), {})).bytes)).pages;
    const item = (str: string) => page!.items.find((it) => it.str === str)!;
    const first = item('Le DICRIM est-il à jour et consultable en mairie ?');
    expect(first.xMm).toBeCloseTo(LEFT + lettre.listIndent, 2);
    const bullets = page!.items.filter((it) => it.str === '•');
    expect(bullets).toHaveLength(2);
    expect(bullets[0]!.xMm).toBeCloseTo(LEFT, 2);
    expect(bullets[0]!.yBaselineMm).toBeCloseTo(first.yBaselineMm, 3);
    const nested = item('un annuaire opérationnel');
    expect(nested.xMm).toBeCloseTo(22 + 2 * lettre.listIndent, 2);
    const one = item('1.');
    expect(one.yBaselineMm).toBeCloseTo(nested.yBaselineMm, 3);
    expect(one.xMm).toBeGreaterThanOrEqual(LEFT + lettre.listIndent - 0.01);
    expect(one.xMm + one.widthMm).toBeLessThan(nested.xMm - 1);
    expect(item('2.').yBaselineMm).toBeCloseTo(item('des exercices réguliers').yBaselineMm, 3);
  });

  it('numbers an ordered list from its start, numbers right-aligned before the text', async () => {
    const list: Block = {
      type: 'list',
      ordered: true,
      start: 9,
      items: [{ blocks: [para(text('neuf'))] }, { blocks: [para(text('dix'))] }],
    };
    const [page] = (await readPdf((await pdfWriter.write(sampleLetter([list]), {})).bytes)).pages;
    const item = (str: string) => page!.items.find((it) => it.str === str)!;
    const [nine, ten] = [item('9.'), item('10.')];
    expect(nine.xMm + nine.widthMm).toBeCloseTo(ten.xMm + ten.widthMm, 2);
    expect(item('neuf').xMm).toBeCloseTo(LEFT + lettre.listIndent, 2);
    expect(item('dix').xMm).toBeCloseTo(LEFT + lettre.listIndent, 2);
  });

  it('gives an empty list item its own line', async () => {
    const list: Block = {
      type: 'list',
      ordered: true,
      start: 1,
      items: [{ blocks: [] }, { blocks: [para(text('deux'))] }],
    };
    const [page] = (await readPdf((await pdfWriter.write(sampleLetter([list]), {})).bytes)).pages;
    const [one, two] = ['1.', '2.'].map((str) => page!.items.find((it) => it.str === str)!);
    expect(two!.yBaselineMm - one!.yBaselineMm).toBeGreaterThan(lettre.styles.body.lineHeight * PT - 0.01);
  });

  it('draws checklist boxes as vector squares on the first line, text indented', async () => {
    const [page] = (await readPdf((await pdfWriter.write(sampleLetter(), {})).bytes)).pages;
    const texts = ['Réunion publique sur les risques', 'Distribution de la liste du kit 72 h'];
    const items = texts.map((str) => page!.items.find((it) => it.str === str)!);
    const side = lettre.checkbox;
    const boxes = page!.paths.filter((p) => Math.abs(p.widthMm - side) < 0.05 && Math.abs(p.heightMm - side) < 0.05);
    expect(boxes).toHaveLength(2);
    boxes.forEach((box, i) => {
      const item = items[i]!;
      expect(item.xMm).toBeCloseTo(LEFT + lettre.listIndent, 2);
      expect(box.xMm).toBeCloseTo(LEFT, 2);
      expect(box.yMm).toBeLessThan(item.yBaselineMm);
      expect(box.yMm + box.heightMm).toBeGreaterThan(item.yBaselineMm - 1);
      expect(box.yMm + box.heightMm).toBeLessThan(item.yBaselineMm + 1);
    });
    // The ticked item has one more path (the tick) inside its box.
    const ticks = page!.paths.filter(
      (p) => p.widthMm < side && p.heightMm < side && p.xMm > boxes[1]!.xMm && p.yMm > boxes[1]!.yMm && p.yMm < boxes[1]!.yMm + side,
    );
    expect(ticks).toHaveLength(1);
    expect(page!.text).not.toMatch(/[☐☑✓]/);
  });

  it('draws headings bold at their size, and separates paragraphs by the paragraph spacing', async () => {
    const document = sampleLetter([
      { type: 'heading', level: 1, children: [text('Titre principal')] },
      para(text('Premier paragraphe.')),
      para(text('Second paragraphe.')),
    ]);
    const [page] = (await readPdf((await pdfWriter.write(document, {})).bytes)).pages;
    const heading = page!.items.find((it) => it.str === 'Titre principal')!;
    expect(heading.fontName).toMatch(/SourceSans3-Bold$/);
    expect(heading.fontSizePt).toBeCloseTo(lettre.styles.heading1.size, 3);
    const a = page!.items.find((it) => it.str === 'Premier paragraphe.')!;
    const b = page!.items.find((it) => it.str === 'Second paragraphe.')!;
    const expected = lettre.styles.body.lineHeight * PT + lettre.paragraphSpacing;
    expect(b.yBaselineMm - a.yBaselineMm).toBeCloseTo(expected, 2);
  });

  it('refuses a node it does not know', async () => {
    const document = sampleLetter([{ type: 'video' } as unknown as Block]);
    await expect(pdfWriter.write(document, {})).rejects.toThrow('Cannot handle unknown node `video`');
  });
});
