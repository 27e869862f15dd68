import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripControls } from '../helpers/strip-controls.js';
import { kitFailure } from '../helpers/failure.js';
import type { Block } from '../../src/document/ast.js';
import { markdownToBlocks } from '../../src/document/from-markdown.js';
import { escapeMarkdown, normalizeLineBreaks } from '../../src/template/escape-markdown.js';

const source = { file: 'test.md', firstLine: 1 };
const read = (markdown: string): Block[] => markdownToBlocks(markdown, source);
const after = { type: 'paragraph', children: [{ type: 'text', value: 'Après' }] };

/** Data as it reaches templates: no control characters, LF line ends, no line break at the edges. */
const data = fc.string({ unit: 'grapheme', maxLength: 60 }).map((raw) => normalizeLineBreaks(stripControls(raw)));
const oneLine = data.filter((value) => !value.includes('\n'));
/** Characters that mean something to the directive syntax, to hit them often. */
const syntax = fc
  .array(fc.constantFrom('"', "'", '}', '{', '\\', '&', '#', ';', '&amp;', '&#34;', '\\"', '=', ':::', '::', ' ', 'a', 'é', '<', '>', '`', '&quot', '\\\\'), { maxLength: 12 })
  .map((pieces) => pieces.join(''));
const values = fc.oneof(oneLine, syntax);

describe('escapeMarkdown inside quoted directive attributes', () => {
  it.each([
    ['a "citation" & co', "l'été", '&amp; &#34; &quot', 'C:\\dossier\\', '\\"} :::', '  espaces  '],
  ])('reads %j back exactly', (...cases) => {
    for (const value of cases) {
      expect(read(`::qr{url="https://x.fr" legende="${escapeMarkdown(value)}"}\n\nAprès`)).toEqual([
        { type: 'qr', url: 'https://x.fr', size: 30, caption: value },
        after,
      ]);
    }
  });

  it('for any string s, legende="{{s}}" and titre=\'{{s}}\' read back as s and never end the directive', () => {
    fc.assert(
      fc.property(values, (value) => {
        fc.pre(value.trim() !== '');
        const escaped = escapeMarkdown(value);
        expect(read(`::qr{url="https://x.fr" legende="${escaped}" taille=20}\n\nAprès`)).toEqual([
          { type: 'qr', url: 'https://x.fr', size: 20, caption: value },
          after,
        ]);
        expect(read(`:::encadre{titre='${escaped}'}\nDedans\n:::\n\nAprès`)).toEqual([
          { type: 'box', title: value, blocks: [{ type: 'paragraph', children: [{ type: 'text', value: 'Dedans' }] }] },
          after,
        ]);
      }),
      { numRuns: 1_000 },
    );
  });

  it('for any path p, url="https://x.fr/{{p}}" reads back exactly', () => {
    const path = fc.string({ unit: fc.constantFrom('a', 'é', '/', '?', '=', '&', '#', '%', '"', "'", '}', '\\', ';', '(', ')', '~', '+'), maxLength: 30 });
    fc.assert(
      fc.property(path, (value) => {
        expect(read(`::qr{url="https://x.fr/${escapeMarkdown(value)}"}`)).toEqual([{ type: 'qr', url: `https://x.fr/${value}`, size: 30 }]);
      }),
      { numRuns: 1_000 },
    );
  });

  it('a value on several lines is refused (a located directive error), never read as other structure', () => {
    fc.assert(
      fc.property(fc.tuple(values, values), ([a, b]) => {
        const value = normalizeLineBreaks(`${a}\n${b}`);
        fc.pre(value.includes('\n'));
        const error = kitFailure(() => read(`Avant\n\n::qr{url="https://x.fr" legende="${escapeMarkdown(value)}"}\n\nAprès`));
        expect(error.code).toBe('TemplateDirective');
        expect(error.diagnostics[0]?.location).toMatchObject({ line: 3 });
      }),
      { numRuns: 300 },
    );
  });

  it('lines {{a}} and {{b}} of :::detachables read back as the lines of a and b', () => {
    fc.assert(
      fc.property(data, data, (a, b) => {
        const lines = `${a}\n${b}`.split('\n').map((line) => line.trim()).filter((line) => line !== '');
        fc.pre(lines.length >= 1 && lines.length <= 4);
        expect(read(`:::detachables{n=6}\n${escapeMarkdown(a)}\n${escapeMarkdown(b)}\n:::\n\nAprès`)).toEqual([{ type: 'tearOffs', count: 6, lines }, after]);
      }),
      { numRuns: 1_000 },
    );
  });
});
