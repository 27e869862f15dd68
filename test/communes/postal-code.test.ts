import { describe, expect, it } from 'vitest';
import { byPostalCode } from '../../src/communes/index.js';
import { officialEntries } from './official.js';

const codes = (postalCode: string): string[] => byPostalCode(postalCode).map((c) => c.code);

describe('byPostalCode', () => {
  it('lists the 46 communes 51300 serves, alphabetically', () => {
    const communes = byPostalCode('51300');
    expect(communes).toHaveLength(46);
    expect(communes.every((c) => c.codesPostaux.includes('51300'))).toBe(true);
    expect(communes.some((c) => c.nom === 'Vitry-le-François')).toBe(true);
    const names = communes.map((c) => c.nom);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
  });

  it('finds Ajaccio by its Corsican postal code', () => {
    expect(codes('20000')).toEqual(['2A004']);
    expect(codes('20090')).toEqual(['2A004']);
    expect(codes('20200').every((code) => code.startsWith('2B'))).toBe(true);
  });

  it('gives the city for an arrondissement postal code', () => {
    expect(codes('75008')).toEqual(['75056']);
    expect(codes('75116')).toEqual(['75056']);
    expect(codes('69001')).toEqual(['69123']);
    expect(codes('13007')).toEqual(['13055']);
  });

  it('covers the DROM and the COM', () => {
    expect(codes('97139')).toEqual(['97101']);
    expect(codes('97600')).toContain('97611');
    expect(codes('98800')).toEqual(['98818']);
  });

  it.each(['', '5130', '513000', 'ABCDE', ' 51 300'])('serves nothing for the malformed code %j', (code) => {
    expect(byPostalCode(code)).toEqual([]);
  });

  it('serves nothing for a code La Poste does not use', () => {
    expect(byPostalCode('00000')).toEqual([]);
  });

  it('agrees with the official file for every current commune and postal code', () => {
    for (const e of officialEntries()) {
      if (e.type !== 'commune-actuelle') continue;
      for (const cp of e.codesPostaux ?? []) expect(codes(cp), `${e.code} ${cp}`).toContain(e.code);
    }
  });
});
