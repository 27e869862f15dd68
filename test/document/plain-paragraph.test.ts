import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBlocks } from '../../src/document/from-markdown.js';
import { plainParagraph } from '../../src/document/plain-paragraph.js';

const source = { file: 'essai.md', firstLine: 1 };
const parsed = (markdown: string) => readBlocks(markdown, source);

describe('plainParagraph (a paragraph of plain prose, read without the parser)', () => {
  it('reads a letter’s opening sentence, its line breaks and its colons as the parser does', () => {
    for (const markdown of [
      'J’habite Venizel et je m’intéresse à la capacité de notre commune à traverser une crise : inondation ou tempête.\n',
      'Madame la Maire,\n',
      'Une ligne\net la suivante, en particulier sur trois points :\n\n',
      '« Citation » (entre parenthèses), 14 h 30 : fin.',
    ]) {
      expect(plainParagraph(markdown), markdown).toEqual(parsed(markdown));
    }
  });

  it.each([
    ['emphasis', 'Un mot en *gras*.'],
    ['a link', 'Voir [le site](https://exemple.fr).'],
    ['an escape', 'Un \\* seul.'],
    ['an entity', 'Trois &amp; quatre.'],
    ['HTML', 'Un <b>mot</b>.'],
    ['a text directive', 'Objet:Résilience.'],
    ['a hard break', 'Ligne  \nsuite.'],
    ['a heading', '# Titre'],
    ['a list', '- un'],
    ['an ordered list', '1. un'],
    ['indented code', '    code'],
    ['a second paragraph', 'Un.\n\nDeux.'],
    ['a setext heading', 'Titre\n====='],
    ['a table row', 'a | b'],
    ['a tab', 'a\tb'],
    ['a carriage return', 'a\r\nb'],
  ])('leaves %s to the parser', (_name, markdown) => {
    expect(plainParagraph(markdown)).toBeUndefined();
  });

  // Random text over characters that matter and characters that do not: whenever a text is taken
  // as plain prose, the parser reads it the same.
  const character = fc.constantFrom(...'aeÉéz ’\'"«»().,;:!?-–0123456789\u00a0\u202f\n*_[]<>&\\`#|{}~\t=+'.split(''));
  it('gives what the parser gives, whenever it takes a text', () => {
    fc.assert(
      fc.property(fc.array(character, { maxLength: 40 }).map((chars) => chars.join('')), (markdown) => {
        const plain = plainParagraph(markdown);
        if (plain) expect(plain).toEqual(parsed(markdown));
      }),
      { numRuns: 5000 },
    );
  });

  // Prose lines (so that the fast path is taken often, not only by chance).
  const word = fc.oneof(fc.stringMatching(/^[A-Za-zÀ-ÿŒœ’'()«»,.;!?0-9\u00a0\u202f-]{1,12}$/), fc.constant(':'), fc.constant('crise\u00a0:'));
  const proseLine = fc.tuple(fc.constantFrom('A', 'é', 'L', '«', '(', 'Z'), fc.array(word, { maxLength: 8 })).map(([first, words]) => [first, ...words].join(' '));
  it('takes prose, and reads it as the parser does', () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.array(proseLine, { minLength: 1, maxLength: 4 }), fc.constantFrom('', '\n', '\n\n', ' \n'), (lines, end) => {
        const markdown = lines.join('\n') + end;
        const plain = plainParagraph(markdown);
        if (plain) {
          taken++;
          expect(plain).toEqual(parsed(markdown));
        }
      }),
      { numRuns: 3000 },
    );
    expect(taken).toBeGreaterThan(1000);
  });
});
