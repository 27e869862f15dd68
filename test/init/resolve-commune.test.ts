import { describe, expect, it } from 'vitest';
import { KitError } from '../../src/diagnostics/index.js';
import { argumentFor, communeChoices, communeError, resolveCommune, type CommuneResolution } from '../../src/init/resolve-commune.js';

function found(query: string) {
  const resolution = resolveCommune(query);
  if (!resolution.found) throw new Error(`${query} : ${resolution.message}`);
  return resolution;
}

function notFound(query: string): Extract<CommuneResolution, { found: false }> {
  const resolution = resolveCommune(query);
  if (resolution.found) throw new Error(`${query} : trouvé ${resolution.commune.code}`);
  return resolution;
}

describe('resolveCommune (--commune)', () => {
  it('takes an INSEE code, leading zero and Corsica included, without a note', () => {
    expect(found('35248').commune.nom).toBe('Sains');
    expect(found('35248').notes).toEqual([]);
    expect(found('01004').commune.nom).toBe('Ambérieu-en-Bugey');
    expect(found('2a004').commune).toMatchObject({ code: '2A004', nom: 'Ajaccio' });
    expect(found('97101').commune.nom).toBe('Les Abymes');
  });

  it('leads the code of a commune déléguée or an arrondissement to the commune, and says so', () => {
    const deleguee = found('49069');
    expect(deleguee.commune).toMatchObject({ code: '49126', nom: "Orée d'Anjou" });
    expect(deleguee.notes).toHaveLength(1);
    expect(deleguee.notes[0]).toContain('Champtoceaux');
    expect(deleguee.notes[0]).toContain('49126');
    const arrondissement = found('75101');
    expect(arrondissement.commune.code).toBe('75056');
    expect(arrondissement.notes[0]).toContain('arrondissement');
  });

  it('takes a unique name however it is typed, and the name of a déléguée with a note', () => {
    expect(found('Sains').commune.code).toBe('35248');
    expect(found('  sains ').commune.code).toBe('35248');
    expect(found('havre').commune.code).toBe('76351');
    expect(found('Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson').commune.code).toBe('51513');
    const deleguee = found('Champtoceaux');
    expect(deleguee.commune.code).toBe('49126');
    expect(deleguee.notes[0]).toContain('déléguée');
  });

  it('lists the 12 Sainte-Colombe with their INSEE codes and départements, each with a value that finds it alone', () => {
    const resolution = notFound('Sainte-Colombe');
    expect(resolution.reason).toBe('ambiguous');
    expect(resolution.candidates).toHaveLength(12);
    const departements = resolution.candidates.map((c) => c.commune.departement.code);
    expect(new Set(departements).size).toBe(12);
    expect(departements).toContain('35');
    for (const candidate of resolution.candidates) {
      const again = resolveCommune(candidate.argument);
      expect(again.found && again.commune.code, candidate.argument).toBe(candidate.commune.code);
    }
    // 33390 is also a postal code (of other communes): that Sainte-Colombe is named with its département.
    expect(resolution.candidates.find((c) => c.commune.code === '33390')?.argument).toBe('Sainte-Colombe (33)');
  });

  it('narrows homonyms by département or postal code', () => {
    expect(found('Sainte-Colombe (35)').commune.code).toBe('35262');
    expect(found('St-Denis (93)').commune.code).toBe('93066');
    expect(found('35610 Sains')).toMatchObject({ commune: { code: '35248' }, codePostal: '35610' });
    expect(found('Sains 35610').commune.code).toBe('35248');
  });

  it('takes a postal code serving one commune, with that postal code', () => {
    expect(found('35000')).toMatchObject({ commune: { code: '35238', nom: 'Rennes' }, codePostal: '35000' });
    expect(found('94240').commune.nom).toBe("L'Haÿ-les-Roses");
    expect(found('20000').commune.code).toBe('2A004');
    // 76600 is Le Havre's postal code and the INSEE code of another commune: both are offered.
    expect(notFound('76600').candidates.map((c) => c.commune.nom)).toContain('Le Havre');
  });

  it('lists every commune of a shared postal code: 35610 serves Sains and six others', () => {
    const resolution = notFound('35610');
    expect(resolution.reason).toBe('ambiguous');
    expect(resolution.candidates.map((c) => c.commune.code)).toEqual(['35222', '35247', '35248', '35270', '35329', '35339', '35354']);
    expect(resolution.candidates.every((c) => c.codePostal === '35610')).toBe(true);
  });

  it('does not pick one reading of five digits that are an INSEE code and another commune’s postal code', () => {
    const resolution = notFound('13001');
    expect(resolution.reason).toBe('ambiguous');
    expect(resolution.candidates.map((c) => [c.commune.nom, c.reading])).toEqual([
      ['Aix-en-Provence', 'code INSEE'],
      ['Marseille', 'code postal'],
    ]);
    expect(resolution.candidates.map((c) => c.argument)).toEqual(['Aix-en-Provence', '13055']);
  });

  it('suggests the nearest names for an unknown one', () => {
    const resolution = notFound('Sainss');
    expect(resolution.reason).toBe('unknown');
    expect(resolution.candidates[0]?.commune.code).toBe('35248');
    expect(notFound('abcxyz').candidates).toEqual([]);
    expect(notFound('Sainte-Colombe (99)').reason).toBe('unknown');
  });

  it('explains an unknown code, a lost leading zero, and a name with the wrong postal code', () => {
    expect(notFound('35999')).toMatchObject({ reason: 'unknown', candidates: [] });
    expect(notFound('1004')).toMatchObject({ reason: 'format' });
    expect(notFound('1004').message).toContain('01004');
    const wrongPostcode = notFound('Sains 35000');
    expect(wrongPostcode.reason).toBe('unknown');
    expect(wrongPostcode.candidates.map((c) => c.commune.nom)).toEqual(['Rennes']);
    expect(notFound('')).toMatchObject({ reason: 'format' });
  });
});

