import { describe, expect, it } from 'vitest';
import { KitError } from '../../src/diagnostics/index.js';
import { failures, parseText, sainsWith } from './helpers.js';

describe('several problems at once', () => {
  const text = sainsWith('  code_postal: "35610"\nmairie:', '  code_postal: 3561\nmairie:')
    .replace('  adresse: ["1 place de la Mairie"]', '  adresse: 1 place de la Mairie')
    .replace('civilite: Madame', 'civilite: Mme')
    .replace('  nom: Dupont', '  nomm: Dupont')
    .replace('  nom: Alex Martin', '  nom: !!js/function Alex')
    .replace('risques: [inondation, tempete]', 'risques: [inondations]');

  it('reports every error in file order, then the warnings', () => {
    expect(failures(text).map((d) => `${d.severity} ${d.code} ${d.location?.line}:${d.location?.column} ${d.location?.field ?? ''}`)).toEqual([
      'error ProfileInvalid 5:16 commune.code_postal',
      'error ProfileInvalid 7:12 mairie.adresse',
      'error ProfileInvalid 10:1 maire.nom',
      'error ProfileInvalid 11:13 maire.civilite',
      'error ProfileInvalid 13:3 maire.nomm',
      'error ProfileInvalid 25:11 risques.0',
      'warning ProfileParse 15:8 ',
    ]);
  });

  it('throws one KitError whose code and exit code are those of the first error', () => {
    let caught: unknown;
    try {
      parseText(text);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(KitError);
    expect((caught as KitError).code).toBe('ProfileInvalid');
    expect((caught as KitError).exitCode).toBe(4);
    expect((caught as KitError).message).toBe('commune.code_postal : « 3561 » n’est pas un code postal (5 chiffres attendus).');
  });
});
