import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { byInseeCode } from '../../src/communes/index.js';
import { communeAnswer, toWrittenProfile, type Civilite, type InitAnswers } from '../../src/init/answers.js';
import { checkText, type TextFieldId } from '../../src/init/fields.js';
import { profileFile } from '../../src/init/profile-file.js';
import { renderProfileYaml, scalar } from '../../src/init/render-yaml.js';
import { completeProfile } from '../../src/profile/complete.js';
import { parseProfile } from '../../src/profile/parse.js';
import { RISK_KEYS } from '../../src/profile/risks.js';

function commune(code: string, codePostal?: string) {
  const found = byInseeCode(code).commune;
  if (!found) throw new Error(code);
  return communeAnswer(found, codePostal);
}

const SAINS: InitAnswers = {
  commune: commune('35248'),
  mairie: { adresse: ['1 place de la Mairie'], email: 'mairie@exemple.fr', telephone: '02 99 00 00 00' },
  maire: { civilite: 'Madame', prenom: 'Camille', nom: 'Dupont' },
  expediteur: {
    nom: 'Alex Martin',
    qualite: 'Habitant de la commune',
    adresse: ['12 rue des Lilas', 'Bâtiment B'],
    code_postal: '35610',
    commune: 'Sains',
    email: 'alex.martin@exemple.fr',
    telephone: '06 00 00 00 00',
  },
  risques: ['inondation', 'tempete'],
  identite: { couleur: '#1d4e89' },
};

const readBack = (text: string) => parseProfile(new TextEncoder().encode(text), 'commune.yaml');

describe('renderProfileYaml', () => {
  it('writes a profile that parses back to the answers, without a warning, and completes from the official data', () => {
    const text = renderProfileYaml(SAINS);
    const parsed = readBack(text);
    expect(parsed.profile).toEqual(toWrittenProfile(SAINS));
    expect(parsed.warnings).toEqual([]);
    expect(completeProfile(parsed.profile, parsed.locate).warnings).toEqual([]);
  });

  it('starts with the yaml-language-server line and says how to get the schema', () => {
    const lines = renderProfileYaml(SAINS).split('\n');
    expect(lines[0]).toBe('# yaml-language-server: $schema=commune.schema.json');
    expect(lines).toContain('#   kit schema > commune.schema.json');
    expect(lines).toContain('#   kit check');
  });

  it('comments each section in French', () => {
    const text = renderProfileYaml(SAINS);
    for (const section of ['commune', 'mairie', 'maire', 'expediteur', 'risques']) {
      const lines = text.split('\n');
      const index = lines.findIndex((line) => line === `${section}:` || line.startsWith(`${section}: `));
      expect(index, section).toBeGreaterThan(0);
      expect(lines[index - 1], section).toMatch(/^# \S/);
    }
    expect(text).toContain('# La commune. Le code INSEE suffit');
    expect(text).toContain('« Madame la Maire, »');
  });

  it('keeps leading zeros: codes and phone numbers are quoted', () => {
    const text = renderProfileYaml({ ...SAINS, commune: commune('01004'), expediteur: { ...SAINS.expediteur, code_postal: '01500', commune: 'Ambérieu-en-Bugey' } });
    expect(text).toContain('  code_insee: "01004"\n');
    expect(text).toContain('  code_postal: "01500"\n');
    expect(text).toContain('  telephone: "06 00 00 00 00"\n');
    // What another YAML reader (core schema) sees: strings, zeros kept.
    const core = parse(text) as { commune: { code_insee: unknown; code_postal: unknown }; expediteur: { code_postal: unknown; telephone: unknown } };
    expect(core.commune).toMatchObject({ code_insee: '01004', code_postal: '01500' });
    expect(core.expediteur).toMatchObject({ code_postal: '01500', telephone: '06 00 00 00 00' });
    expect(readBack(text).profile.commune).toEqual({ code_insee: '01004', nom: 'Ambérieu-en-Bugey', code_postal: '01500' });
  });

  it('lists the other postal codes of a commune in a comment', () => {
    const text = renderProfileYaml({ ...SAINS, commune: commune('75056', '75004') });
    expect(text).toContain('  code_postal: "75004"\n');
    expect(text).toMatch(/# La commune a 21 codes postaux\. Autres codes : 75001, 75002, 75003, 75005,/);
    expect(text).not.toMatch(/Autres codes :[^\n]*75004/);
    expect(readBack(text).profile.commune.code_postal).toBe('75004');
  });

  it('shows optional fields left out as commented examples, absent from the profile', () => {
    const minimal: InitAnswers = {
      ...SAINS,
      mairie: { adresse: ['1 place de la Mairie'] },
      maire: { civilite: 'Monsieur', nom: 'Dupont' },
      expediteur: { nom: 'Alex Martin', adresse: ['12 rue des Lilas'], code_postal: '35610', commune: 'Sains' },
      risques: [],
      identite: {},
    };
    const text = renderProfileYaml(minimal);
    expect(text).toContain('  # email: mairie@exemple.fr\n');
    expect(text).toContain('  # appellation: Monsieur le Maire\n');
    expect(text).toContain('# risques: [inondation, tempete]\n');
    expect(text).toContain('# identite:\n');
    const profile = readBack(text).profile;
    expect(profile).toEqual(toWrittenProfile(minimal));
    expect('risques' in profile).toBe(false);
    expect('identite' in profile).toBe(false);
    expect('email' in profile.mairie).toBe(false);
  });

  it('quotes what YAML would mistype, and only that', () => {
    expect(scalar('Dupont')).toBe('Dupont');
    expect(scalar("L'Haÿ-les-Roses")).toBe("L'Haÿ-les-Roses");
    expect(scalar('35610', true)).toBe('"35610"');
    for (const tricky of ['yes', 'No', 'null', '~', '12:30', '#1d4e89', 'a #b', 'a: b', '- x', '"x"', '1e3', '[x]', '*x', 'a\u2028b', 'x\u0085']) {
      expect(scalar(tricky), tricky).toMatch(/^"/);
      expect(parse(`k: ${scalar(tricky)}`, { version: '1.1' })).toEqual({ k: tricky });
      expect(parse(`k: ${scalar(tricky)}`)).toEqual({ k: tricky });
    }
  });

  it('is checked by profileFile, which returns the bytes of the text', () => {
    const file = profileFile(SAINS, 'commune.yaml');
    expect(new TextDecoder().decode(file.bytes)).toBe(file.text);
    expect(file.profile).toEqual(toWrittenProfile(SAINS));
  });
});

// ---------------------------------------------------------------------------------------------
// Property: any answers kit init accepts are written so that parseProfile reads them back.

const TRICKY = ['yes', 'no', 'Non', 'off', 'null', '~', '#x', 'a #b', 'a: b', '- x', '12:30', '0x1F', '"q"', "l'été", '[a]', '{a}', '*a', '&a', '!a', '%a', '@a', '`a', '|', '>', '? x', '1e3', '.5', '+1', 'a\u00a0b', 'e\u0301', 'x\u0085y', 'a\u2028b', '\\n', '\'\'', 'a,b', 'Œuilly'];

function textOf(id: TextFieldId): fc.Arbitrary<string> {
  return fc
    .oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), fc.constantFrom(...TRICKY), fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }))
    .map((raw) => checkText(id, raw, true))
    .filter((checked): checked is { ok: true; value: string } => checked.ok && checked.value !== undefined)
    .map((checked) => checked.value);
}

