import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/index.js';
import { parseProfile } from '../../src/profile/index.js';
import { failures, fixtureBytes, onlyFailure, SAINS, SAINS_PROFILE } from './helpers.js';

const utf8 = (text: string): number[] => [...new TextEncoder().encode(text)];

// Reliability B2-8 and B2-9.
describe('file encoding', () => {
  it('refuses a Windows-1252 file, giving the byte offset, line and column', () => {
    const diagnostic = onlyFailure(Uint8Array.from([...utf8('nom: S'), 0xe8, ...utf8('te\n')]), 'commune.yaml');
    expect(diagnostic).toEqual({
      severity: 'error',
      code: 'ProfileEncoding',
      message: 'profil non UTF-8 : octet 0xE8 invalide à la position 6.',
      location: { file: 'commune.yaml', line: 1, column: 7 },
      actual: '0xE8',
      expected: 'un fichier texte en UTF-8',
      hint: '0xE8 est « è » en Windows-1252 (« ANSI ») : enregistrez le fichier en UTF-8 (Bloc-notes : « Enregistrer sous », Codage : UTF-8).',
    });
  });

  it('locates the bad byte of a real ANSI export on its line', () => {
    const diagnostic = onlyFailure(fixtureBytes('sete-windows-1252.yaml'), 'sete.yaml');
    expect(formatDiagnostic(diagnostic)).toBe(
      [
        'sete.yaml:2:9 — profil non UTF-8 : octet 0xE8 invalide à la position 17.',
        '  Trouvé : « 0xE8 » ; attendu : un fichier texte en UTF-8',
        '  Astuce : 0xE8 est « è » en Windows-1252 (« ANSI ») : enregistrez le fichier en UTF-8 (Bloc-notes : « Enregistrer sous », Codage : UTF-8).',
      ].join('\n'),
    );
  });

  it('counts columns in characters after multi-byte characters', () => {
    const diagnostic = onlyFailure(Uint8Array.from([...utf8('a: b\nnom: Œé'), 0xff, 0x0a]));
    expect(diagnostic.location).toEqual({ file: 'commune.yaml', line: 2, column: 8 });
    expect(diagnostic.message).toBe('profil non UTF-8 : octet 0xFF invalide à la position 14.');
  });

  it.each([
    ['a truncated sequence at the end', [...utf8('nom: x'), 0xc3], 6],
    ['an overlong encoding', [...utf8('nom: '), 0xc0, 0xaf], 5],
    ['an encoded surrogate', [...utf8('nom: '), 0xed, 0xa0, 0x80], 5],
    ['a stray continuation byte', [...utf8('n'), 0x80], 1],
  ])('reports %s', (_name, bytes, offset) => {
    const diagnostic = onlyFailure(Uint8Array.from(bytes));
    expect(diagnostic.code).toBe('ProfileEncoding');
    expect(diagnostic.message).toContain(`à la position ${offset}.`);
  });

  it('refuses a UTF-16 file', () => {
    const diagnostic = onlyFailure(Uint8Array.from([0xff, 0xfe, 0x6e, 0x00]));
    expect(diagnostic).toMatchObject({ code: 'ProfileEncoding', message: 'profil non UTF-8 : le fichier est enregistré en UTF-16.' });
  });

  it('accepts a UTF-8 BOM and CRLF line ends', () => {
    const { profile, warnings } = parseProfile(fixtureBytes('sains-bom-crlf.yaml'), 'sains.yaml');
    expect(profile).toEqual(SAINS_PROFILE);
    expect(warnings).toEqual([]);
  });

  it('counts lines the same way with CRLF line ends', () => {
    const text = '\ufeff' + SAINS.replace('  nom: Dupont', '  nom:').replace(/\n/g, '\r\n');
    const [diagnostic] = failures(text);
    expect(diagnostic?.location).toEqual({ file: 'commune.yaml', line: 13, column: 3, field: 'maire.nom' });
  });
});
