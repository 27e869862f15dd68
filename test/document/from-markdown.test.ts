import { describe, expect, it } from 'vitest';
import { KitError } from '../../src/diagnostics/index.js';
import { markdownToBlocks } from '../../src/document/from-markdown.js';

const source = { file: 'kits/test/modele.md', firstLine: 5 };

describe('markdownToBlocks', () => {
  it('maps headings, paragraphs and inline styles', () => {
    expect(markdownToBlocks('# Titre\n\nUn **gras** et *italique* avec [lien](https://exemple.fr).\\\nSuite', source)).toEqual([
      { type: 'heading', level: 1, children: [{ type: 'text', value: 'Titre' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'Un ' },
          { type: 'strong', children: [{ type: 'text', value: 'gras' }] },
          { type: 'text', value: ' et ' },
          { type: 'emphasis', children: [{ type: 'text', value: 'italique' }] },
          { type: 'text', value: ' avec ' },
          { type: 'link', url: 'https://exemple.fr', children: [{ type: 'text', value: 'lien' }] },
          { type: 'text', value: '.' },
          { type: 'break' },
          { type: 'text', value: 'Suite' },
        ],
      },
    ]);
  });

  it('maps nested and ordered lists', () => {
    const [list] = markdownToBlocks('3. trois\n4. quatre\n   - sous-point', source);
    expect(list).toMatchObject({ type: 'list', ordered: true, start: 3 });
    expect(list?.type === 'list' && list.items[1]?.blocks[1]).toMatchObject({ type: 'list', ordered: false });
  });

  it('maps GFM task lists to checklists', () => {
    expect(markdownToBlocks('- [ ] eau\n- [x] radio', source)).toEqual([
      {
        type: 'checklist',
        items: [
          { checked: false, children: [{ type: 'text', value: 'eau' }] },
          { checked: true, children: [{ type: 'text', value: 'radio' }] },
        ],
      },
    ]);
  });

  it('reads text directives back as the text written (a colon in prose)', () => {
    expect(markdownToBlocks('Objet:Résilience, à 14:30, voir:ici[là] et a:b{c=d}', source)).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'Objet:Résilience, à 14:30, voir:ici[là] et a:b{c="d"}' }] },
    ]);
    expect(markdownToBlocks('**Note:important** et :x[*y*]', source)).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'strong', children: [{ type: 'text', value: 'Note:important' }] },
          { type: 'text', value: ' et :x[' },
          { type: 'emphasis', children: [{ type: 'text', value: 'y' }] },
          { type: 'text', value: ']' },
        ],
      },
    ]);
  });

  it.each([
    ['> citation', 'citation', 5],
    ['texte\n\n```\ncode\n```', 'bloc de code', 7],
    ['a\n\n---\n', 'ligne horizontale', 7],
    ['texte\n\n![logo](logo.png)', 'image Markdown', 7],
    ['- | a |\n  |---|\n  | 1 |', 'tableau', 5],
  ])('refuses %j with a located template error', (markdown, what, line) => {
    try {
      markdownToBlocks(markdown, source);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(KitError);
      const kitError = error as KitError;
      expect(kitError.code).toBe('TemplateUnsupported');
      expect(kitError.exitCode).toBe(5);
      expect(kitError.message).toContain(what);
      expect(kitError.diagnostics[0]?.location).toMatchObject({ file: 'kits/test/modele.md', line });
    }
  });
});
