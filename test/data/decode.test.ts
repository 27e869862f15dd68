import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { CsvDecoder } from '../../src/data/decode.js';
import { isKitError, type Diagnostic } from '../../src/diagnostics/index.js';
import { bytes } from './helpers.js';

/** Decodes `data` given in chunks cut at every `size` bytes. */
function decode(data: Uint8Array, options: { encoding?: 'utf-8' | 'windows-1252'; window?: number } = {}, size = data.length || 1): { text: string; decoder: CsvDecoder } {
  const decoder = new CsvDecoder({ file: 'maires.csv', ...options });
  let text = '';
  for (let i = 0; i < data.length; i += size) text += decoder.write(data.subarray(i, i + size));
  text += decoder.end();
  return { text, decoder };
}

function failure(run: () => unknown): Diagnostic {
  try {
    run();
  } catch (error) {
    if (isKitError(error)) return error.diagnostics[0]!;
    throw error;
  }
  throw new Error('le décodage aurait dû échouer');
}

const FRENCH = 'Nom;Adresse\r\nCœur;1 rue de l’Église\r\nŒuilly;Régie – 12 €\r\n';

describe('UTF-8', () => {
  test('valid UTF-8 is read as UTF-8, without notice', () => {
    const { text, decoder } = decode(bytes(FRENCH));
    expect(text).toBe(FRENCH);
    expect(decoder.encoding).toBe('utf-8');
    expect(decoder.notice).toBeUndefined();
  });

  test('the byte order mark of Excel « CSV UTF-8 » is dropped', () => {
    const { text, decoder } = decode(bytes(FRENCH, 'utf-8-bom'));
    expect(text).toBe(FRENCH);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(decoder.encoding).toBe('utf-8');
  });

  test('an ASCII file is UTF-8', () => {
    const { text, decoder } = decode(bytes('a;b\n1;2\n'));
    expect(text).toBe('a;b\n1;2\n');
    expect(decoder.encoding).toBe('utf-8');
  });

  test('a character split between two chunks, at every possible cut, comes out whole', () => {
    const data = bytes(FRENCH, 'utf-8-bom');
    for (let cut = 1; cut < data.length; cut++) {
      const decoder = new CsvDecoder({ file: 'maires.csv' });
      const text = decoder.write(data.subarray(0, cut)) + decoder.write(data.subarray(cut)) + decoder.end();
      expect(text, `coupé à l’octet ${cut}`).toBe(FRENCH);
    }
  });

  test('one byte at a time gives the same text', () => {
    expect(decode(bytes(FRENCH), {}, 1).text).toBe(FRENCH);
    expect(decode(bytes(FRENCH, 'windows-1252'), {}, 1).text).toBe(FRENCH);
  });
});

describe('Windows-1252', () => {
  test('œ, €, ’, É and – are read back exactly, with iconv-lite (not latin1, not Node’s decoder)', () => {
    const data = bytes(FRENCH, 'windows-1252');
    expect([...data].filter((byte) => byte >= 0x80)).toEqual([0x9c, 0x92, 0xc9, 0x8c, 0xe9, 0x96, 0x80]);
    const { text, decoder } = decode(data);
    expect(text).toBe(FRENCH);
    expect(decoder.encoding).toBe('windows-1252');
    // What the wrong decoders give: C1 control characters instead of œ ’ € (reliability B3-1).
    expect(Buffer.from(data).toString('latin1')).toContain('\u009c');
    expect(text).not.toMatch(/[\u0080-\u009f\ufffd]/);
  });

  test('a notice says the file was read as Windows-1252, at the line of the first non-UTF-8 byte', () => {
    const { decoder } = decode(bytes('Nom;Adresse\r\nDupont;Mairie\r\nCœur;Église\r\n', 'windows-1252'));
    expect(decoder.notice).toMatchObject({
      severity: 'warning',
      code: 'CsvEncoding',
      location: { file: 'maires.csv', line: 3 },
      actual: expect.stringContaining('0x9C'),
    });
    expect(decoder.notice!.message).toContain('Windows-1252');
    expect(decoder.notice!.hint).toContain('--encoding windows-1252');
  });

  test('the choice does not depend on how the file is cut into chunks', () => {
    const data = bytes(`Nom\n${'Dupont\n'.repeat(50)}Cœur\n${'Martin\n'.repeat(50)}`, 'windows-1252');
    const whole = decode(data);
    for (const size of [1, 2, 3, 7, 64, 1000]) {
      const cut = decode(data, {}, size);
      expect(cut.text).toBe(whole.text);
      expect(cut.decoder.encoding).toBe('windows-1252');
      expect(cut.decoder.notice?.location).toEqual(whole.decoder.notice?.location);
    }
  });

  test('Windows-1252 text that happens to be valid UTF-8 in the window would be read as UTF-8: the window is what decides', () => {
    // « Ã© » in Windows-1252 is C3 A9, the UTF-8 of « é »: only a forced encoding can tell.
    const data = bytes('Nom\nÃ©\n', 'windows-1252');
    expect(decode(data).text).toBe('Nom\né\n');
    expect(decode(data, { encoding: 'windows-1252' }).text).toBe('Nom\nÃ©\n');
  });
});

