import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/cli.js';
import { completeProfile, parseProfile } from '../../../src/profile/index.js';
import { RISK_INSTRUCTIONS } from '../../../src/knowledge/index.js';

/** The committed example communes: a village, a large city with arrondissements, an overseas commune, and Sains. */
const EXAMPLES = [
  { folder: 'sains', code: '35248', nom: 'Sains' },
  { folder: 'saint-martin-vesubie', code: '06127', nom: 'Saint-Martin-Vésubie' },
  { folder: 'lyon', code: '69123', nom: 'Lyon' },
  { folder: 'les-abymes', code: '97101', nom: 'Les Abymes' },
];

function load(folder: string) {
  const file = `examples/${folder}/commune.yaml`;
  const parsed = parseProfile(readFileSync(path.join(ROOT, file)), file);
  const completed = completeProfile(parsed.profile, parsed.locate);
  return { profile: completed.profile, warnings: [...parsed.warnings, ...completed.warnings] };
}

describe('example profiles', () => {
  it.each(EXAMPLES)('$folder parses and completes without warning', ({ folder, code, nom }) => {
    const { profile, warnings } = load(folder);
    expect(warnings).toEqual([]);
    expect(profile.commune.code_insee).toBe(code);
    expect(profile.commune.nom).toBe(nom);
    for (const risk of profile.risques ?? []) expect(RISK_INSTRUCTIONS[risk].pendant.length).toBeGreaterThan(0);
  });

  it('covers the three kinds of commune the kits must serve', () => {
    const village = load('saint-martin-vesubie').profile;
    const city = load('lyon').profile;
    const overseas = load('les-abymes').profile;
    expect(village.commune.population).toBeLessThan(2000);
    // The city's own code, not an arrondissement's: the letter goes to the mayor of Lyon.
    expect(city.commune.code_insee).toBe('69123');
    expect(city.commune.population).toBeGreaterThan(100_000);
    expect(overseas.commune.departement.code).toBe('971');
    expect(overseas.commune.de).toBe('des Abymes');
    expect(overseas.risques).toContain('cyclone');
  });

  it('uses the optional sections the kits read, with valid values', () => {
    expect(load('saint-martin-vesubie').profile.reunion).toEqual({ date: '2027-01-13', heure: '18 h 30', lieu: 'Salle polyvalente, 1 place de la Mairie' });
    expect(load('saint-martin-vesubie').profile.resilience?.points).toEqual(['alimentation', 'risques']);
    expect(load('lyon').profile.entraide?.services?.length).toBeGreaterThan(0);
    expect(load('les-abymes').profile.heure_civique?.site).toMatch(/^https:\/\//);
  });
});
