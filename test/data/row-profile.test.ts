import { describe, expect, test } from 'vitest';
import { formatDiagnostic, type Diagnostic } from '../../src/diagnostics/index.js';
import type { InvalidRow, ValidRow } from '../../src/data/index.js';
import { associationBase, readAll } from './helpers.js';

const HEADER = 'Code INSEE;Civilité;Prénom;Nom;Adresse;Adresse 2;Code postal';

async function one(line: string, header = HEADER, base = associationBase()): Promise<ValidRow | InvalidRow> {
  const result = await readAll(`${header}\r\n${line}\r\n`, { base });
  const [row] = [...result.valid, ...result.invalid];
  return row!;
}

async function valid(line: string, header = HEADER): Promise<ValidRow> {
  const row = await one(line, header);
  if (row.kind !== 'valid') throw new Error(row.diagnostics.map(formatDiagnostic).join('\n'));
  return row;
}

async function errors(line: string, header = HEADER, base = associationBase()): Promise<Diagnostic[]> {
  const row = await one(line, header, base);
  if (row.kind !== 'invalid') throw new Error('la ligne aurait dû être refusée');
  return row.diagnostics.filter((d) => d.severity === 'error');
}

describe('base profile + row', () => {
  test('an association’s profile (sender only) and a row of a mayor make a completed profile', async () => {
    const row = await valid('35248;Madame;Camille;Dupont;1 place de la Mairie;;35610');
    expect(row).toMatchObject({ kind: 'valid', row: 1, line: 2, warnings: [] });
    expect(row.profile).toMatchObject({
      commune: { code_insee: '35248', nom: 'Sains', code_postal: '35610', de: 'de Sains' },
      mairie: { adresse: ['1 place de la Mairie'], code_postal: '35610', libelle_acheminement: 'SAINS' },
      maire: { civilite: 'Madame', prenom: 'Camille', nom: 'Dupont' },
      expediteur: { nom: 'Alex Martin', association: 'Collectif Exemple' },
      risques: ['inondation'],
    });
    expect(row.profile.maire).not.toHaveProperty('appellation');
  });

  test('a row’s value replaces the base’s; an empty cell leaves it; rows never share or alter the base', async () => {
    const base = associationBase();
    const result = await readAll(`${HEADER};Risques;expediteur.nom\n35248;Madame;;Dupont;1 place de la Mairie;;35610;Séisme, feu de forêt;Lou Martin\n94038;Monsieur;;Lœillet;41 rue Jean Jaurès;;94240;;\n`, { base });
    expect(result.valid.map((row) => [row.profile.risques, row.profile.expediteur.nom, row.profile.maire.prenom])).toEqual([
      [['seisme', 'feu-de-foret'], 'Lou Martin', undefined],
      [['inondation'], 'Alex Martin', undefined],
    ]);
    expect(base.profile.risques).toEqual(['inondation']);
    expect(base.profile.expediteur?.nom).toBe('Alex Martin');
  });

  test('« Adresse » and « Adresse 2 » are lines 1 and 2; an empty « Adresse 2 » adds no line', async () => {
    expect((await valid('94038;Monsieur;;Lœillet;41 rue Jean Jaurès;Bâtiment B;94240')).profile.mairie.adresse).toEqual(['41 rue Jean Jaurès', 'Bâtiment B']);
    expect((await valid('94038;Monsieur;;Lœillet;41 rue Jean Jaurès;;94240')).profile.mairie.adresse).toEqual(['41 rue Jean Jaurès']);
  });

  test('spreadsheet spellings of the civility', async () => {
    for (const [written, civilite] of [['Mme', 'Madame'], ['MADAME', 'Madame'], ['M.', 'Monsieur'], ['m', 'Monsieur'], ['F', 'Madame'], ['monsieur', 'Monsieur']]) {
      expect((await valid(`35248;${written};;Dupont;1 place de la Mairie;;35610`)).profile.maire.civilite, written).toBe(civilite);
    }
  });

  test('the postal code of the address is also the commune’s, when it serves it (Marseille, no warning)', async () => {
    const row = await valid('13055;Monsieur;;Durand;Quai du Port;;13002');
    expect(row.profile.commune.code_postal).toBe('13002');
    expect(row.warnings).toEqual([]);
  });

  test('without one, a commune with several postal codes gets a warning telling to add the column', async () => {
    const row = await valid('13055;Monsieur;;Durand;Quai du Port', 'Code INSEE;Civilité;Prénom;Nom;Adresse');
    expect(row.warnings).toEqual([expect.objectContaining({ code: 'PostcodeChosen', location: { file: 'maires.csv', line: 2, field: 'commune.code_postal' } })]);
    expect(row.warnings[0]!.hint).toContain('colonne « Code postal »');
  });

  test('a code that lost its leading zero in the spreadsheet gets it back, with a warning', async () => {
    const row = await valid('1053;Madame;;Martin;Place de l’Hôtel de Ville;;1000');
    expect(row.profile.commune).toMatchObject({ code_insee: '01053', nom: 'Bourg-en-Bresse' });
    expect(row.profile.mairie.code_postal).toBe('01000');
    expect(row.warnings.map((w) => [w.code, w.location?.field, w.actual, w.expected])).toEqual([
      ['CsvRow', 'Code INSEE', '1053', '01053'],
      ['CsvRow', 'Code postal', '1000', '01000'],
    ]);
  });

  test('a commune déléguée or an arrondissement leads to the mayor’s commune, with a warning at the CSV line', async () => {
    const row = await valid('75108;Madame;;Moreau;Place de l’Hôtel de Ville;;75004');
    expect(row.profile.commune.code_insee).toBe('75056');
    expect(row.warnings).toEqual([expect.objectContaining({ code: 'CommuneRedirected', location: { file: 'maires.csv', line: 2, field: 'Code INSEE' } })]);
  });

  test('control characters: a vertical tab becomes a line break, others are removed, with a warning', async () => {
    const row = await valid('35248;Madame;;Du\u0000pont;1 place\u000Bde la Mairie;;35610');
    expect(row.profile.maire.nom).toBe('Dupont');
    expect(row.profile.mairie.adresse).toEqual(['1 place', 'de la Mairie']);
    expect(row.warnings.map((w) => [w.code, w.location])).toEqual([
      ['CsvRow', { file: 'maires.csv', line: 2, field: 'Nom' }],
      ['CsvRow', { file: 'maires.csv', line: 2, field: 'Adresse' }],
    ]);
    expect(row.warnings[1]!.message).toContain('U+000B (changé en retour à la ligne)');
  });
});

