import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isKitError } from '../../src/diagnostics/index.js';
import { parseProfile } from '../../src/profile/index.js';
import { SAINS } from './helpers.js';

const TOKENS = ['commune:', 'maire:', 'nom: ', 'adresse:', '  ', '    ', '- ', '[', ']', '{', '}', ': ', ', ', '&a ', '*a', '*b', '&b ', '!!js/function ', '!x ', '"', "'", '\n', '\r\n', '__proto__: ', 'constructor: ', '~', ' #', '---\n', '? ', '|\n', '>-\n', '\t', 'é', 'E\u0301', '\u0001', '<<: ', '%YAML 1.1\n', '01000', 'Madame'];

/** Never a raw exception: a profile is either returned or refused with located French diagnostics. */
function check(bytes: Uint8Array): void {
  try {
    parseProfile(bytes, 'commune.yaml');
  } catch (error) {
    if (!isKitError(error)) throw error;
    expect(error.diagnostics.length).toBeGreaterThan(0);
    expect(error.diagnostics[0]?.severity).toBe('error');
    for (const diagnostic of error.diagnostics) {
      expect(diagnostic.location?.file).toBe('commune.yaml');
      const words = [diagnostic.message, diagnostic.expected ?? '', diagnostic.hint ?? ''].join(' ');
      expect(words).not.toMatch(/\b(expected|Invalid|undefined|null|NaN|Unexpected|object Object)\b/);
    }
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('robustness', () => {
  it('never throws anything but a KitError on YAML-like noise', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }), (tokens) => check(new TextEncoder().encode(tokens.join('')))),
      { numRuns: 1000 },
    );
  });

  it('never throws anything but a KitError on a damaged valid profile', () => {
    const bytes = new TextEncoder().encode(SAINS);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }), (edits) => {
        const damaged = Uint8Array.from(bytes);
        for (const [at, byte] of edits) damaged[at] = byte;
        check(damaged);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws anything but a KitError on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => check(bytes)), { numRuns: 500 });
  });
});
