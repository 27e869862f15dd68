import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { damerau, fold, suggest } from '../../src/profile/suggest.js';

describe('suggest', () => {
  it('measures typos, a swap of neighbours counting one', () => {
    expect(damerau('nom', 'nom')).toBe(0);
    expect(damerau('nomm', 'nom')).toBe(1);
    expect(damerau('nmo', 'nom')).toBe(1);
    expect(damerau('civilite', 'civlitie')).toBe(2);
    expect(damerau('', 'abc')).toBe(3);
  });

  it('compares without accents, case or separators', () => {
    expect(fold('Code Postal')).toBe('codepostal');
    expect(fold('Civilité')).toBe('civilite');
    expect(fold('feu-de-forêt')).toBe('feudeforet');
  });

  it('suggests the closest candidate within the tolerance only', () => {
    expect(suggest('code postal', ['code_insee', 'code_postal'])).toEqual({ value: 'code_postal', sameLetters: true });
    expect(suggest('seismes', ['inondation', 'seisme'])).toEqual({ value: 'seisme', sameLetters: false });
    expect(suggest('M.', ['Madame', 'Monsieur'])).toEqual({ value: 'Monsieur', sameLetters: false });
    expect(suggest('zz', ['nom', 'prenom'])).toBeUndefined();
    expect(suggest('', ['nom'])).toBeUndefined();
  });

  it('is a distance: symmetric, zero only for equal words, under the triangle inequality on swaps-free words', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        expect(damerau(a, b)).toBe(damerau(b, a));
        expect(damerau(a, b) === 0).toBe(a === b);
        expect(damerau(a, b)).toBeLessThanOrEqual(Math.max([...a].length, [...b].length));
      }),
    );
  });
});
