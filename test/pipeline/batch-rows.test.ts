import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRows, csvFileSource, type FileStamp, type ReadRowsOptions } from '../../src/data/index.js';
import { plannedRows } from '../../src/pipeline/batch.js';
import { associationBase, bytes, thrown } from '../data/helpers.js';

const HEADER = 'Code INSEE;Civilité;Nom;Adresse';
const row = (i: number) => `35248;Madame;Dupont-${i};${1 + (i % 40)} place de la Mairie`;
const options = (): ReadRowsOptions => ({ file: 'maires.csv', base: associationBase() });

/** Pass 1 as the batch runs it, keeping the plan's lines (a test keeps them in an array). */
async function firstPass(source: AsyncIterable<Uint8Array>) {
  const planned: { row: number; line: number }[] = [];
  const result = await checkRows(source, options(), (valid) => {
    planned.push({ row: valid.row, line: valid.line });
  });
  return { result, plan: { size: planned.length, rowAt: (index: number) => planned[index]! } };
}

/** The CSV in small chunks, counting the bytes the reader has pulled so far. */
function spiedSource(text: string, chunk = 4096) {
  const data = bytes(text);
  const spy = { pulled: 0 };
  async function* source(): AsyncGenerator<Uint8Array> {
    for (let i = 0; i < data.length; i += chunk) {
      const piece = data.slice(i, i + chunk);
      spy.pulled += piece.length;
      yield piece;
    }
  }
  return { source, spy, total: data.length };
}

describe('pass 2 of a batch: the rows read again, one at a time', () => {
  it('reads the file as rows are asked for, not ahead of them', async () => {
    const text = `${HEADER}\r\n${Array.from({ length: 8000 }, (_, i) => row(i)).join('\r\n')}\r\n`;
    const { source, spy, total } = spiedSource(text);
    const { plan } = await firstPass(source());
    expect(plan.size).toBe(8000);
    spy.pulled = 0;
    const seen: number[] = [];
    const pulledAt: number[] = [];
    for await (const next of plannedRows(source(), options(), plan, [], 'maires.csv')) {
      seen.push(next.index);
      if (next.index % 2000 === 0) pulledAt.push(spy.pulled);
      expect(next.profile.maire.nom).toBe(`Dupont-${next.index}`);
    }
    expect(seen).toEqual(Array.from({ length: 8000 }, (_, i) => i));
    // At the first row, a small part of the ~380 KB file has been read; then reading follows the rows.
    expect(total).toBeGreaterThan(300_000);
    expect(pulledAt[0]).toBeLessThan(total / 3);
    for (let i = 1; i < pulledAt.length; i++) expect(pulledAt[i]).toBeGreaterThan(pulledAt[i - 1]!);
    expect(spy.pulled).toBe(total);
  });

  it('passes over the rows refused in pass 1 and gives each row its index in the plan', async () => {
    const text = `${HEADER}\n${row(0)}\n99999;Madame;Martin;1 rue X\n${row(2)}\n`;
    const { source } = spiedSource(text);
    const { result, plan } = await firstPass(source());
    expect(result.invalid.map((r) => r.line)).toEqual([3]);
    const rows = [];
    for await (const next of plannedRows(source(), options(), plan, result.invalid, 'maires.csv')) rows.push([next.index, next.profile.maire.nom]);
    expect(rows).toEqual([
      [0, 'Dupont-0'],
      [1, 'Dupont-2'],
    ]);
  });

  it('stops with a CsvRead error when the rows no longer match the plan', async () => {
    const { plan, result } = await firstPass(spiedSource(`${HEADER}\n${row(0)}\n${row(1)}\n${row(2)}\n`).source());
    const changed = [
      `${HEADER}\n${row(0)}\n${row(2)}\n`, // a row removed
      `${HEADER}\n${row(0)}\n\n${row(1)}\n${row(2)}\n`, // a row moved down
      `${HEADER}\n${row(0)}\n${row(1)}\n${row(2)}\n${row(3)}\n`, // a row added
      `${HEADER}\n${row(0)}\n99999;Madame;Martin;1 rue X\n${row(2)}\n`, // a row now invalid
    ];
    for (const text of changed) {
      const [error] = await thrown(async () => {
        const rows = plannedRows(spiedSource(text).source(), options(), plan, result.invalid, 'maires.csv');
        while (!(await rows.next()).done);
      });
      expect(error, text).toMatchObject({ code: 'CsvRead', location: { file: 'maires.csv' } });
      expect(error!.message).toContain('maires.csv a été modifié pendant le publipostage');
    }
  });

  it('stops with a CsvRead error when the file on disk changed since pass 1, before reading a row', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kit-lot-'));
    const file = path.join(dir, 'maires.csv');
    writeFileSync(file, `${HEADER}\n${row(0)}\n${row(1)}\n`);
    let stamp: FileStamp | undefined;
    const { plan, result } = await firstPass(csvFileSource(file, 'maires.csv', { onStamp: (s) => (stamp = s) }));
    expect(plan.size).toBe(2);
    appendFileSync(file, `${row(2)}\n`);
    let rows = 0;
    const [error] = await thrown(async () => {
      const source = plannedRows(csvFileSource(file, 'maires.csv', { expect: stamp! }), options(), plan, result.invalid, 'maires.csv');
      while (!(await source.next()).done) rows++;
    });
    expect(rows).toBe(0);
    expect(error).toMatchObject({ code: 'CsvRead', location: { file: 'maires.csv' } });
    expect(error!.message).toBe('maires.csv a été modifié pendant le publipostage : ses lignes ne sont plus celles qui ont été vérifiées.');
    expect(error!.hint).toContain('--resume');

    // Unchanged, the same stamp reads through.
    let again: FileStamp | undefined;
    const second = await firstPass(csvFileSource(file, 'maires.csv', { onStamp: (s) => (again = s) }));
    const names = [];
    for await (const next of plannedRows(csvFileSource(file, 'maires.csv', { expect: again! }), options(), second.plan, [], 'maires.csv')) names.push(next.profile.maire.nom);
    expect(names).toEqual(['Dupont-0', 'Dupont-1', 'Dupont-2']);
  });
});
