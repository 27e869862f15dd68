import { describe, expect, it } from 'vitest';
import { byName } from '../../src/communes/index.js';

const names = (query: string, options?: Parameters<typeof byName>[1]): string[] =>
  byName(query, options).map((m) => `${m.commune.nom} (${m.commune.departement.code})`);

describe('byName', () => {
  it('lists the 12 Sainte-Colombe, each with its département, before longer names', () => {
    const matches = byName('Sainte-Colombe');
    const exact = matches.filter((m) => m.match === 'exact');
    expect(exact).toHaveLength(12);
    expect(exact.every((m) => m.commune.nom === 'Sainte-Colombe' && !m.via)).toBe(true);
    expect(exact.map((m) => m.commune.departement.code).sort()).toEqual(
      ['05', '17', '25', '33', '35', '40', '46', '50', '69', '76', '77', '89'],
    );
    expect(matches.slice(12).every((m) => m.match === 'prefix')).toBe(true);
    const populations = exact.map((m) => m.commune.population ?? 0);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
  });

  it.each(['sainte colombe', 'SAINTE-COLOMBE', 'Ste Colombe', 'ste-colombe', 'saintecolombe', ' Sainte–Colombe '])(
    'ignores accents, case, hyphens, spaces and St/Ste: %j',
    (query) => {
      expect(byName(query).filter((m) => m.match === 'exact')).toHaveLength(12);
    },
  );

  it('narrows homonyms by département', () => {
    expect(names('Sainte-Colombe', { departement: '35' })[0]).toBe('Sainte-Colombe (35)');
    expect(byName('Sainte-Colombe', { departement: '35' }).filter((m) => m.match === 'exact')).toHaveLength(1);
    expect(names('Ajaccio', { departement: '2a' })).toEqual(['Ajaccio (2A)']);
    expect(names('Ambérieu-en-Bugey', { departement: '1' })).toEqual(['Ambérieu-en-Bugey (01)']);
    expect(names('Ajaccio', { departement: '2B' })).toEqual([]);
  });

  it('finds the two Œuilly however Œ is typed', () => {
    for (const query of ['Œuilly', 'oeuilly', 'OEUILLY', 'œuilly']) {
      expect(names(query)).toEqual(expect.arrayContaining(['Œuilly (02)', 'Œuilly (51)']));
      expect(byName(query).filter((m) => m.match === 'exact')).toHaveLength(2);
    }
  });

  it('finds the longest name from any abbreviation of it', () => {
    for (const query of ['Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson', 'st remy en bouzemont st genest et isson']) {
      const [first] = byName(query);
      expect(first?.commune.code).toBe('51513');
      expect(first?.match).toBe('exact');
    }
    expect(byName('St-Rémy-en-Bouz')[0]?.commune.code).toBe('51513');
  });

  it('puts the one-letter Y first among names starting with Y', () => {
    const [first, second] = byName('Y');
    expect(first).toMatchObject({ match: 'exact', commune: { code: '80829' } });
    expect(second?.match).toBe('prefix');
  });

  it.each([
    ["L'Haÿ-les-Roses", '94038'],
    ['l’haÿ-les-roses', '94038'],
    ['L HAY LES ROSES', '94038'],
    ['lhaylesroses', '94038'],
    ['Le Havre', '76351'],
    ['Havre', '76351'],
    ['les abymes', '97101'],
    ['Abymes', '97101'],
    ['ambérieu en bugey', '01004'],
    ['AMBERIEU-EN-BUGEY', '01004'],
    ['ajaccio', '2A004'],
    ['Aux Marais', '60703'],
    ['Los Masos', '66104'],
  ])('finds %j exactly', (query, code) => {
    expect(byName(query)[0]).toMatchObject({ match: 'exact', commune: { code } });
  });

  it('ranks the largest La Rochelle first (17 before 70)', () => {
    expect(names('La Rochelle').slice(0, 2)).toEqual(['La Rochelle (17)', 'La Rochelle (70)']);
  });

  it('ranks exact matches first, then by population', () => {
    const matches = byName('Saint-Denis');
    expect(matches.slice(0, 4).map((m) => `${m.match} ${m.commune.code}`)).toEqual([
      'exact 97411',
      'exact 93066',
      'exact 11339',
      'exact 30247',
    ]);
    expect(matches[4]?.match).toBe('prefix');
  });

  it('leads the name of a commune déléguée to its commune nouvelle', () => {
    const [first] = byName('Champtoceaux');
    expect(first?.commune.nom).toBe("Orée d'Anjou");
    expect(first?.via).toEqual({ type: 'commune-deleguee', code: '49069', nom: 'Champtoceaux' });
  });

  it('leads an arrondissement name to its city, listed once', () => {
    const [first] = byName('Paris 8e Arrondissement');
    expect(first?.commune.code).toBe('75056');
    expect(first?.via?.type).toBe('arrondissement-municipal');
    expect(byName('Paris').filter((m) => m.commune.code === '75056')).toHaveLength(1);
    expect(byName('Paris')[0]).toMatchObject({ match: 'exact', commune: { code: '75056' } });
  });

  it('finds names with parentheses', () => {
    expect(byName('Bors').filter((m) => m.commune.nom.startsWith('Bors (')).map((m) => m.commune.code).sort()).toEqual([
      '16052',
      '16053',
    ]);
    expect(byName('Château-Chinon (Ville)')[0]?.commune.code).toBe('58062');
    expect(byName('chateau chinon campagne')[0]?.commune.code).toBe('58063');
  });

  it('honours the limit and returns nothing for an empty query', () => {
    expect(byName('Saint', { limit: 5 })).toHaveLength(5);
    expect(byName('')).toEqual([]);
    expect(byName(" - ' ")).toEqual([]);
    expect(byName('Zzzzzz')).toEqual([]);
  });

  it('is not fooled by names of object properties', () => {
    expect(byName('constructor')).toEqual([]);
    expect(byName('__proto__')).toEqual([]);
  });
});
