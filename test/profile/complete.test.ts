import { describe, expect, it } from 'vitest';
import { kitFailure } from '../helpers/failure.js';
import { completeProfile, parseProfile } from '../../src/profile/index.js';

/** A minimal profile for the commune given by these YAML lines (under `commune:`), then completed. */
function completed(communeLines: string, mairieExtra = '') {
  const yaml = `commune:\n${communeLines}\nmairie:\n  adresse: ["1 place de la Mairie"]\n${mairieExtra}maire:\n  civilite: Monsieur\n  nom: Martin\nexpediteur:\n  nom: Alex Martin\n  adresse: ["12 rue des Lilas"]\n  code_postal: "35610"\n  commune: Sains\n`;
  const parsed = parseProfile(new TextEncoder().encode(yaml), 'commune.yaml');
  return completeProfile(parsed.profile, parsed.locate);
}

const failure = kitFailure;

describe('completeProfile (official data)', () => {
  it('fills the name, postal code, département, region, "de" form and routing label from the INSEE code', () => {
    const { profile, warnings } = completed('  code_insee: "76351"');
    expect(profile.commune).toMatchObject({
      code_insee: '76351',
      nom: 'Le Havre',
      de: 'du Havre',
      departement: { code: '76', nom: 'Seine-Maritime' },
      region: { code: '28', nom: 'Normandie' },
    });
    expect(profile.commune.population).toBeGreaterThan(100_000);
    expect(profile.mairie.libelle_acheminement).toBe('LE HAVRE');
    expect(profile.mairie.code_postal).toBe(profile.commune.code_postal);
    expect(warnings.map((w) => w.code)).toEqual(['PostcodeChosen']); // Le Havre has several postal codes
  });

  it.each([
    ['94038', "L'Haÿ-les-Roses", "de L'Haÿ-les-Roses", 'L HAY LES ROSES'],
    ['97101', 'Les Abymes', 'des Abymes', 'LES ABYMES'],
    ['01004', 'Ambérieu-en-Bugey', 'd’Ambérieu-en-Bugey', 'AMBERIEU EN BUGEY'],
    ['2A004', 'Ajaccio', 'd’Ajaccio', 'AJACCIO'],
  ])('%s → %s, %s, %s', (code, nom, de, label) => {
    const { profile } = completed(`  code_insee: "${code}"`);
    expect(profile.commune.nom).toBe(nom);
    expect(profile.commune.de).toBe(de);
    expect(profile.mairie.libelle_acheminement).toBe(label);
  });

  it('refuses a postal code that does not serve the commune, listing the right one, located', () => {
    const error = failure(() => completed('  code_insee: "35248"\n  code_postal: "35000"'));
    expect(error.exitCode).toBe(4);
    expect(error.diagnostics[0]).toMatchObject({
      code: 'ProfileInvalid',
      location: { file: 'commune.yaml', line: 3, column: 16 },
      actual: '35000',
      expected: '35610',
    });
    expect(error.message).toContain('ne dessert pas Sains (35248)');
  });

  it('refuses a name that is not the commune of the code', () => {
    const error = failure(() => completed('  code_insee: "35248"\n  nom: Rennes'));
    expect(error.diagnostics[0]).toMatchObject({ location: { line: 3, column: 8 }, actual: 'Rennes', expected: 'Sains' });
  });

  it('accepts the name written without accents or with other case, and uses the official spelling', () => {
    expect(completed('  code_insee: "94038"\n  nom: "l\'hay-les-roses"').profile.commune.nom).toBe("L'Haÿ-les-Roses");
  });

  it('refuses an unknown INSEE code, suggesting codes for the name', () => {
    const error = failure(() => completed('  code_insee: "35999"\n  nom: Sains'));
    expect(error.diagnostics[0]?.location).toMatchObject({ line: 2, column: 15 });
    expect(error.diagnostics[0]?.hint).toContain('35248');
  });

  it('suggests the nearest codes of the département when the name is not given', () => {
    const error = failure(() => completed('  code_insee: "35999"'));
    expect(error.diagnostics[0]?.hint).toMatch(/^codes proches : 35\d{3} \(/);
  });

  it('sends an arrondissement code to the mayor of the commune, with a warning', () => {
    const { profile, warnings } = completed('  code_insee: "75108"', '  code_postal: "75008"\n');
    expect(profile.commune.code_insee).toBe('75056');
    expect(profile.commune.nom).toBe('Paris');
    expect(warnings[0]).toMatchObject({ severity: 'warning', code: 'CommuneRedirected' });
    expect(profile.mairie.libelle_acheminement).toBe('PARIS');
  });

  it('takes a code shared with a commune déléguée as the commune nouvelle, without a warning', () => {
    const { profile, warnings } = completed('  code_insee: "49126"');
    expect(profile.commune.nom).toBe("Orée d'Anjou");
    expect(warnings.filter((w) => w.code === 'CommuneRedirected')).toEqual([]);
  });

  it('keeps a CEDEX address as written', () => {
    const { profile } = completed('  code_insee: "35238"', '  code_postal: "35031"\n  libelle_acheminement: RENNES CEDEX\n');
    expect(profile.mairie).toMatchObject({ code_postal: '35031', libelle_acheminement: 'RENNES CEDEX' });
  });
});
