import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { isKitError, type Diagnostic } from '../../src/diagnostics/index.js';
import { parseProfile, type ParsedProfile } from '../../src/profile/index.js';

export const FIXTURES = new URL('../fixtures/profiles/', import.meta.url);

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(new URL(name, FIXTURES));
}

/** The valid Sains profile, as text (line numbers below refer to it). */
export const SAINS = new TextDecoder().decode(fixtureBytes('sains.yaml'));

/** What the Sains fixture parses to. */
export const SAINS_PROFILE = {
  commune: { code_insee: '35248', nom: 'Sains', code_postal: '35610' },
  mairie: { adresse: ['1 place de la Mairie'], email: 'mairie@exemple.fr', telephone: '02 99 00 00 00' },
  maire: { civilite: 'Madame', prenom: 'Camille', nom: 'Dupont' },
  expediteur: {
    nom: 'Alex Martin',
    qualite: 'Habitant de la commune',
    association: 'Collectif Exemple',
    adresse: ['12 rue des Lilas', 'Lieu-dit La Croix'],
    code_postal: '35610',
    commune: 'Sains',
    email: 'alex@exemple.fr',
    telephone: '06 00 00 00 00',
  },
  risques: ['inondation', 'tempete'],
  heure_civique: {
    site: 'https://exemple.fr/heure-civique',
    contact: 'Mairie, accueil, 02 99 00 00 00',
    missions: ['Lire le journal à une voisine', 'Désherber le cimetière'],
  },
  identite: { logo: 'logo.png', couleur: '#1d4e89' },
};

/** The Sains profile with one exact piece of text replaced (fails loudly if it is not there). */
export function sainsWith(search: string, replacement: string): string {
  expect(SAINS).toContain(search);
  return SAINS.replace(search, replacement);
}

export function parseText(text: string, file = 'commune.yaml'): ParsedProfile {
  return parseProfile(new TextEncoder().encode(text), file);
}

/** The diagnostics of the `KitError` that parsing must throw. */
export function failures(input: string | Uint8Array, file = 'commune.yaml'): Diagnostic[] {
  try {
    if (typeof input === 'string') parseText(input, file);
    else parseProfile(input, file);
  } catch (error) {
    if (isKitError(error)) return [...error.diagnostics];
    throw error;
  }
  throw new Error('le profil aurait dû être refusé');
}

/** The only diagnostic of a refused profile. */
export function onlyFailure(input: string | Uint8Array, file?: string): Diagnostic {
  const found = failures(input, file);
  expect(found).toHaveLength(1);
  return found[0]!;
}
