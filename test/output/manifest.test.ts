import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { ManifestFile } from '../../src/output/manifest.js';
import { tempDir } from '../helpers/tmpdir.js';

describe('manifeste.csv', () => {
  let text = '';
  let written: { bytes: number; sha256: string };
  beforeAll(async () => {
    const file = path.join(tempDir(), 'lot', 'manifeste.csv');
    // Refused rows are given apart, in any order, and come out in their place in CSV order.
    const manifest = await ManifestFile.open(file, [
      { row: 3, line: 5, files: [], sha256: [], status: 'ignoré', message: '+33 6 00 00 00 00; @chef' },
      { row: 2, line: 4, files: [], sha256: [], status: 'ignoré', message: '=HYPERLINK("http://x";"clic")' },
    ]);
    manifest.add({ row: 1, line: 2, files: ['lettre-maire/Sains.pdf', 'lettre-maire/Sains.docx'], pages: 1, sha256: ['a'.repeat(64), 'b'.repeat(64)], status: 'écrit' });
    manifest.add({ row: 4, line: 6, files: ['lettre-maire/Vitré.pdf'], pages: 2, sha256: ['c'.repeat(64)], status: 'écrit' });
    written = await manifest.close();
    text = readFileSync(file, 'utf8');
  });

  it('says its own size and SHA-256', () => {
    const bytes = Buffer.from(text, 'utf8');
    expect(written).toEqual({ bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  });

  it('lists the rows in CSV order, refused ones in their place', () => {
    const rows = parse(text, { bom: true, delimiter: ';' }) as string[][];
    expect(rows.slice(1).map((row) => [row[0], row[5]])).toEqual([['2', 'écrit'], ['4', 'ignoré'], ['5', 'ignoré'], ['6', 'écrit']]);
  });

  it('opens in French Excel: BOM, semicolons, CRLF', () => {
    expect(text.startsWith('\uFEFFligne_csv;rang;fichiers;pages;sha256;statut;message\r\n')).toBe(true);
    expect(text).toContain('\r\n2;1;lettre-maire/Sains.pdf | lettre-maire/Sains.docx;1;');
  });

  it('neutralizes formulas coming from data', () => {
    const rows = parse(text, { bom: true, delimiter: ';' }) as string[][];
    expect(rows[2]?.[6]).toBe('\'=HYPERLINK("http://x";"clic")');
    expect(rows[3]?.[6]).toBe("'+33 6 00 00 00 00; @chef");
    expect(rows[1]?.[5]).toBe('écrit');
  });
});
