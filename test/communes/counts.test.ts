import { describe, expect, it } from 'vitest';
import { allCommunes, type Commune } from '../../src/communes/index.js';

function countBy(communes: readonly Commune[], key: (c: Commune) => string | number | null): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const c of communes) counts[String(key(c))] = (counts[String(key(c))] ?? 0) + 1;
  return counts;
}

describe('counts (COG 2026, @etalab/decoupage-administratif 6.0.0)', () => {
  const communes = allCommunes();

  it('has every current commune once, by INSEE code', () => {
    expect(communes).toHaveLength(34_969);
    expect(new Set(communes.map((c) => c.code)).size).toBe(34_969);
    expect(communes.every((c) => typeof c.code === 'string' && /^(\d{5}|2[AB]\d{3})$/.test(c.code))).toBe(true);
  });

  it('has 34,875 communes in France and its DROM, by zone', () => {
    expect(countBy(communes, (c) => c.zone)).toEqual({ metro: 34_746, drom: 129, com: 94 });
  });

  it('counts Corsica as metro (2A, 2B) and the DROM by département', () => {
    const byDepartement = countBy(communes, (c) => c.departement.code);
    expect([byDepartement['2A'], byDepartement['2B']]).toEqual([124, 236]);
    expect(communes.filter((c) => c.departement.code.startsWith('2')).every((c) => c.zone === 'metro')).toBe(true);
    expect(['971', '972', '973', '974', '976'].map((d) => byDepartement[d])).toEqual([32, 34, 22, 24, 17]);
    expect(communes.filter((c) => c.zone === 'drom').every((c) => /^97[1-6]$/.test(c.departement.code))).toBe(true);
  });

  it('has the TNCC of every commune of France and its DROM, and none for the COM', () => {
    expect(countBy(communes, (c) => c.tncc)).toEqual({
      0: 28_624,
      1: 4_028,
      2: 755,
      3: 1_054,
      4: 331,
      5: 81,
      6: 1,
      8: 1,
      null: 94,
    });
    expect(communes.filter((c) => c.tncc === null).every((c) => c.zone === 'com')).toBe(true);
  });

  it('serves 6,310 distinct postal codes', () => {
    expect(new Set(communes.flatMap((c) => c.codesPostaux)).size).toBe(6_310);
  });

  it('names each département and region', () => {
    const ajaccio = communes.find((c) => c.code === '2A004');
    expect(ajaccio?.departement).toEqual({ code: '2A', nom: 'Corse-du-Sud' });
    expect(ajaccio?.region).toEqual({ code: '94', nom: 'Corse' });
    const abymes = communes.find((c) => c.code === '97101');
    expect(abymes?.departement).toEqual({ code: '971', nom: 'Guadeloupe' });
    expect(abymes?.region).toEqual({ code: '01', nom: 'Guadeloupe' });
    expect(new Set(communes.map((c) => c.departement.code)).size).toBe(109);
    expect(new Set(communes.map((c) => c.region.code)).size).toBe(26);
  });

  it('has the population of every commune of France and its DROM', () => {
    expect(communes.filter((c) => c.zone !== 'com').every((c) => Number.isInteger(c.population))).toBe(true);
    expect(communes.find((c) => c.code === '75056')?.population).toBeGreaterThan(2_000_000);
  });
});
