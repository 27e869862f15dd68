import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../src/profile/index.js';
import { fixtureBytes, parseText, SAINS, SAINS_PROFILE } from './helpers.js';

describe('a valid profile', () => {
  it('parses the Sains fixture to the expected object, without warnings', () => {
    const { profile, warnings } = parseProfile(fixtureBytes('sains.yaml'), 'sains.yaml');
    expect(profile).toEqual(SAINS_PROFILE);
    expect(warnings).toEqual([]);
  });

  it('returns ordinary objects built from the validated fields', () => {
    const { profile } = parseText(SAINS);
    expect(Object.getPrototypeOf(profile)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(profile.maire)).toBe(Object.prototype);
  });

  it('accepts the minimal profile: optional sections and fields left out', () => {
    const minimal = [
      'commune: {code_insee: "35248", nom: Sains, code_postal: "35610"}',
      'mairie: {adresse: [1 place de la Mairie]}',
      'maire: {civilite: Monsieur, nom: Durand}',
      'expediteur: {nom: Alex Martin, adresse: [12 rue des Lilas], code_postal: "35610", commune: Sains}',
      '',
    ].join('\n');
    expect(parseText(minimal).profile).toEqual({
      commune: { code_insee: '35248', nom: 'Sains', code_postal: '35610' },
      mairie: { adresse: ['1 place de la Mairie'] },
      maire: { civilite: 'Monsieur', nom: 'Durand' },
      expediteur: { nom: 'Alex Martin', adresse: ['12 rue des Lilas'], code_postal: '35610', commune: 'Sains' },
    });
  });

  it('trims the spaces around values and upper-cases a Corsican INSEE code', () => {
    const text = SAINS.replace('code_insee: "35248"', 'code_insee: "2a004"').replace('nom: Dupont', 'nom: "  Dupont  "');
    const { profile } = parseText(text);
    expect(profile.commune.code_insee).toBe('2A004');
    expect(profile.maire.nom).toBe('Dupont');
  });
});
