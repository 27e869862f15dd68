import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isKitError } from '../../src/diagnostics/index.js';
import { decodeProfile, firstInvalidByte } from '../../src/profile/decode.js';

describe('decodeProfile', () => {
  it('drops a BOM and keeps CRLF for the YAML reader', () => {
    expect(decodeProfile(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a]), 'f.yaml')).toBe('a\r\n');
  });

  it('decodes any well-formed text exactly', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(decodeProfile(new TextEncoder().encode(text), 'f.yaml')).toBe(text.replace(/^\uFEFF/, ''));
      }),
    );
  });

  it('for any bytes, either decodes them strictly or names the first byte where strict decoding fails', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        let strict: string | undefined;
        try {
          strict = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          strict = undefined;
        }
        if (strict !== undefined && !(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff)) {
          expect(decodeProfile(bytes, 'f.yaml')).toBe(strict);
          expect(firstInvalidByte(bytes)).toBe(-1);
          return;
        }
        try {
          decodeProfile(bytes, 'f.yaml');
          expect.unreachable();
        } catch (error) {
          expect(isKitError(error) && error.code).toBe('ProfileEncoding');
        }
        if (strict === undefined) {
          const offset = firstInvalidByte(bytes);
          // Everything before the offset is valid UTF-8; the sequence starting there is not.
          expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, offset))).not.toThrow();
          expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, offset + 4))).toThrow();
        }
      }),
      { numRuns: 2000 },
    );
  });
});
