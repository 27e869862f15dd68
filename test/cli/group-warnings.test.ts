import { describe, expect, it } from 'vitest';
import { groupRepeated, printDiagnostics, printError, summarizeByKind } from '../../src/cli/report.js';
import { KitError, warning, type Diagnostic } from '../../src/diagnostics/index.js';
import { memoryIo } from '../helpers/io.js';

/** A warning of the CSV reader on one row, as src/data gives it. */
const rowWarning = (line: number, actual = '4 chiffres'): Diagnostic =>
  warning({ code: 'CsvRow', message: 'code postal à 4 chiffres : le zéro initial est remis.', location: { file: 'maires.csv', line, field: 'Code postal' }, actual, hint: 'mettez la colonne au format Texte.' });

/** A writer's warning on one row, as pipeline/batch.ts reports it: the CSV line in front. */
const renderWarning = (line: number): Diagnostic =>
  warning({ code: 'AddressLineTooLong', message: `ligne ${line} : une ligne de l’adresse dépasse 38 caractères.`, location: { file: 'kits/resilience/lettre-maire.md', line: 4 } });

describe('repeated batch warnings, grouped for the human report', () => {
  it('prints a warning repeated on 2,000 rows once, with the first ten lines and the count of the others', () => {
    const warnings = Array.from({ length: 2000 }, (_, i) => rowWarning(i + 2));
    const grouped = groupRepeated(warnings);
    expect(grouped).toHaveLength(1);
    expect(grouped[0]).toMatchObject({
      severity: 'warning',
      code: 'CsvRow',
      message: 'lignes 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 … et 1\u202f990 autres : code postal à 4 chiffres : le zéro initial est remis.',
      location: { file: 'maires.csv', field: 'Code postal' },
      actual: '4 chiffres',
      hint: 'mettez la colonne au format Texte.',
    });
    expect(grouped[0]!.location).not.toHaveProperty('line');

    const io = memoryIo(process.cwd());
    printDiagnostics(io, grouped);
    expect(io.err().split('\n').filter(Boolean)).toHaveLength(3);
    expect(io.err()).toContain('maires.csv — lignes 2, 3, 4');
  });

  it('groups the writers’ warnings by the CSV line in front of their message, keeping the template’s location', () => {
    const grouped = groupRepeated([renderWarning(2), renderWarning(7), renderWarning(9)]);
    expect(grouped).toEqual([
      { severity: 'warning', code: 'AddressLineTooLong', message: 'lignes 2, 7, 9 : une ligne de l’adresse dépasse 38 caractères.', location: { file: 'kits/resilience/lettre-maire.md', line: 4 } },
    ]);
  });

  it('keeps single warnings as they are, other warnings apart, and groups at their first place', () => {
    const notice = warning({ code: 'CsvEncoding', message: 'lu en Windows-1252.', location: { file: 'maires.csv' } });
    const other = warning({ code: 'CsvRow', message: 'cellule sans en-tête.', location: { file: 'maires.csv', line: 5 } });
    const grouped = groupRepeated([notice, rowWarning(3), other, renderWarning(4), rowWarning(6, '3 chiffres')]);
    expect(grouped.map((d) => d.message)).toEqual([
      'lu en Windows-1252.',
      'lignes 3, 6 : code postal à 4 chiffres : le zéro initial est remis.',
      'cellule sans en-tête.',
      'ligne 4 : une ligne de l’adresse dépasse 38 caractères.',
    ]);
    // The rows found different values: none is shown for the group.
    expect(grouped[1]).not.toHaveProperty('actual');
    expect(grouped[2]).toBe(other);
  });

  it('says « autre » for one more line', () => {
    const grouped = groupRepeated(Array.from({ length: 11 }, (_, i) => rowWarning(i + 2)));
    expect(grouped[0]!.message).toMatch(/^lignes 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 … et 1 autre : /);
  });
});

describe('repeated row errors, grouped when a KitError is printed', () => {
  it('prints an error repeated on 500 rows once, and two different errors apart', () => {
    const rowError = (line: number): Diagnostic => ({
      severity: 'error',
      code: 'CsvRow',
      message: 'colonne « Prénom » (maire.prenom) : cellule vide ; le document « Lettre » en a besoin.',
      location: { file: 'maires.csv', line, field: 'Prénom' },
    });
    const other: Diagnostic = { severity: 'error', code: 'CsvRow', message: 'code INSEE inconnu « 99999 ».', location: { file: 'maires.csv', line: 40, field: 'Code INSEE' } };
    const io = memoryIo(process.cwd());
    printError(io, new KitError([...Array.from({ length: 500 }, (_, i) => rowError(i + 2)), other]));
    const lines = io.err().split('\n').filter(Boolean);
    expect(lines).toEqual([
      'maires.csv — lignes 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 … et 490 autres : colonne « Prénom » (maire.prenom) : cellule vide ; le document « Lettre » en a besoin.',
      'maires.csv:40 — code INSEE inconnu « 99999 ».',
    ]);
  });
});

describe('many warnings of one kind, summarized for the human report', () => {
  const chosen = (line: number, commune: string): Diagnostic =>
    warning({ code: 'PostcodeChosen', message: `${commune} a 2 codes postaux ; 01190 est utilisé pour la commune.`, location: { file: 'maires.csv', line, field: 'Code INSEE' } });

  it('prints the first three of 500 different messages, then one line with the count and how to see them all', () => {
    const warnings = [...Array.from({ length: 500 }, (_, i) => chosen(i + 2, `Commune ${i}`)), renderWarning(3)];
    const summary = summarizeByKind(groupRepeated(warnings));
    expect(summary.map((d) => d.message)).toEqual([
      'Commune 0 a 2 codes postaux ; 01190 est utilisé pour la commune.',
      'Commune 1 a 2 codes postaux ; 01190 est utilisé pour la commune.',
      'Commune 2 a 2 codes postaux ; 01190 est utilisé pour la commune.',
      '… et 497 autres avertissements du même type (PostcodeChosen).',
      'ligne 3 : une ligne de l’adresse dépasse 38 caractères.',
    ]);
    expect(summary[3]).toMatchObject({ severity: 'warning', hint: '--json les donne tous.' });
  });

  it('leaves ten or fewer of a kind as they are', () => {
    const warnings = Array.from({ length: 10 }, (_, i) => chosen(i + 2, `Commune ${i}`));
    expect(summarizeByKind(warnings)).toEqual(warnings);
  });
});
