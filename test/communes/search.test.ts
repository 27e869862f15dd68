import { describe, expect, it } from 'vitest';
import { search } from '../../src/communes/index.js';

const labels = (text: string, limit?: number): string[] => search(text, limit).map((h) => h.label);

describe('search (as you type)', () => {
  it('suggests by the start of a name, with département and postal code', () => {
    expect(labels('Sains', 3)[0]).toBe('Sains (35) — 35610');
    expect(labels('sains l', 10)).toContain('Sains-lès-Marquion (62) — 62860');
  });

  it('suggests by postal code, and by its first digits', () => {
    expect(labels('35610')).toContain('Sains (35) — 35610');
    expect(search('35610').every((h) => h.codePostal === '35610')).toBe(true);
    const partial = search('3561', 20);
    expect(partial.map((h) => h.label)).toContain('Sains (35) — 35610');
    expect(partial.every((h) => h.codePostal?.startsWith('3561'))).toBe(true);
  });

  it('suggests by INSEE code, Corsica included', () => {
    expect(labels('2A004')).toEqual(['Ajaccio (2A) — 20000, 20090, 20167 (INSEE 2A004)']);
    expect(labels('2a004')).toHaveLength(1);
  });

  it('shows both readings of five digits that are a postal code and an INSEE code', () => {
    expect(labels('13001')).toEqual([
      'Marseille (13) — 13001',
      'Aix-en-Provence (13) — 13080, 13090, 13100… (5 codes postaux) (INSEE 13001)',
    ]);
  });

  it('shows where a commune déléguée or an arrondissement leads', () => {
    expect(labels('Champtoceaux')[0]).toBe("Champtoceaux → Orée d'Anjou (49) — 49270, 49530");
    expect(labels('75108')[0]).toMatch(/^Paris 8e Arrondissement → Paris \(75\) — 75001/);
  });

  it('lists homonyms with their département', () => {
    const hits = labels('Sainte-Colombe', 12);
    expect(hits).toHaveLength(12);
    expect(new Set(hits).size).toBe(12);
    expect(hits.every((label) => /^Sainte-Colombe \(\d\d\) — /.test(label))).toBe(true);
  });

  it('honours the limit and ignores empty input', () => {
    expect(search('Saint', 7)).toHaveLength(7);
    expect(search('7', 4)).toHaveLength(4);
    expect(search('   ')).toEqual([]);
    expect(search('Paris', 0)).toEqual([]);
  });
});
