import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { invalidUtf8At } from '../../src/data/decode.js';
import { csvValues } from './helpers.js';

/**
 * Reliability B7-3: any Windows-1252-representable string survives encode → our decoder →
 * csv-parse → value. The value comes back as the cleaning documents it: line breaks as `\n`,
 * white space around it trimmed (control characters other than tab and line breaks are left
 * out of the repertoire: they are removed on purpose, see clean.test.ts).
 */
const REPERTOIRE = [...iconv.decode(Buffer.from(Array.from({ length: 256 }, (_, byte) => byte)), 'win1252')].filter(
  (char) => char !== '\ufffd' && (char >= ' ' || char === '\t' || char === '\n' || char === '\r') && char !== '\u007f',
);

const cell = fc.string({ unit: fc.constantFrom(...REPERTOIRE), maxLength: 30 });
const rows = fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 4 });
const cuts = fc.array(fc.nat({ max: 400 }), { maxLength: 6 });

const HEADER = ['maire.nom', 'mairie.adresse', 'commune.nom'];
const expected = (value: string): string => value.replace(/\r\n?/g, '\n').trim();

/** As Excel writes it: `;`, CRLF, quotes around a cell holding `;`, `"` or any line break. */
function csv(data: readonly (readonly string[])[]): string {
  return stringify([HEADER, ...data], { delimiter: ';', record_delimiter: '\r\n', quoted_match: /[\r\n]/ });
}

function values(data: readonly (readonly string[])[]): Record<string, string>[] {
  return data
    .map(([nom = '', adresse = '', commune = '']) => ({ 'maire.nom': expected(nom), 'mairie.adresse': expected(adresse), 'commune.nom': expected(commune) }))
    .filter((row) => Object.values(row).some((value) => value !== ''));
}

/** The bytes in chunks cut at the given offsets. */
async function read(data: Uint8Array, offsets: number[], encoding?: 'windows-1252'): Promise<Record<string, string>[]> {
  const { readCsv } = await import('../../src/data/read.js');
  async function* source(): AsyncGenerator<Uint8Array> {
    let start = 0;
    for (const offset of [...new Set(offsets)].sort((a, b) => a - b)) {
      if (offset <= start || offset >= data.length) continue;
      yield data.slice(start, offset);
      start = offset;
    }
    yield data.slice(start);
  }
  const out: Record<string, string>[] = [];
  for await (const event of readCsv(source(), { file: 'maires.csv', encoding, encodingWindow: 16 })) {
    if (event.type === 'row') out.push(Object.fromEntries(event.row.values));
  }
  return out;
}

describe('Windows-1252 round trip (fast-check)', () => {
  test('the repertoire holds the French characters Excel writes', () => {
    for (const char of 'œŒ€’‘“”«»–—…ÉÈÀÇÙÎÏÔÛŸàâçéèêëîïôùûüÿ\u00a0') expect(REPERTOIRE).toContain(char);
  });

  test('encoded as French Excel does, read with the encoding detected, any chunking', async () => {
    await fc.assert(
      fc.asyncProperty(rows, cuts, async (data, offsets) => {
        const bytes = new Uint8Array(iconv.encode(csv(data), 'win1252'));
        // Windows-1252 bytes that also form valid UTF-8 (« Ã© ») cannot be told apart without --encoding.
        fc.pre(bytes.every((byte) => byte < 0x80) || invalidUtf8At(bytes, true) !== -1);
        expect(await read(bytes, offsets)).toEqual(values(data));
      }),
      { numRuns: 300 },
    );
  });

  test('with --encoding windows-1252, every such string comes back, ambiguous ones included', async () => {
    await fc.assert(
      fc.asyncProperty(rows, cuts, async (data, offsets) => {
        const bytes = new Uint8Array(iconv.encode(csv(data), 'win1252'));
        expect(await read(bytes, offsets, 'windows-1252')).toEqual(values(data));
      }),
      { numRuns: 300 },
    );
  });

  test('the same strings saved as UTF-8 (with or without BOM) come back too', async () => {
    await fc.assert(
      fc.asyncProperty(rows, cuts, fc.boolean(), async (data, offsets, bom) => {
        const text = Buffer.from(csv(data), 'utf8');
        const bytes = new Uint8Array(bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), text]) : text);
        expect(await read(bytes, offsets)).toEqual(values(data));
      }),
      { numRuns: 200 },
    );
  });

  test('a sample: the bytes of French Excel for « Cœur », « 12 € », « l’été »', async () => {
    expect(await csvValues(new Uint8Array(iconv.encode('maire.nom;mairie.adresse;commune.nom\r\nCœur;12 €;l’été\r\n', 'win1252')))).toEqual([
      { 'maire.nom': 'Cœur', 'mairie.adresse': '12 €', 'commune.nom': 'l’été' },
    ]);
  });
});
