import { describe, expect, it } from 'vitest';
import { parseText, sainsWith } from './helpers.js';

// Reliability B2-10 and B3-9: every string is NFC, control characters are removed with a warning.
describe('text normalization', () => {
  it('normalizes NFD text to NFC', () => {
    const { profile, warnings } = parseText(sainsWith('  nom: Dupont', '  nom: E\u0301lodie Le\u0301ger'));
    expect(profile.maire.nom).toBe('Élodie Léger');
    expect(profile.maire.nom).toBe(profile.maire.nom.normalize('NFC'));
    expect(warnings).toEqual([]);
  });

  it('normalizes keys too: an NFD key is the same key', () => {
    const { profile } = parseText(sainsWith('  nom: Sains', '  nom: Le\u0301hon'));
    expect(profile.commune.nom).toBe('Léhon');
  });

  it('removes control characters and warns, at the value', () => {
    const { profile, warnings } = parseText(sainsWith('  nom: Dupont', '  nom: "Du\\x01pont\\u0007"'));
    expect(profile.maire.nom).toBe('Dupont');
    expect(warnings).toEqual([
      {
        severity: 'warning',
        code: 'ProfileEncoding',
        message: 'maire.nom : caractères de contrôle supprimés (U+0001, U+0007).',
        location: { file: 'commune.yaml', line: 13, column: 8, field: 'maire.nom' },
        actual: 'U+0001, U+0007',
        hint: 'retapez la valeur : ces caractères invisibles viennent souvent d’un copier-coller.',
      },
    ]);
  });

  it('cleans keys too, with a warning at the key', () => {
    const { profile, warnings } = parseText(sainsWith('  nom: Dupont', '  "n\x02om": Dupont'));
    expect(profile.maire.nom).toBe('Dupont');
    expect(warnings).toMatchObject([{ code: 'ProfileEncoding', message: 'maire.nom : caractère de contrôle supprimé (U+0002).', location: { line: 13, column: 3 } }]);
  });

  it('keeps tabs and line breaks', () => {
    const { profile } = parseText(sainsWith('contact: "Mairie, accueil, 02 99 00 00 00"', 'contact: "Mairie\\taccueil\\n02 99 00 00 00"'));
    expect(profile.heure_civique?.contact).toBe('Mairie\taccueil\n02 99 00 00 00');
  });

  it('removes a control character before composing, so the result is NFC', () => {
    const { profile } = parseText(sainsWith('  nom: Dupont', '  nom: "E\\x01\u0301lodie"'));
    expect(profile.maire.nom).toBe('Élodie');
  });
});
