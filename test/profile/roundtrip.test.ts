import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseProfile, RISK_KEYS } from '../../src/profile/index.js';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/** What the loader promises to do to any string: control characters out, NFC, trimmed. */
const normalized = (text: string): string => text.replace(CONTROL, '').normalize('NFC').trim();

const wellFormed = (text: string): boolean => !/\p{Cs}/u.test(text);

/** Any text, including combining marks, controls, odd spaces and astral characters, that stays non-empty. */
const text = fc
  .oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }))
  .filter((value) => wellFormed(value) && normalized(value) !== '');

const lines = fc.array(text, { minLength: 1, maxLength: 2 });
const postcode = fc.stringMatching(/^\d{5}$/);
const phone = fc.stringMatching(/^\+?\d[\d .-]{0,18}\d$/);
const email = fc.emailAddress();

const profileArb = fc.record({
  commune: fc.record({ code_insee: fc.stringMatching(/^(\d{5}|2[AB]\d{3})$/), nom: text, code_postal: postcode }),
  mairie: fc.record({ adresse: lines, code_postal: postcode, email, telephone: phone }, { requiredKeys: ['adresse'] }),
  maire: fc.record({ civilite: fc.constantFrom('Madame', 'Monsieur'), prenom: text, nom: text, appellation: text }, { requiredKeys: ['civilite', 'nom'] }),
  expediteur: fc.record(
    { nom: text, qualite: text, association: text, adresse: lines, code_postal: postcode, commune: text, email, telephone: phone, signature: text },
    { requiredKeys: ['nom', 'adresse', 'code_postal', 'commune'] },
  ),
  risques: fc.option(fc.array(fc.constantFrom(...RISK_KEYS), { maxLength: 4 }), { nil: undefined }),
  heure_civique: fc.option(
    fc.record({ site: fc.constantFrom('https://exemple.fr/heure-civique', 'http://mairie.example.org/a?b=c'), contact: text, missions: fc.array(text, { maxLength: 3 }) }, { requiredKeys: [] }),
    { nil: undefined },
  ),
  identite: fc.option(fc.record({ logo: text, couleur: fc.stringMatching(/^#[0-9a-fA-F]{6}$/) }, { requiredKeys: [] }), { nil: undefined }),
});

/** The profile with every string as the loader returns it, and no undefined entries. */
function expectedOf(value: unknown): unknown {
  if (typeof value === 'string') return normalized(value);
  if (Array.isArray(value)) return value.map(expectedOf);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, expectedOf(v)]));
  }
  return value;
}

describe('round trip', () => {
  it('any profile of valid strings survives YAML stringify → parseProfile, NFC-normalized', () => {
    fc.assert(
      fc.property(
        profileArb,
        fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
        fc.boolean(),
        (profile, defaultStringType, windows) => {
          let yaml = stringify(profile, { defaultStringType: defaultStringType as 'PLAIN' });
          if (windows) yaml = `\uFEFF${yaml.replace(/\n/g, '\r\n')}`;
          const parsed = parseProfile(new TextEncoder().encode(yaml), 'commune.yaml');
          expect(parsed.profile).toEqual(expectedOf(profile));
        },
      ),
      { numRuns: 300 },
    );
  });
});
