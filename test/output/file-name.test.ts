import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collisionKey, MAX_GRAPHEMES, safeBaseName, safeFileName, uniqueFileNames } from '../../src/output/file-name.js';

const graphemes = (value: string) => [...new Intl.Segmenter('fr', { granularity: 'grapheme' }).segment(value)].length;

describe('safe file names (reliability B4)', () => {
  it.each([
    ['Mme Dupont / Martin: lettre?', 'Mme Dupont Martin lettre.pdf'],
    ['..', 'lettre-7.pdf'],
    ['CON', 'lettre-7.pdf'],
    ['con.pdf', 'lettre-7.pdf'],
    ['nul.txt', 'lettre-7.pdf'],
    ['COM¹', 'lettre-7.pdf'],
    ['LPT9', 'lettre-7.pdf'],
    ['Console', 'Console.pdf'],
    ['fin. ', 'fin.pdf'],
    ['  ', 'lettre-7.pdf'],
    ["L'Haÿ-les-Roses", "L'Haÿ-les-Roses.pdf"],
    ['E\u0301lodie', '\u00C9lodie.pdf'],
    ['tab\there\nnew', 'tab here new.pdf'],
  ])('%j → %j', (input, expected) => {
    expect(safeFileName(input, 'pdf', 'lettre-7')).toBe(expected);
  });

  it('truncates a long name by graphemes and keeps the extension', () => {
    const name = safeFileName('é'.repeat(300), 'pdf', 'x');
    expect(name.endsWith('.pdf')).toBe(true);
    expect(graphemes(name)).toBe(MAX_GRAPHEMES + 4);
  });

  it('property: never empty, never reserved, bounded, idempotent, extension kept', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 150 }), (value) => {
        const base = safeBaseName(value, 'lettre-1');
        expect(base.length).toBeGreaterThan(0);
        expect(graphemes(base)).toBeLessThanOrEqual(MAX_GRAPHEMES);
        expect(base).not.toMatch(/[<>:"/\\|?*]|[. ]$/);
        expect(base).not.toMatch(/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i);
        expect(safeBaseName(base, 'lettre-1')).toBe(base);
        expect(safeFileName(value, 'docx', 'lettre-1').endsWith('.docx')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('unique names in one folder', () => {
  it('detects collisions ignoring case and normalisation, in input order', () => {
    expect(uniqueFileNames(['Dupont', 'DUPONT', 'Élodie', 'E\u0301lodie'.normalize('NFC'), 'Martin'], 'pdf')).toEqual([
      'Dupont.pdf',
      'DUPONT-2.pdf',
      'Élodie.pdf',
      'Élodie-2.pdf',
      'Martin.pdf',
    ]);
    expect(collisionKey('E\u0301lodie.PDF')).toBe(collisionKey('élodie.pdf'));
  });

  it('property: all names distinct by collision key', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'A', 'b', 'B', 'a-2', 'é', 'E\u0301'), { maxLength: 30 }), (bases) => {
        const names = uniqueFileNames(bases.map((b) => b.normalize('NFC')), 'pdf');
        expect(new Set(names.map(collisionKey)).size).toBe(names.length);
      }),
    );
  });
});
