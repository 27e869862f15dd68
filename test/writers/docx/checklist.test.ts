import { beforeAll, describe, expect, it } from 'vitest';
import { loadFont } from '../../../src/writers/fonts.js';
import { docxWriter } from '../../../src/writers/docx/index.js';
import { attrsOf, child, descendants, openDocx, paragraphs, type DocxParagraph } from '../../helpers/docx.js';
import { sampleLetter } from './sample.js';

describe('DOCX writer: checklists as Word check boxes', () => {
  let items: DocxParagraph[];
  beforeAll(async () => {
    const body = paragraphs(openDocx((await docxWriter.write(sampleLetter(), {})).bytes));
    items = body.filter((p) => descendants([p.node], 'w14:checkbox').length > 0);
  });

  it('writes one check box content control per item, ticked as in the AST', () => {
    expect(items.map((p) => p.text)).toEqual([
      '☑\tPlan communal de sauvegarde à jour',
      '☐\tRéserve communale de sécurité civile',
    ]);
    const checked = items.map((p) => attrsOf(child(descendants([p.node], 'w14:checkbox')[0]!, 'w14:checked')!)['w14:val']);
    expect(checked).toEqual(['1', '0']);
  });

  it('draws the boxes with characters Source Sans 3 has', () => {
    const font = loadFont('regular');
    for (const item of items) {
      const box = descendants([item.node], 'w14:checkbox')[0]!;
      for (const state of ['w14:checkedState', 'w14:uncheckedState']) {
        const a = attrsOf(child(box, state)!);
        expect(a['w14:font']).toBe('Source Sans 3');
        expect(font.hasGlyphForCodePoint(parseInt(a['w14:val']!, 16)), a['w14:val']).toBe(true);
      }
    }
  });

  it('hangs the box in the list indent, text after a tab', () => {
    for (const item of items) {
      expect(item.indent?.['w:hanging']).toBeDefined();
      expect(item.indent?.['w:left']).toBe(item.indent?.['w:hanging']);
      expect(item.text[1]).toBe('\t');
    }
  });
});
