import { describe, expect, it } from 'vitest';
import { KitError } from '../../src/diagnostics/index.js';
import type { Inline } from '../../src/document/ast.js';
import { markdownToBlocks } from '../../src/document/from-markdown.js';
import { escapeMarkdown } from '../../src/template/escape-markdown.js';

const source = { file: 'kits/test/modele.md', firstLine: 4 };
const text = (value: string): Inline => ({ type: 'text', value });

describe('GFM tables', () => {
  it('reads the header, the rows and the alignment (none → left)', () => {
    const markdown = '| Risque | Niveau | Source |\n|:--|:-:|--:|\n| Inondation | fort | PPRI |\n| Radon | 3 | IRSN |';
    expect(markdownToBlocks(markdown, source)).toEqual([
      {
        type: 'table',
        align: ['left', 'center', 'right'],
        header: [[text('Risque')], [text('Niveau')], [text('Source')]],
        rows: [
          [[text('Inondation')], [text('fort')], [text('PPRI')]],
          [[text('Radon')], [text('3')], [text('IRSN')]],
        ],
      },
    ]);
    const [table] = markdownToBlocks('| a | b |\n|---|---|\n| 1 | 2 |', source);
    expect(table).toMatchObject({ type: 'table', align: ['left', 'left'] });
  });

  it('keeps inline formatting and links in cells', () => {
    const [table] = markdownToBlocks('| Qui | Où |\n|---|---|\n| **Mairie** et *CCAS* | [site](https://exemple.fr) |', source);
    expect(table).toMatchObject({
      rows: [
        [
          [{ type: 'strong', children: [text('Mairie')] }, text(' et '), { type: 'emphasis', children: [text('CCAS')] }],
          [{ type: 'link', url: 'https://exemple.fr', children: [text('site')] }],
        ],
      ],
    });
  });

  it('pads short rows with empty cells and drops extra ones', () => {
    const [table] = markdownToBlocks('| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |', source);
    expect(table).toMatchObject({ rows: [[[text('1')], []], [[text('1')], [text('2')]]] });
  });

  it('keeps data with pipes in one cell', () => {
    const [table] = markdownToBlocks(`| Nom |\n|---|\n| ${escapeMarkdown('a | b\\c')} |`, source);
    expect(table).toMatchObject({ rows: [[[text('a | b\\c')]]] });
  });

  it('refuses a line break inside a cell (data on several lines), located at its row', () => {
    const markdown = `| Nom | Tél |\n|---|---|\n| ${escapeMarkdown('Alex\n| x | y |')} | 06 |`;
    try {
      markdownToBlocks(markdown, source);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(KitError);
      const kitError = error as KitError;
      expect(kitError.code).toBe('TemplateUnsupported');
      expect(kitError.message).toContain('cellule');
      expect(kitError.diagnostics[0]?.location).toMatchObject({ file: 'kits/test/modele.md', line: 6 });
    }
  });
});
