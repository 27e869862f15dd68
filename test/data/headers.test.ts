import { describe, expect, test } from 'vitest';
import { columnLetter, resolveHeaders } from '../../src/data/headers.js';
import { isKitError, type Diagnostic } from '../../src/diagnostics/index.js';
import { associationBase, csvEvents, readAll, thrown } from './helpers.js';

const CONTEXT = { file: 'maires.csv', line: 1, delimiter: ';' as const, delimiterForced: false };

const keys = (headers: string[]) => resolveHeaders(headers, CONTEXT).map((column) => column.target?.key);

function problems(headers: string[]): Diagnostic[] {
  try {
    resolveHeaders(headers, CONTEXT);
  } catch (error) {
    if (isKitError(error)) return [...error.diagnostics];
    throw error;
  }
  throw new Error('les en-têtes auraient dû être refusés');
}

describe('dotted profile paths', () => {
  test('every field of the profile, by its path', () => {
    expect(keys(['commune.code_insee', 'maire.civilite', 'maire.nom', 'mairie.adresse', 'expediteur.nom', 'risques', 'heure_civique.site'])).toEqual([
      'commune.code_insee',
      'maire.civilite',
      'maire.nom',
      'mairie.adresse',
      'expediteur.nom',
      'risques',
      'heure_civique.site',
    ]);
  });

  test('compared without case, accents or separators; one line of a list by its number', () => {
    expect(keys(['Commune.Code INSEE', 'MAIRE.Prénom', 'mairie.code-postal', 'mairie.adresse.1', 'mairie.adresse.2'])).toEqual([
      'commune.code_insee',
      'maire.prenom',
      'mairie.code_postal',
      'mairie.adresse.1',
      'mairie.adresse.2',
    ]);
  });

  test('a section is not a field; a number after a field that is not a list is refused', () => {
    const [section, item] = problems(['maire', 'commune.code_insee', 'maire.nom.1']);
    expect(section!.message).toContain('section du profil');
    expect(section!.expected).toContain('maire.nom');
    expect(item!.message).toContain('ne désigne pas une ligne');
  });
});

