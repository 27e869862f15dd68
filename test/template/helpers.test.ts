import { describe, expect, it } from 'vitest';
import { appellation } from '../../src/template/helpers/appellation.js';
import { longFrenchDate } from '../../src/template/helpers/date.js';
import { frenchList } from '../../src/template/helpers/liste.js';
import { TEMPLATE_HELPERS } from '../../src/template/helpers/index.js';

describe('date_longue', () => {
  it.each([
    ['2026-11-23', '23 novembre 2026'],
    ['2026-12-01', '1er décembre 2026'],
    ['2027-08-05', '5 août 2027'],
    ['2028-02-29', '29 février 2028'],
  ])('%s → %s (no-break spaces)', (iso, expected) => {
    expect(longFrenchDate(iso)).toBe(expected.replace(/ /g, '\u00A0'));
  });

  it('refuses an impossible date', () => {
    expect(() => longFrenchDate('2026-02-30')).toThrow(/AAAA-MM-JJ/);
  });
});

describe('appellation', () => {
  it('follows the civility, with an override', () => {
    expect(appellation({ civilite: 'Madame' })).toBe('Madame la Maire');
    expect(appellation({ civilite: 'Monsieur' })).toBe('Monsieur le Maire');
    expect(appellation({ civilite: 'Madame', appellation: 'Madame le Maire' })).toBe('Madame le Maire');
  });

  it('rejects a value without civility, in French', () => {
    expect(() => TEMPLATE_HELPERS.appellation({ nom: 'x' })).toThrow(/civilite/);
  });
});

describe('de', () => {
  it.each([
    ['Sains', 'de Sains'],
    ['Le Havre', 'du Havre'],
    ['Les Abymes', 'des Abymes'],
    ['La Rochelle', 'de La Rochelle'],
    ["L'Haÿ-les-Roses", "de L'Haÿ-les-Roses"],
    ['Ambérieu-en-Bugey', 'd’Ambérieu-en-Bugey'],
    ['Œuilly', 'd’Œuilly'],
    ['Y', 'd’Y'],
    ['Aux Marais', 'des Marais'],
    ['  Le Havre ', 'du Havre'],
  ])('%s → %s', (name, expected) => {
    expect(TEMPLATE_HELPERS.de(name)).toBe(expected);
  });

  it('takes the commune’s official form, and refuses what is neither a commune nor a name', () => {
    expect(TEMPLATE_HELPERS.de({ nom: 'Le Vernet-Chaméane', de: 'du Vernet-Chaméane' })).toBe('du Vernet-Chaméane');
    expect(() => TEMPLATE_HELPERS.de(42)).toThrow(/attend un texte/);
  });
});

describe('à', () => {
  it.each([
    ['Sains', 'à Sains'],
    ['Le Havre', 'au Havre'],
    ['Les Abymes', 'aux Abymes'],
    ['La Rochelle', 'à La Rochelle'],
    ['Ambérieu-en-Bugey', 'à Ambérieu-en-Bugey'],
  ])('%s → %s', (name, expected) => {
    expect(TEMPLATE_HELPERS.à(name)).toBe(expected);
  });

  it('takes the commune’s official form, and refuses what is neither a commune nor a name', () => {
    expect(TEMPLATE_HELPERS.à({ nom: 'Les Abymes', a: 'aux Abymes' })).toBe('aux Abymes');
    expect(() => TEMPLATE_HELPERS.à(undefined)).toThrow(/attend un texte/);
  });
});

describe('liste', () => {
  it('joins in French', () => {
    expect(frenchList([])).toBe('');
    expect(frenchList(['a'])).toBe('a');
    expect(frenchList(['a', 'b'])).toBe('a et b');
    expect(frenchList(['a', 'b', 'c'])).toBe('a, b et c');
  });
});
