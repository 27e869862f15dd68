import { describe, expect, test } from 'vitest';
import { checkRows, invalidRowsError, missingFieldErrors } from '../../src/data/index.js';
import { associationBase, bytes, chunks } from './helpers.js';

const HEADER = 'Code INSEE;Civilité;Prénom;Nom;Adresse';
const options = { file: 'maires.csv', base: associationBase() };

describe('fields a document needs and a row lacks: located row errors of pass 1', () => {
  test('an empty cell of a column names the column, the line and the document', async () => {
    const text = `${HEADER}\n35248;Madame;Camille;Dupont;1 place de la Mairie\n35248;Madame;;Martin;1 place de la Mairie\n`;
    const result = await checkRows(chunks(bytes(text)), options, (row, columns) =>
      row.profile.maire.prenom === undefined ? missingFieldErrors([{ field: 'maire.prenom', document: 'Lettre au maire' }], row, { file: 'maires.csv', columns }) : undefined,
    );
    expect(result.valid).toBe(1);
    expect(result.invalid.map((row) => [row.row, row.line])).toEqual([[2, 3]]);
    const [error] = result.invalid[0]!.diagnostics;
    expect(error).toMatchObject({
      severity: 'error',
      code: 'CsvRow',
      message: 'colonne « Prénom » (maire.prenom) : cellule vide ; le document « Lettre au maire » en a besoin.',
      location: { file: 'maires.csv', line: 3, field: 'Prénom' },
    });
    // Reported with the other row errors, exit code 6.
    expect(invalidRowsError(result)?.exitCode).toBe(6);
  });

  test('a field with no column names the field and the column to add', async () => {
    const text = `${HEADER}\n35248;Madame;Camille;Dupont;1 place de la Mairie\n`;
    const result = await checkRows(chunks(bytes(text)), options, (row, columns) =>
      missingFieldErrors([{ field: 'mairie.email', document: 'DICRIM' }], row, { file: 'maires.csv', columns }),
    );
    expect(result.valid).toBe(0);
    expect(result.invalid[0]!.diagnostics[0]).toMatchObject({
      message: 'mairie.email manque (ni colonne, ni valeur dans le profil de base) ; le document « DICRIM » en a besoin.',
      location: { file: 'maires.csv', line: 2, field: 'mairie.email' },
      hint: 'ajoutez une colonne « Courriel » au fichier CSV, ou le champ au profil de base (--profile).',
    });
  });

  test('a refused row keeps its warnings after its errors; accepted rows give theirs to the result', async () => {
    const text = `${HEADER}\n2565;Madame;Camille;Dupont;1 rue de l’Église\n`;
    const refused = await checkRows(chunks(bytes(text)), options, (row, columns) => missingFieldErrors([{ field: 'maire.prenom', document: 'Lettre' }], row, { file: 'maires.csv', columns }));
    expect(refused.invalid[0]!.diagnostics.map((d) => d.severity)).toEqual(['error', 'warning']);
    expect(refused.warnings).toEqual([]);
    const accepted = await checkRows(chunks(bytes(text)), options);
    expect(accepted.warnings.map((d) => d.location?.line)).toEqual([2]);
  });
});
