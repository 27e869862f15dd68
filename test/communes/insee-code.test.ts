import { describe, expect, it } from 'vitest';
import { byInseeCode } from '../../src/communes/index.js';
import { officialEntries } from './official.js';

function nameOf(code: string): string | undefined {
  return byInseeCode(code).commune?.nom;
}

describe('byInseeCode', () => {
  it.each([
    ['01001', "L'Abergement-Clémenciat"],
    ['01004', 'Ambérieu-en-Bugey'],
    ['2A004', 'Ajaccio'],
    ['2B033', 'Bastia'],
    ['97101', 'Les Abymes'],
    ['97611', 'Mamoudzou'],
    ['75056', 'Paris'],
    ['69123', 'Lyon'],
    ['13055', 'Marseille'],
    ['94038', "L'Haÿ-les-Roses"],
    ['76351', 'Le Havre'],
    ['17300', 'La Rochelle'],
    ['80829', 'Y'],
    ['51513', 'Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson'],
    ['02565', 'Œuilly'],
    ['51410', 'Œuilly'],
    ['98818', 'Nouméa'],
  ])('%s is %s', (code, nom) => {
    const found = byInseeCode(code);
    expect(found.commune?.nom).toBe(nom);
    expect(found.commune?.code).toBe(code);
    expect('via' in found).toBe(false);
  });

  it('reads codes as text, trimmed, Corsican letters in any case', () => {
    expect(nameOf(' 2a004 ')).toBe('Ajaccio');
    expect(nameOf('01001')).toBe("L'Abergement-Clémenciat");
  });

  it.each(['75101', '75108', '75116', '75120'])('arrondissement %s leads to Paris, with a note', (code) => {
    const found = byInseeCode(code);
    expect(found.commune?.code).toBe('75056');
    if (!found.commune) return;
    expect(found.via).toMatchObject({ type: 'arrondissement-municipal', code });
    expect(found.note).toContain('maire de Paris');
  });

  it('leads the arrondissements of Lyon and Marseille to their city', () => {
    expect(byInseeCode('69381').commune?.code).toBe('69123');
    expect(byInseeCode('69389').commune?.code).toBe('69123');
    expect(byInseeCode('13201').commune?.code).toBe('13055');
    expect(byInseeCode('13216').commune?.code).toBe('13055');
  });

  it('leads a commune déléguée to its commune nouvelle, whose mayor receives the letters', () => {
    const found = byInseeCode('49069');
    expect(found.commune?.nom).toBe("Orée d'Anjou");
    if (!found.commune) return;
    expect(found.via).toEqual({ type: 'commune-deleguee', code: '49069', nom: 'Champtoceaux' });
    expect(found.note).toBe(
      "49069 est le code de Champtoceaux, commune déléguée rattachée à Orée d'Anjou : les lettres vont au maire d’Orée d'Anjou (49126).",
    );
  });

  it('leads a commune associée to its chef-lieu, even across départements', () => {
    const found = byInseeCode('02285'); // Escaufourt, associée to Saint-Souplet (59)
    expect(found.commune?.code).toBe('59545');
    expect(found.commune?.departement.code).toBe('59');
    if (found.commune) expect(found.via?.type).toBe('commune-associee');
  });

  it('keeps the commune nouvelle for a code shared with its commune déléguée', () => {
    const found = byInseeCode('01033'); // Valserhône, and its déléguée Bellegarde-sur-Valserine
    expect(found.commune?.nom).toBe('Valserhône');
    if (!found.commune) return;
    expect(found.via).toEqual({ type: 'code-partage', code: '01033', nom: 'Bellegarde-sur-Valserine' });
    expect(found.note).toContain('commune nouvelle Valserhône');
  });

  it('resolves every code of the official file to the commune whose mayor receives letters', () => {
    const entries = officialEntries();
    const shared = new Set(entries.filter((e) => e.type === 'commune-deleguee').map((e) => e.code));
    let sharedCount = 0;
    for (const e of entries) {
      const expected =
        e.type === 'commune-actuelle' ? e.code : e.type === 'arrondissement-municipal' ? e.commune : e.chefLieu;
      expect(byInseeCode(e.code).commune?.code, `${e.type} ${e.code} ${e.nom}`).toBe(expected);
      if (e.type === 'commune-actuelle' && shared.has(e.code)) sharedCount++;
    }
    expect(sharedCount).toBe(584);
    expect(entries.filter((e) => e.type === 'arrondissement-municipal')).toHaveLength(45);
  });

  it('leads a former code no longer in use to the commune that took it over', () => {
    const found = byInseeCode('20004'); // Ajaccio before the 1976 split of Corsica
    expect(found.commune?.code).toBe('2A004');
    if (found.commune) expect(found.via).toEqual({ type: 'ancien-code', code: '20004' });
  });

  it.each([
    ['1001', /zéro initial.*01001/],
    ['', /n’est pas un code INSEE/],
    ['2C004', /2A\/2B/],
    ['ABCDE', /n’est pas un code INSEE/],
    ['010011', /5 caractères/],
    ['1.001e3', /n’est pas un code INSEE/],
  ])('rejects the malformed code %j with a reason', (code, message) => {
    const found = byInseeCode(code);
    expect(found.commune).toBeUndefined();
    if (found.commune) return;
    expect(found.reason).toBe('format');
    expect(found.message).toMatch(message);
  });

  it('says when a well-formed code is nobody’s', () => {
    const found = byInseeCode('99999');
    expect(found.commune).toBeUndefined();
    if (!found.commune) {
      expect(found.reason).toBe('inconnu');
      expect(found.message).toBe('Aucune commune n’a le code INSEE « 99999 ».');
    }
  });
});
