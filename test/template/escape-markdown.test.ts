import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripControls } from '../helpers/strip-controls.js';
import { inlineText } from '../../src/document/ast.js';
import { markdownToBlocks } from '../../src/document/from-markdown.js';
import { escapeMarkdown, normalizeLineBreaks } from '../../src/template/escape-markdown.js';

/** The text of the blocks, with any structure other than text and line breaks made visible. */
function readBack(value: string): string {
  const blocks = markdownToBlocks(escapeMarkdown(value), { file: 'test.md', firstLine: 1 });
  return blocks
    .map((block) => {
      if (block.type !== 'paragraph') return `<${block.type}>`;
      return block.children.map((inline) => (inline.type === 'text' || inline.type === 'break' ? inlineText([inline]) : `<${inline.type}>`)).join('');
    })
    .join('\n\n');
}

describe('escapeMarkdown', () => {
  it.each([
    ['*Dupont*', '*Dupont*'],
    ["L'Haÿ-les-Roses & Co", "L'Haÿ-les-Roses & Co"],
    ['# Titre', '# Titre'],
    ['- élément', '- élément'],
    ['1. premier', '1. premier'],
    ['[lien](https://exemple.fr)', '[lien](https://exemple.fr)'],
    ['<b>gras</b> &amp; &#65;', '<b>gras</b> &amp; &#65;'],
    ['    code indenté', '    code indenté'],
    ['www.exemple.fr et alex@exemple.fr', 'www.exemple.fr et alex@exemple.fr'],
    ['ligne 1\nligne 2', 'ligne 1\nligne 2'],
    ['a\n\nb', 'a\n\nb'],
    ['- [ ] case', '- [ ] case'],
    ['::qr{url="x"} :::encadre', '::qr{url="x"} :::encadre'],
    ['{{maire.nom}}', '{{maire.nom}}'],
    ['trailing  ', 'trailing  '],
  ])('reads %j back as literal text', (input, expected) => {
    expect(readBack(input)).toBe(expected);
  });

  it('never lets any string create structure: a paragraph {{s}} reads back as s', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (raw) => {
        // Control characters are removed at ingestion (profile, CSV); strings reach templates without them.
        const value = normalizeLineBreaks(stripControls(raw));
        expect(readBack(value)).toBe(value);
      }),
      { numRuns: 400 },
    );
  });

  it('escapes every ASCII punctuation character', () => {
    const punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
    expect(readBack(punctuation)).toBe(punctuation);
  });
});