describe('row errors: located at the CSV line, with the column as written and the profile path', () => {
  test('a bad INSEE code and a bad postal code in one row: both reported', async () => {
    const found = await errors('35A48;Madame;;Dupont;1 place de la Mairie;;356100');
    expect(found.map((d) => [d.code, d.location])).toEqual([
      ['CsvRow', { file: 'maires.csv', line: 2, field: 'Code INSEE' }],
      ['CsvRow', { file: 'maires.csv', line: 2, field: 'Code postal' }],
    ]);
    expect(found.map(formatDiagnostic).join('\n')).toMatchInlineSnapshot(`
      "maires.csv:2 — colonne « Code INSEE » (commune.code_insee) : « 35A48 » n’est pas un code INSEE (5 caractères attendus).
        Trouvé : « 35A48 » ; attendu : 5 chiffres, ou 2A/2B et 3 chiffres en Corse
        Astuce : le code INSEE (5 caractères, « 35248 », « 2A004 » en Corse) n’est pas le code postal ; cherchez-le avec kit init --commune "<nom>".
      maires.csv:2 — colonne « Code postal » (mairie.code_postal) : « 356100 » n’est pas un code postal (5 chiffres attendus).
        Trouvé : « 356100 » ; attendu : 5 chiffres
        Astuce : un code postal a 5 chiffres (« 35610 ») ; corrigez la cellule."
    `);
  });

  test('an INSEE code of no commune: the nearest codes, at the CSV line', async () => {
    const [error] = await errors('35999;Madame;;Dupont;1 place de la Mairie;;35610');
    expect(error).toMatchObject({ code: 'CsvRow', location: { file: 'maires.csv', line: 2, field: 'Code INSEE' }, actual: '35999' });
    expect(error!.message).toMatch(/^colonne « Code INSEE » \(commune\.code_insee\) : /);
    expect(error!.hint).toContain('codes proches');
  });

  test('a postal code that does not serve the commune: the right one, and a CSV hint', async () => {
    const [error] = await errors('35248;Madame;;Dupont;1 place de la Mairie;;35000');
    expect(error).toMatchObject({ code: 'CsvRow', location: { line: 2, field: 'Code postal' }, expected: '35610' });
    expect(error!.message).toBe('colonne « Code postal » (mairie.code_postal) : 35000 ne dessert pas Sains (35248).');
    expect(error!.hint).toContain('corrigez la cellule (35610)');
  });

  test('a commune name that is not the code’s', async () => {
    const [error] = await errors('35248;Rennes;Madame;Dupont;1 place de la Mairie', 'Code INSEE;Commune;Civilité;Nom;Adresse');
    expect(error).toMatchObject({ location: { field: 'Commune' }, expected: 'Sains' });
    expect(error!.hint).toContain('« Sains »');
  });

  test('an empty cell of a required field', async () => {
    const [error] = await errors('35248;Madame;Camille;;1 place de la Mairie;;35610');
    expect(error).toMatchObject({ code: 'CsvRow', message: 'colonne « Nom » (maire.nom) : cellule vide.', location: { file: 'maires.csv', line: 2, field: 'Nom' } });
  });

  test('a row whose cells of a whole section are empty: each required field named', async () => {
    const found = await errors(';Madame;Camille;Dupont;;;');
    expect(found.map((d) => d.message)).toEqual(['colonne « Code INSEE » (commune.code_insee) : cellule vide.', 'colonne « Adresse » (mairie.adresse) : cellule vide.']);
    expect(found.map((d) => d.location)).toEqual([
      { file: 'maires.csv', line: 2, field: 'Code INSEE' },
      { file: 'maires.csv', line: 2, field: 'Adresse' },
    ]);
  });

  test('a civility that is not one: a suggestion', async () => {
    const [error] = await errors('35248;Mlle;;Dupont;1 place de la Mairie;;35610');
    expect(error).toMatchObject({ location: { field: 'Civilité' }, actual: 'Mlle', expected: 'Madame ou Monsieur', hint: 'vouliez-vous dire « Madame » ?' });
  });

  test('three address lines (a cell with a line break plus « Adresse 2 »)', async () => {
    const [error] = await errors('35248;Madame;;Dupont;"1 place\nde la Mairie";Bâtiment B;35610');
    expect(error).toMatchObject({ location: { field: 'Adresse' }, expected: 'au plus 2 lignes' });
    expect(error!.message).toBe('colonne « Adresse » (mairie.adresse) : 3 lignes, 2 au plus.');
  });

  test('an unknown risk, written in a cell with others', async () => {
    const [error] = await errors('35248;Madame;Dupont;1 place de la Mairie;inondation, volcan', 'Code INSEE;Civilité;Nom;Adresse;Risques');
    expect(error).toMatchObject({ location: { field: 'Risques' }, actual: 'volcan', hint: 'vouliez-vous dire « eruption-volcanique » ?' });
    expect(error!.message).toBe('colonne « Risques » (risques (élément 2)) : « volcan » n’est pas une valeur possible.');
  });

  test('an error about a value of the base profile points into the base profile', async () => {
    const base = associationBase(`commune:\n  code_postal: "35610"\nexpediteur:\n  nom: Alex Martin\n  adresse: ["12 rue des Lilas"]\n  code_postal: "35610"\n  commune: Sains\n`);
    const [error] = await errors('94038;Monsieur;;Lœillet;41 rue Jean Jaurès;;94240', HEADER, base);
    expect(error).toMatchObject({ code: 'CsvRow', location: { file: 'association.yaml', line: 2 } });
    expect(error!.message).toBe("commune.code_postal : 35610 ne dessert pas L'Haÿ-les-Roses (94038) (pour la ligne 2 de maires.csv).");
  });

  test('the other rows are still read: only the bad one is invalid', async () => {
    const result = await readAll(`${HEADER}\n35248;Madame;;Dupont;1 place de la Mairie;;35610\n35248;Madame;;Dupont;1 place de la Mairie;;ABCDE\n94038;Monsieur;;Lœillet;41 rue Jean Jaurès;;94240\n`, { base: associationBase() });
    expect(result.valid.map((row) => row.line)).toEqual([2, 4]);
    expect(result.invalid.map((row) => [row.row, row.line])).toEqual([[2, 3]]);
  });
});
