import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/index.js';
import { failures, onlyFailure, SAINS, sainsWith } from './helpers.js';

describe('unknown keys', () => {
  it('suggests « nom » for `nomm` under maire, at the key (and reports the missing `nom`)', () => {
    expect(failures(sainsWith('  nom: Dupont', '  nomm: Dupont'))).toEqual([
      expect.objectContaining({ message: 'maire.nom : champ obligatoire manquant.', location: { file: 'commune.yaml', line: 10, column: 1, field: 'maire.nom' } }),
      {
        severity: 'error',
        code: 'ProfileInvalid',
        message: 'clé « nomm » inconnue dans « maire ».',
        location: { file: 'commune.yaml', line: 13, column: 3, field: 'maire.nomm' },
        actual: 'nomm',
        expected: 'civilite, prenom, nom ou appellation',
        hint: 'vouliez-vous dire « nom » ?',
      },
    ]);
  });

  it('renders the suggestion as the user sees it', () => {
    const diagnostic = onlyFailure(sainsWith('  telephone: "02 99 00 00 00"', '  telephonne: "02 99 00 00 00"'));
    expect(formatDiagnostic(diagnostic)).toBe(
      [
        'commune.yaml:9:3 — clé « telephonne » inconnue dans « mairie ».',
        '  Trouvé : « telephonne » ; attendu : adresse, code_postal, distribution, libelle_acheminement, email ou telephone',
        '  Astuce : vouliez-vous dire « telephone » ?',
      ].join('\n'),
    );
  });

  it.each([
    ['prénom', 'vouliez-vous dire « prenom » ? Les clés s’écrivent en minuscules, sans accents.'],
    ['Prenom', 'vouliez-vous dire « prenom » ? Les clés s’écrivent en minuscules, sans accents.'],
    ['appelation', 'vouliez-vous dire « appellation » ?'],
    ['prneom', 'vouliez-vous dire « prenom » ?'],
  ])('suggests the right key for `%s`', (key, hint) => {
    expect(onlyFailure(sainsWith('  prenom: Camille', `  ${key}: Camille`)).hint).toBe(hint);
  });

  it('knows common synonyms (courriel, tel)', () => {
    expect(onlyFailure(sainsWith('  email: alex@exemple.fr', '  courriel: alex@exemple.fr')).hint).toBe('vouliez-vous dire « email » ?');
    expect(onlyFailure(sainsWith('  telephone: 06 00 00 00 00', '  tel: 06 00 00 00 00')).hint).toBe('vouliez-vous dire « telephone » ?');
  });

  it('says where a misplaced key belongs', () => {
    expect(onlyFailure(sainsWith('  nom: Sains\n', '  nom: Sains\n  prenom: Camille\n'))).toMatchObject({
      message: 'clé « prenom » inconnue dans « commune ».',
      location: { line: 5, column: 3, field: 'commune.prenom' },
      hint: '« prenom » se place sous « maire: ».',
    });
    expect(onlyFailure(`${SAINS}email: a@exemple.fr\n`).hint).toBe('« email » se place sous « mairie: » ou « expediteur: ».');
  });

  it('lists the allowed keys of the top level when nothing is close', () => {
    expect(onlyFailure(`${SAINS}zzz: 1\n`)).toMatchObject({
      message: 'clé « zzz » inconnue.',
      location: { line: 35, column: 1, field: 'zzz' },
      expected: 'commune, mairie, maire, expediteur, risques, heure_civique, resilience, reunion, entraide ou identite',
      hint: 'supprimez cette ligne, ou corrigez le nom de la clé.',
    });
  });
});
