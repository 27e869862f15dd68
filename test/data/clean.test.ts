import { describe, expect, test } from 'vitest';
import { cleanCell } from '../../src/data/clean.js';

describe('cleaning a cell', () => {
  test('line breaks of any origin become \\n; a vertical tab too', () => {
    expect(cleanCell('a\r\nb\rc\nd\u000Be')).toEqual({ text: 'a\nb\nc\nd\ne', changed: ['\u000B'], replacement: false });
  });

  test('other control characters (C0, DEL, C1) are removed and listed; tabs stay', () => {
    expect(cleanCell('Du\u0000pont\u0007\u007f\u0092\tfin')).toEqual({ text: 'Dupont\tfin', changed: ['\u0000', '\u0007', '\u007f', '\u0092'], replacement: false });
  });

  test('NFC, and white space around the text trimmed (NBSP, U+202F, line breaks), not inside', () => {
    expect(cleanCell('\u00a0 E\u0301lodie\u202fMartin \n').text).toBe('Élodie\u202fMartin');
  });

  test('a replacement character is flagged', () => {
    expect(cleanCell('Dupr\ufffd').replacement).toBe(true);
  });
});