describe('forced encoding (--encoding)', () => {
  test('windows-1252 forced: no notice', () => {
    const { text, decoder } = decode(bytes(FRENCH, 'windows-1252'), { encoding: 'windows-1252' });
    expect(text).toBe(FRENCH);
    expect(decoder.notice).toBeUndefined();
  });

  test('utf-8 forced on a Windows-1252 file: an error at the line of the bad byte, suggesting --encoding windows-1252', () => {
    const error = failure(() => decode(bytes('Nom\r\nDupont\r\nCœur\r\n', 'windows-1252'), { encoding: 'utf-8' }));
    expect(error).toMatchObject({ code: 'CsvEncoding', location: { file: 'maires.csv', line: 3 }, actual: expect.stringContaining('0x9C') });
    expect(error.hint).toContain('--encoding windows-1252');
  });
});

describe('mixed encodings', () => {
  test('a Windows-1252 byte after the window, in a file read as UTF-8, is an error at its line, never a mixed reading', () => {
    const head = `Nom\nÉlodie\n${'Dupont\n'.repeat(20)}`;
    const data = new Uint8Array([...bytes(head), ...iconv.encode('Cœur\n', 'win1252')]);
    const decoder = new CsvDecoder({ file: 'maires.csv', window: 16 });
    const first = decoder.write(data.subarray(0, 40));
    expect(first).toContain('Élodie'); // rows were already given out as UTF-8
    const error = failure(() => decoder.write(data.subarray(40)) + decoder.end());
    expect(error.code).toBe('CsvEncoding');
    expect(error.location).toEqual({ file: 'maires.csv', line: 23 });
    expect(error.message).toContain('mélange deux encodages');
  });

  test('a UTF-8 byte order mark followed by Windows-1252 bytes is an error, not a fallback', () => {
    const data = new Uint8Array([0xef, 0xbb, 0xbf, ...iconv.encode('Nom\nCœur\n', 'win1252')]);
    const error = failure(() => decode(data));
    expect(error).toMatchObject({ code: 'CsvEncoding', location: { line: 2 } });
    expect(error.message).toContain('BOM');
  });

  test('a file cut in the middle of a UTF-8 character is an error at the end', () => {
    const data = bytes('Nom\nÉlodie\nCœ');
    for (const encoding of ['utf-8', undefined] as const) {
      const error = failure(() => decode(data.subarray(0, data.length - 1), { encoding }));
      expect(error.code).toBe('CsvEncoding');
      expect(error.location?.line).toBe(3);
      expect(error.actual).toContain('fin du fichier');
    }
  });
});

describe('UTF-16 (Excel « Texte Unicode »)', () => {
  test('a UTF-16 LE file with its byte order mark is read, even cut inside a character', () => {
    const data = new Uint8Array([0xff, 0xfe, ...Buffer.from('Nom\tAdresse\r\nCœur\t12 €\r\n', 'utf16le')]);
    for (const size of [1, 3, data.length]) {
      const { text, decoder } = decode(data, {}, size);
      expect(text).toBe('Nom\tAdresse\r\nCœur\t12 €\r\n');
      expect(decoder.encoding).toBe('utf-16le');
    }
  });
});

test('a Windows-1252 file whose only accent is its very last byte is Windows-1252, not truncated UTF-8', () => {
  const { text, decoder } = decode(bytes('Nom\nCafé', 'windows-1252'));
  expect(text).toBe('Nom\nCafé');
  expect(decoder.encoding).toBe('windows-1252');
});
