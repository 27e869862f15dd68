import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { manifestCsv } from '../../src/output/manifest.js';

describe('manifeste.csv', () => {
  const text = manifestCsv([
    { row: 1, line: 2, files: ['lettre-maire/Sains.pdf', 'lettre-maire/Sains.docx'], pages: 1, sha256: ['a'.repeat(64), 'b'.repeat(64)], status: 'écrit' },
    { row: 2, line: 4, files: [], sha256: [], status: 'ignoré', message: '=HYPERLINK("http://x";"clic")' },
    { row: 3, line: 5, files: [], sha256: [], status: 'ignoré', message: '+33 6 00 00 00 00; @chef' },
  ]);

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
