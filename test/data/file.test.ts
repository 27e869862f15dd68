import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { csvFileSource, readAllRows } from '../../src/data/index.js';
import { associationBase, FIXTURES, thrown } from './helpers.js';

describe('reading a CSV file from disk', () => {
  test('a fixture, through the file source', async () => {
    const file = new URL('excel-fr-windows-1252.csv', FIXTURES).pathname;
    const result = await readAllRows(csvFileSource(file, 'maires.csv'), { file: 'maires.csv', base: associationBase() });
    expect(result.valid).toHaveLength(3);
  });

  test('a missing file, a directory: CsvRead errors naming the file as typed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kit-csv-'));
    const [missing] = await thrown(() => readAllRows(csvFileSource(path.join(dir, 'absent.csv'), 'absent.csv'), { file: 'absent.csv' }));
    expect(missing).toMatchObject({ code: 'CsvRead', location: { file: 'absent.csv' }, message: 'fichier CSV introuvable : absent.csv' });
    const [directory] = await thrown(() => readAllRows(csvFileSource(dir, 'dossier'), { file: 'dossier' }));
    expect(directory).toMatchObject({ code: 'CsvRead', location: { file: 'dossier' } });
    writeFileSync(path.join(dir, 'vide.csv'), '');
    const [empty] = await thrown(() => readAllRows(csvFileSource(path.join(dir, 'vide.csv'), 'vide.csv'), { file: 'vide.csv' }));
    expect(empty).toMatchObject({ code: 'CsvHeader', location: { file: 'vide.csv' } });
  });
});
