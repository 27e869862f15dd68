import { describe, expect, it } from 'vitest';
import { parseText, sainsWith } from './helpers.js';

// Reliability B2-6: an unknown tag is a warning (fatal under --strict); its value stays text, nothing runs.
describe('YAML tags', () => {
  it('keeps the value of a !!js/function tag as text and warns, located at the tag', () => {
    const { profile, warnings } = parseText(sainsWith('  nom: Dupont', '  nom: !!js/function "function () { return 1 }"'));
    expect(profile.maire.nom).toBe('function () { return 1 }');
    expect(warnings).toEqual([
      {
        severity: 'warning',
        code: 'ProfileParse',
        message: 'étiquette « !!js/function » ignorée : la valeur est lue comme du texte.',
        location: { file: 'commune.yaml', line: 13, column: 8 },
        actual: '!!js/function',
        hint: 'supprimez l’étiquette (le mot qui commence par « ! ») : un profil ne contient que du texte.',
      },
    ]);
  });

  it('warns about a custom tag and about !!int, and keeps text', () => {
    const { profile, warnings } = parseText(sainsWith('  prenom: Camille', '  prenom: !moi Camille').replace('association: Collectif Exemple', 'association: !!int 12'));
    expect(profile.maire.prenom).toBe('Camille');
    expect(profile.expediteur.association).toBe('12');
    expect(warnings.map((w) => [w.message, w.location?.line])).toEqual([
      ['étiquette « !moi » ignorée : la valeur est lue comme du texte.', 12],
      ['étiquette « !!int » ignorée : la valeur est lue comme du texte.', 17],
    ]);
  });

  it('accepts the explicit string tag silently', () => {
    const { profile, warnings } = parseText(sainsWith('  nom: Dupont', '  nom: !!str 0123'));
    expect(profile.maire.nom).toBe('0123');
    expect(warnings).toEqual([]);
  });

  it('does not merge `<<` keys: it is an unknown key', () => {
    const text = sainsWith('maire:\n', 'maire:\n  <<: {nom: X}\n');
    expect(() => parseText(text)).toThrow('clé « << » inconnue dans « maire ».');
  });

  it('warns when `#` turns a colour into a comment', () => {
    const { profile, warnings } = parseText(sainsWith('couleur: "#1d4e89"', 'couleur: #1d4e89'));
    expect(profile.identite).toEqual({ logo: 'logo.png' });
    expect(warnings).toEqual([
      {
        severity: 'warning',
        code: 'ProfileParse',
        message: 'identite.couleur : valeur vide, car « # » commence un commentaire en YAML.',
        location: { file: 'commune.yaml', line: 34, column: 12, field: 'identite.couleur' },
        actual: '#1d4e89',
        hint: 'mettez la valeur entre guillemets : couleur: "#1d4e89"',
      },
    ]);
  });
});
