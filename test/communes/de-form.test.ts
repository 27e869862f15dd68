import { describe, expect, it } from 'vitest';
import { aForm, allCommunes, byInseeCode, deForm } from '../../src/communes/index.js';

function deFormOf(code: string): string {
  const commune = byInseeCode(code).commune;
  if (!commune) throw new Error(`commune ${code} absente`);
  return deForm(commune);
}

describe('deForm', () => {
  it.each([
    ['35262', 'de Sainte-Colombe'],
    ['76351', 'du Havre'],
    ['97101', 'des Abymes'],
    ['17300', 'de La Rochelle'],
    ['94038', "de L'Haÿ-les-Roses"],
    ['01004', 'd’Ambérieu-en-Bugey'],
    ['60703', 'des Marais'],
    ['66104', 'de Los Masos'],
    ['80829', 'd’Y'],
    ['02565', 'd’Œuilly'],
    ['2A004', 'd’Ajaccio'],
    ['75056', 'de Paris'],
    ['63448', 'du Vernet-Chaméane'],
  ])('%s → maire %s', (code, expected) => {
    expect(deFormOf(code)).toBe(expected);
  });

  it('reads the article from the name where INSEE gives no TNCC (COM)', () => {
    expect(deForm({ nom: "L'Île-des-Pins", tncc: null })).toBe("de L'Île-des-Pins");
    expect(deForm({ nom: 'Le Mont-Dore', tncc: null })).toBe('du Mont-Dore');
    expect(deForm({ nom: 'Uvea', tncc: null })).toBe('d’Uvea');
    expect(deForm({ nom: 'Nouméa', tncc: null })).toBe('de Nouméa');
  });

  it('never produces "de Le", "de Les", "de Aux" nor a straight-apostrophe elision', () => {
    for (const c of allCommunes()) {
      const form = deForm(c);
      expect(form, c.code).toMatch(/^(de |d’|du |des )/);
      expect(form, c.code).not.toMatch(/^(de (Le|Les|Aux) |d')/);
      expect(form.endsWith(c.nom) || form.startsWith('du ') || form.startsWith('des '), c.code).toBe(true);
    }
  });
});

describe('aForm', () => {
  it.each([
    ['35248', 'à Sains'],
    ['76351', 'au Havre'],
    ['97101', 'aux Abymes'],
    ['17300', 'à La Rochelle'],
    ['94038', "à L'Haÿ-les-Roses"],
    ['01004', 'à Ambérieu-en-Bugey'],
    ['60703', 'aux Marais'],
    ['63448', 'au Vernet-Chaméane'],
  ])('%s → %s', (code, expected) => {
    expect(aForm(byInseeCode(code).commune!)).toBe(expected);
  });

  it('never produces "à Le", "à Les" nor "à Aux"', () => {
    for (const c of allCommunes()) {
      const form = aForm(c);
      expect(form, c.code).toMatch(/^(à |au |aux )/);
      expect(form, c.code).not.toMatch(/^à (Le|Les|Aux) /);
    }
  });
});
