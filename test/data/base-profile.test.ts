import { describe, expect, test } from 'vitest';
import { baseProfileSchema, parseBaseProfile } from '../../src/data/base-profile.js';
import { isKitError, type Diagnostic } from '../../src/diagnostics/index.js';
import { profileSchema } from '../../src/profile/schema.js';
import { ASSOCIATION_YAML } from './helpers.js';

const parse = (text: string) => parseBaseProfile(new TextEncoder().encode(text), 'association.yaml');

function failures(text: string): Diagnostic[] {
  try {
    parse(text);
  } catch (error) {
    if (isKitError(error)) return [...error.diagnostics];
    throw error;
  }
  throw new Error('le profil de base aurait dû être refusé');
}

describe('the base profile of a batch', () => {
  test('an association’s profile may hold only the sender and shared fields', () => {
    expect(parse(ASSOCIATION_YAML).profile).toEqual({
      expediteur: { nom: 'Alex Martin', association: 'Collectif Exemple', adresse: ['12 rue des Lilas'], code_postal: '35610', commune: 'Sains' },
      risques: ['inondation'],
    });
  });

  test('every field is optional, even inside a section', () => {
    expect(parse('maire:\n  civilite: Madame\n').profile).toEqual({ maire: { civilite: 'Madame' } });
    expect(parse('').profile).toEqual({});
  });

  test('keys stay strict and values keep their checks, located in the YAML file', () => {
    const found = failures('expediteur:\n  nom: Alex\n  code_postal: "3561"\n  courriel: a@b.fr\nmaire:\n  civilite: Mlle\n');
    expect(found.map((d) => [d.code, d.location?.line])).toEqual([
      ['ProfileInvalid', 3],
      ['ProfileInvalid', 4],
      ['ProfileInvalid', 6],
    ]);
    expect(found[1]!.hint).toContain('email');
  });

  test('the profile schema itself is unchanged: a profile still needs commune, mairie, maire and expediteur', () => {
    const result = profileSchema.safeParse({ expediteur: parse(ASSOCIATION_YAML).profile.expediteur });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['commune', 'mairie', 'maire']);
  });

  test('the base schema follows the profile schema: same sections', () => {
    const baseKeys = Object.keys((baseProfileSchema as unknown as { shape: Record<string, unknown> }).shape);
    expect(baseKeys).toEqual(Object.keys(profileSchema.shape));
  });
});
