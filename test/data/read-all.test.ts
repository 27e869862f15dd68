import { describe, expect, test } from 'vitest';
import { invalidRowsError } from '../../src/data/index.js';
import { isKitError } from '../../src/diagnostics/index.js';
import { associationBase, bytes, readAll, rowEvents } from './helpers.js';

const HEADER = 'Code INSEE;Civilité;Nom;Adresse;Code postal';
const GOOD = '35248;Madame;Dupont;1 place de la Mairie;35610';
const BAD_CODE = '35248;Madame;Dupont;1 place de la Mairie;ABCDE';
const RAGGED = '94038;Monsieur;Lœillet;94240';

describe('reading a whole file for the planning step', () => {
  test('valid and invalid rows, warnings, delimiter, encoding, columns, count', async () => {
    const text = `${HEADER}\r\n${GOOD}\r\n${BAD_CODE}\r\n${RAGGED}\r\n02565;Madame;Cœurderoy;1 rue de l’Église;02160\r\n`;
    const result = await readAll(bytes(text, 'windows-1252'), { base: associationBase() });
    expect(result.valid.map((row) => row.line)).toEqual([2, 5]);
    expect(result.invalid.map((row) => [row.row, row.line, row.diagnostics[0]!.code])).toEqual([
      [2, 3, 'CsvRow'],
      [3, 4, 'CsvParse'],
    ]);
    expect(result).toMatchObject({ delimiter: ';', delimiterForced: false, encoding: 'windows-1252', rows: 4 });
    expect(result.columns.map((column) => column.header)).toEqual(HEADER.split(';'));
    expect(result.warnings.map((w) => w.code)).toEqual(['CsvEncoding']);
  });

  test('invalidRowsError lists every invalid row in line order (exit code 6), or nothing', async () => {
    const result = await readAll(`${HEADER}\n${BAD_CODE}\n${GOOD}\n${RAGGED}\n`, { base: associationBase() });
    const error = invalidRowsError(result);
    expect(error?.exitCode).toBe(6);
    expect(error?.diagnostics.map((d) => d.location?.line)).toEqual([2, 4]);
    expect(invalidRowsError(await readAll(`${HEADER}\n${GOOD}\n`, { base: associationBase() }))).toBeUndefined();
  });

  test('when the file cannot be read to its end, the error carries the rows’ problems before it', async () => {
    try {
      await readAll(`${HEADER}\n${BAD_CODE}\n${RAGGED}\n35248;Madame;"Dupont;1 place;35610\n${GOOD}\n`, { base: associationBase() });
      expect.unreachable();
    } catch (error) {
      if (!isKitError(error)) throw error;
      expect(error.diagnostics.map((d) => [d.code, d.location?.line])).toEqual([
        ['CsvRow', 2],
        ['CsvParse', 3],
        ['CsvParse', 4],
      ]);
      expect(error.exitCode).toBe(6);
    }
  });

  test('the stream of events: format first, then the notice, the rows, and the end', async () => {
    const events = await rowEvents(bytes(`${HEADER}\n02565;Madame;Cœurderoy;1 rue de l’Église;02160\n`, 'windows-1252'), { base: associationBase() });
    expect(events.map((event) => event.kind)).toEqual(['format', 'notice', 'valid', 'end']);
  });

  test('stopping early closes the source', async () => {
    let closed = false;
    async function* source(): AsyncGenerator<Uint8Array> {
      try {
        yield bytes(`${HEADER}\n`);
        for (;;) yield bytes(`${GOOD}\n`);
      } finally {
        closed = true;
      }
    }
    const { readRows } = await import('../../src/data/index.js');
    let seen = 0;
    for await (const event of readRows(source(), { file: 'maires.csv', base: associationBase() })) {
      if (event.kind === 'valid' && ++seen === 3) break;
    }
    await new Promise((resolve) => setImmediate(resolve));
    expect(closed).toBe(true);
  });
});