describe('French labels', () => {
  test('matched without case, accents, spaces, underscores or apostrophes, in NFC or NFD', () => {
    expect(keys(['CODE INSEE', 'civilite', 'Pre\u0301nom', 'nom', 'adresse_2', 'Code postal', 'E-mail', 'Tél.', 'Libelle d\'acheminement'])).toEqual([
      'commune.code_insee',
      'maire.civilite',
      'maire.prenom',
      'maire.nom',
      'mairie.adresse.2',
      'mairie.code_postal',
      'mairie.email',
      'mairie.telephone',
      'mairie.libelle_acheminement',
    ]);
  });

  test('the header keeps the name as written (NFC, spaces collapsed), for messages', () => {
    const [column] = resolveHeaders(['\u00a0 Pre\u0301nom\u00a0 du   maire '], CONTEXT);
    expect(column).toMatchObject({ index: 0, letter: 'A', header: 'Prénom du maire', target: { key: 'maire.prenom', via: 'alias' } });
  });

  test('spreadsheet letters', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});

describe('refused headers: all reported at once', () => {
  test('unknown headers, each with a suggestion among paths and labels', () => {
    const found = problems(['Code INSE', 'Prénon', 'maire.prnom', 'Date de naissance', 'Nom']);
    expect(found.map((d) => [d.code, d.location, d.hint])).toEqual([
      ['CsvHeader', { file: 'maires.csv', line: 1, field: 'Code INSE' }, 'vouliez-vous dire « Code INSEE » ?'],
      ['CsvHeader', { file: 'maires.csv', line: 1, field: 'Prénon' }, 'vouliez-vous dire « Prénom » ?'],
      ['CsvHeader', { file: 'maires.csv', line: 1, field: 'maire.prnom' }, 'vouliez-vous dire « maire.prenom » ?'],
      ['CsvHeader', { file: 'maires.csv', line: 1, field: 'Date de naissance' }, expect.stringContaining('supprimez-la')],
    ]);
    expect(found[0]!.message).toBe('colonne A : en-tête « Code INSEE » inconnu.'.replace('Code INSEE', 'Code INSE'));
    expect(found[3]!.expected).toContain('Code INSEE');
  });

  test('duplicate headers, after normalization, name both columns', () => {
    const [same, field] = problems(['Nom', 'Code INSEE', 'NOM', 'Courriel', 'E-mail']);
    expect(same).toMatchObject({ code: 'CsvHeader', location: { field: 'NOM' } });
    expect(same!.message).toBe('colonnes A « Nom » et C « NOM » : même en-tête (aux majuscules, accents ou espaces près).');
    expect(field!.message).toBe('colonnes D « Courriel » et E « E-mail » : toutes deux pour mairie.email.');
  });

  test('a label and a path for the same field, or a whole list and one of its lines, are duplicates', () => {
    const found = problems(['Nom', 'maire.nom', 'Adresse', 'mairie.adresse', 'Adresse 2', 'mairie.adresse.2']);
    expect(found.map((d) => d.location?.field)).toEqual(['maire.nom', 'mairie.adresse', 'mairie.adresse.2']);
  });

  test('__proto__, constructor and prototype are refused, as paths too', () => {
    const found = problems(['__proto__', 'constructor', 'maire.__proto__', 'Prototype', 'Nom']);
    expect(found).toHaveLength(4);
    for (const diagnostic of found) expect(diagnostic.message).toContain('interdit');
  });

  test('nothing leaks into an object prototype', async () => {
    await thrown(() => csvEvents('__proto__;constructor\n{"polluted":1};x\n'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('an empty header line', () => {
    const [error] = problems(['', ' ', '\u00a0']);
    expect(error!.message).toContain('première ligne est vide');
  });
});

describe('columns without a header', () => {
  test('are not read; a filled cell under one is a warning', async () => {
    const result = await readAll('Code INSEE;Civilité;Nom;Adresse;;\n35248;Madame;Dupont;1 place de la Mairie;note;\n', { base: associationBase() });
    expect(result.valid).toHaveLength(1);
    expect(result.warnings).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'CsvRow', location: { file: 'maires.csv', line: 2, field: 'E' }, actual: 'note' }),
    ]);
  });
});

describe('required fields with no column and not in the base profile', () => {
  test('one header error per section, before any row', async () => {
    const found = await thrown(() => readAll('Code INSEE;Nom\n35248;Dupont\n'));
    expect(found.map((d) => d.message)).toEqual([
      'champ obligatoire absent du fichier CSV et du profil de base : mairie.adresse.',
      'champ obligatoire absent du fichier CSV et du profil de base : maire.civilite.',
      'champs obligatoires absents du fichier CSV et du profil de base : expediteur.nom, expediteur.adresse, expediteur.code_postal et expediteur.commune.',
    ]);
    expect(found[0]).toMatchObject({ code: 'CsvHeader', location: { file: 'maires.csv', line: 1, field: 'mairie.adresse' }, expected: 'une colonne « Adresse » (mairie.adresse)' });
    expect(found[2]!.hint).toContain('--profile');
  });

  test('the base profile may give them instead', async () => {
    const result = await readAll('Code INSEE;Nom\n35248;Dupont\n', {
      base: associationBase(`${'maire:\n  civilite: Madame\nmairie:\n  adresse: ["1 place de la Mairie"]\n'}expediteur:\n  nom: Alex Martin\n  adresse: ["12 rue des Lilas"]\n  code_postal: "35610"\n  commune: Sains\n`),
    });
    expect(result.invalid).toEqual([]);
    expect(result.valid[0]!.profile.maire).toEqual({ civilite: 'Madame', nom: 'Dupont' });
  });
});
