import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/index.js';
import { onlyFailure, sainsWith } from './helpers.js';

describe('values of the wrong kind', () => {
  it('locates a text where a list of address lines is expected, and shows the list', () => {
    const diagnostic = onlyFailure(sainsWith('  adresse: ["1 place de la Mairie"]', '  adresse: 12 rue X'));
    expect(diagnostic).toEqual({
      severity: 'error',
      code: 'ProfileInvalid',
      message: 'mairie.adresse : une liste est attendue, pas un texte.',
      location: { file: 'commune.yaml', line: 7, column: 12, field: 'mairie.adresse' },
      actual: '12 rue X',
      expected: 'une liste de 1 ou 2 lignes',
      hint: 'écrivez une liste : adresse: ["12 rue X"]',
    });
  });

  it('locates a text where a section is expected', () => {
    const text = sainsWith('maire:\n  civilite: Madame\n  prenom: Camille\n  nom: Dupont\n', 'maire: Camille Dupont\n');
    expect(formatDiagnostic(onlyFailure(text))).toBe(
      [
        'commune.yaml:10:8 — maire : une section est attendue, pas un texte.',
        '  Trouvé : « Camille Dupont » ; attendu : une section avec civilite et nom',
        '  Astuce : passez à la ligne après « maire: » et écrivez ses champs en dessous, indentés de deux espaces (civilite, prenom, nom, appellation).',
      ].join('\n'),
    );
  });

  it('locates a list where a text is expected', () => {
    expect(onlyFailure(sainsWith('  nom: Dupont', '  nom: [Dupont, Durand]'))).toMatchObject({
      message: 'maire.nom : un texte est attendu, pas une liste.',
      location: { line: 13, column: 8, field: 'maire.nom' },
      actual: '[Dupont, Durand]',
      hint: 'écrivez une seule valeur, sur la ligne de la clé : `nom: …`',
    });
  });

  it('refuses a profile that is a list', () => {
    expect(onlyFailure('- commune\n- maire\n')).toMatchObject({
      message: 'le profil doit être une suite de sections (commune:, mairie:, maire:, expediteur:…), pas une liste.',
      location: { line: 1, column: 1 },
    });
  });

  it('counts the lines of a too long address', () => {
    expect(onlyFailure(sainsWith('  adresse: ["1 place de la Mairie"]', '  adresse: [Mairie, 1 place de la Mairie, 35610 Sains]'))).toMatchObject({
      message: 'mairie.adresse : 3 lignes, 2 au plus.',
      location: { line: 7, column: 12 },
      expected: 'au plus 2 lignes',
      hint: 'gardez ici le numéro et la voie (et un complément) : le code postal et la commune ont leurs propres champs.',
    });
  });

  it('refuses an empty address list and an empty address line', () => {
    expect(onlyFailure(sainsWith('  adresse: ["1 place de la Mairie"]', '  adresse: []'))).toMatchObject({
      message: 'mairie.adresse : liste vide.',
      expected: 'au moins une ligne',
      hint: 'ajoutez au moins une ligne : adresse: ["…"]',
    });
    expect(onlyFailure(sainsWith('    - Lieu-dit La Croix', '    -'))).toMatchObject({
      message: 'expediteur.adresse (élément 2) : valeur vide.',
      location: { line: 20, field: 'expediteur.adresse.1' },
    });
  });
});