function optional<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arbitrary, { nil: undefined });
}

const emailArb = fc.tuple(textOf('expediteurNom'), textOf('expediteurNom'), fc.stringMatching(/^[a-z]{2,6}$/)).map(([user, domain, tld]) => `${user.replace(/[\s@]/g, '') || 'x'}@${domain.replace(/[\s@.]/g, '') || 'd'}.${tld}`);
const phoneArb = fc.stringMatching(/^\+?[\d .-]{2,20}$/).filter((value) => checkText('mairieTelephone', value, true).ok).map((value) => value.trim());
const postcodeArb = fc.stringMatching(/^\d{5}$/);
const linesArb = (id: TextFieldId) => fc.array(textOf(id), { minLength: 1, maxLength: 2 });
const communeArb = fc.constantFrom('01004', '35248', '75056', '2A004', '97101', '94038', '76351', '13055').chain((code) => {
  const found = byInseeCode(code).commune!;
  return fc.constantFrom(...found.codesPostaux).map((cp) => communeAnswer(found, cp));
});

const answersArb: fc.Arbitrary<InitAnswers> = fc.record({
  commune: communeArb,
  mairie: fc.record({ adresse: linesArb('mairieAdresse'), email: optional(emailArb), telephone: optional(phoneArb) }, { requiredKeys: ['adresse'] }),
  maire: fc.record(
    {
      civilite: fc.constantFrom<Civilite>('Madame', 'Monsieur'),
      prenom: optional(textOf('mairePrenom')),
      nom: textOf('maireNom'),
      appellation: optional(textOf('maireAppellation')),
    },
    { requiredKeys: ['civilite', 'nom'] },
  ),
  expediteur: fc.record(
    {
      nom: textOf('expediteurNom'),
      qualite: optional(textOf('expediteurQualite')),
      association: optional(textOf('expediteurAssociation')),
      adresse: linesArb('expediteurAdresse'),
      code_postal: postcodeArb,
      commune: textOf('expediteurCommune'),
      email: optional(emailArb),
      telephone: optional(phoneArb),
      signature: optional(textOf('expediteurSignature')),
    },
    { requiredKeys: ['nom', 'adresse', 'code_postal', 'commune'] },
  ),
  risques: fc.subarray([...RISK_KEYS]),
  identite: fc.record({ logo: optional(textOf('logo')), couleur: optional(fc.stringMatching(/^#[0-9a-fA-F]{6}$/)) }, { requiredKeys: [] }),
});

/** Drops the keys fc.record leaves with an undefined value (fc.option's nil). */
function clean<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

describe('renderProfileYaml, over generated answers (fast-check)', () => {
  it('parseProfile reads back exactly the answers, with no warning, and the profile completes', () => {
    fc.assert(
      fc.property(answersArb.map(clean), (answers) => {
        const text = renderProfileYaml(answers);
        const parsed = readBack(text);
        expect(parsed.profile).toEqual(toWrittenProfile(answers));
        expect(parsed.warnings).toEqual([]);
        completeProfile(parsed.profile, parsed.locate);
        // Every line is a comment, blank, or one key with its value: no value ever spills over a line.
        expect(text).not.toMatch(/[\u0085\u2028\u2029]/);
        for (const line of text.split('\n')) expect(line).toMatch(/^(\s*#[^\n]*|[a-z_]+:( [^\n]+)?| {2}[a-z_]+: [^\n]+|)$/);
      }),
      { numRuns: 300 },
    );
  });
});
