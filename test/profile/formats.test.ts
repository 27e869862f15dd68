import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/index.js';
import { onlyFailure, sainsWith } from './helpers.js';

describe('choices', () => {
  it('lists Madame and Monsieur for a wrong civilité, and suggests the close one', () => {
    expect(onlyFailure(sainsWith('civilite: Madame', 'civilite: Mme'))).toEqual({
      severity: 'error',
      code: 'ProfileInvalid',
      message: 'maire.civilite : « Mme » n’est pas une valeur possible.',
      location: { file: 'commune.yaml', line: 11, column: 13, field: 'maire.civilite' },
      actual: 'Mme',
      expected: 'Madame ou Monsieur',
      hint: 'vouliez-vous dire « Madame » ?',
    });
  });

  it('shows both ways to write it when nothing is close', () => {
    expect(onlyFailure(sainsWith('civilite: Madame', 'civilite: Docteure')).hint).toBe('écrivez civilite: Madame ou civilite: Monsieur.');
  });

  it('suggests the risk key for an accented or plural word', () => {
    const diagnostic = onlyFailure(sainsWith('risques: [inondation, tempete]', 'risques: [inondation, tempêtes]'));
    expect(diagnostic).toMatchObject({
      message: 'risques (élément 2) : « tempêtes » n’est pas une valeur possible.',
      location: { line: 25, column: 23, field: 'risques.1' },
      hint: 'vouliez-vous dire « tempete » ?',
    });
  });
});

describe('formatted fields', () => {
  it('explains a code postal that lost its leading zero', () => {
    const diagnostic = onlyFailure(sainsWith('  code_postal: "35610"\nmairie:', '  code_postal: 1000\nmairie:'));
    expect(formatDiagnostic(diagnostic)).toBe(
      [
        'commune.yaml:5:16 — commune.code_postal : « 1000 » n’est pas un code postal (5 chiffres attendus).',
        '  Trouvé : « 1000 » ; attendu : 5 chiffres',
        '  Astuce : 5 chiffres, entre guillemets : code_postal: "01000"',
      ].join('\n'),
    );
    expect(diagnostic.location?.field).toBe('commune.code_postal');
  });

  it.each([
    ['  code_insee: "35248"', '  code_insee: "3524"', 'commune.code_insee : « 3524 » n’est pas un code INSEE (5 caractères attendus).', '5 caractères, entre guillemets : code_insee: "03524"'],
    ['  email: mairie@exemple.fr', '  email: mairie.exemple.fr', 'mairie.email : « mairie.exemple.fr » n’est pas une adresse électronique.', 'par exemple : email: mairie@exemple.fr'],
    ['  telephone: "02 99 00 00 00"', '  telephone: "02 99 OO OO OO"', 'mairie.telephone : « 02 99 OO OO OO » n’est pas un numéro de téléphone.', 'entre guillemets, par exemple : telephone: "02 99 00 00 00"'],
    ['  site: https://exemple.fr/heure-civique', '  site: exemple.fr/heure-civique', 'heure_civique.site : « exemple.fr/heure-civique » n’est pas une adresse web.', 'ajoutez https:// au début : site: https://exemple.fr/heure-civique'],
    ['  site: https://exemple.fr/heure-civique', '  site: javascript:alert(1)', 'heure_civique.site : « javascript:alert(1) » n’est pas une adresse web.', 'par exemple : site: https://exemple.fr/heure-civique'],
    ['  couleur: "#1d4e89"', '  couleur: 1d4e89', 'identite.couleur : « 1d4e89 » n’est pas une couleur (format #rrvvbb attendu).', 'ajoutez « # » et des guillemets : couleur: "#1d4e89"'],
  ])('explains `%s` written `%s`', (search, replacement, message, hint) => {
    const diagnostic = onlyFailure(sainsWith(search, replacement));
    expect(diagnostic).toMatchObject({ code: 'ProfileInvalid', message, hint });
    expect(diagnostic.location?.column).toBe(replacement.indexOf(':') + 3);
  });
});