describe('communeError', () => {
  it('is a usage error (exit 2) listing the candidates with INSEE code, département and the value to pass', () => {
    const error = communeError('Sainte-Colombe', notFound('Sainte-Colombe'));
    expect(error).toBeInstanceOf(KitError);
    expect(error.exitCode).toBe(2);
    const { message, hint } = error.diagnostics[0]!;
    expect(message).toContain('12 communes portent le nom « Sainte-Colombe »');
    expect(message).toContain('Sainte-Colombe (Ille-et-Vilaine, 35) — code INSEE 35262, code postal 35134 : --commune 35262');
    expect(message).toContain('--commune "Sainte-Colombe (33)"');
    expect(hint).toContain('--commune 69189');
  });

  it('says how to write a commune when nothing comes close', () => {
    const error = communeError('abcxyz', notFound('abcxyz'));
    expect(error.diagnostics[0]!.message).toBe('--commune : aucune commune ne s’appelle « abcxyz ».');
    expect(error.diagnostics[0]!.hint).toContain('code INSEE');
  });

  it('caps a long list', () => {
    const error = communeError('51300', notFound('51300'));
    expect(error.diagnostics[0]!.message).toMatch(/… et \d+ autres$/);
  });
});

describe('argumentFor and communeChoices', () => {
  it('prefers the INSEE code', () => {
    expect(argumentFor(found('35248').commune)).toBe('35248');
  });

  it('offers search results with the département, for the prompt', () => {
    const choices = communeChoices('Sainte-Colombe');
    expect(choices[0]?.name).toMatch(/^Sainte-Colombe \(\d\d\) — \d{5}$/);
    expect(choices.some((c) => c.description.includes('Ille-et-Vilaine (35), code INSEE 35262'))).toBe(true);
    expect(communeChoices('')).toEqual([]);
  });
});
