import { beforeAll, describe, expect, it } from 'vitest';
import { lettre, mmToTwip } from '../../../src/layout/lettre.js';
import { docxWriter } from '../../../src/writers/docx/index.js';
import { numbering, openDocx, paragraphs, type DocxPackage, type DocxParagraph } from '../../helpers/docx.js';
import { sampleLetter } from './sample.js';

describe('DOCX writer: lists as Word numbering', () => {
  let pkg: DocxPackage;
  let body: DocxParagraph[];
  beforeAll(async () => {
    pkg = openDocx((await docxWriter.write(sampleLetter(), {})).bytes);
    body = paragraphs(pkg);
  });

  const find = (text: string) => body.find((p) => p.text.startsWith(text));

  it('numbers bullet items with a bullet definition, and nests a list one level down', () => {
    const nums = numbering(pkg);
    const outer = find('Le DICRIM')!;
    const inner = find('en mairie')!;
    expect(outer.numbering?.level).toBe(0);
    expect(inner.numbering?.level).toBe(1);
    expect(find('Quand aura lieu')!.numbering).toEqual(outer.numbering);
    expect(find('sur le site')!.numbering).toEqual(inner.numbering);
    const outerLevels = nums.get(outer.numbering!.numId)!.levels;
    expect(outerLevels[0]).toMatchObject({ format: 'bullet', text: '•' });
    expect(nums.get(inner.numbering!.numId)!.levels[1]).toMatchObject({ format: 'bullet', text: '•' });
  });

  it('indents each level by listIndent, with the bullet hanging', () => {
    const levels = numbering(pkg).get(find('Le DICRIM')!.numbering!.numId)!.levels;
    const step = mmToTwip(lettre.listIndent);
    expect(levels[0]?.indent).toMatchObject({ 'w:left': String(step), 'w:hanging': String(step) });
    expect(levels[1]?.indent).toMatchObject({ 'w:left': String(2 * step), 'w:hanging': String(step) });
  });

  it('numbers an ordered list in decimal from its start', () => {
    const first = find('Recenser')!;
    const second = find('Former')!;
    expect(first.numbering?.numId).toBe(second.numbering?.numId);
    expect(first.numbering?.level).toBe(0);
    const num = numbering(pkg).get(first.numbering!.numId)!;
    expect(num.levels[0]).toMatchObject({ format: 'decimal', text: '%1.' });
    expect(num.startOverride ?? num.levels[0]!.start).toBe(3);
  });

  it('gives each list its own numbering instance, so each counts on its own', async () => {
    const doc = sampleLetter();
    const ordered = doc.blocks.find((b) => b.type === 'list' && b.ordered)!;
    doc.blocks.push({ type: 'paragraph', children: [{ type: 'text', value: 'Entre deux' }] }, ordered);
    const again = paragraphs(openDocx((await docxWriter.write(doc, {})).bytes)).filter((p) => p.text === 'Recenser les personnes vulnérables');
    expect(again).toHaveLength(2);
    expect(again[0]!.numbering!.numId).not.toBe(again[1]!.numbering!.numId);
  });

  it('keeps items close and puts the paragraph spacing after the whole list', () => {
    const items = ['Le DICRIM', 'en mairie', 'sur le site'].map((t) => find(t)!);
    for (const item of items) expect(item.spacing?.['w:after']).toBeUndefined();
    expect(find('Quand aura lieu')!.spacing?.['w:after']).toBe(String(mmToTwip(lettre.paragraphSpacing)));
    expect(find('Former')!.spacing?.['w:after']).toBe(String(mmToTwip(lettre.paragraphSpacing)));
    expect(items.every((item) => item.style === 'ListParagraph')).toBe(true);
  });

  it('gives an item that starts with a nested list an empty numbered paragraph', async () => {
    const doc = sampleLetter();
    doc.blocks = [
      {
        type: 'list',
        ordered: false,
        start: 1,
        items: [{ blocks: [{ type: 'list', ordered: false, start: 1, items: [{ blocks: [{ type: 'paragraph', children: [{ type: 'text', value: 'dedans' }] }] }] }] }],
      },
    ];
    const list = paragraphs(openDocx((await docxWriter.write(doc, {})).bytes)).filter((p) => p.numbering);
    expect(list.map((p) => [p.text, p.numbering!.level])).toEqual([
      ['', 0],
      ['dedans', 1],
    ]);
  });
});
