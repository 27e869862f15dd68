import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/index.js';
import { failures, onlyFailure, sainsWith } from './helpers.js';

describe('missing required fields', () => {
  it('locates a missing `maire.nom` at `maire:`', () => {
    expect(onlyFailure(sainsWith('  nom: Dupont\n', ''))).toEqual({
      severity: 'error',
      code: 'ProfileInvalid',
      message: 'maire.nom : champ obligatoire manquant.',
      location: { file: 'commune.yaml', line: 10, column: 1, field: 'maire.nom' },
      expected: 'un texte',
      hint: 'ajoutez `nom: …` sous `maire:`.',
    });
  });

  it('gives the choices of a missing civilité', () => {
    const diagnostic = onlyFailure(sainsWith('  civilite: Madame\n', ''));
    expect(formatDiagnostic(diagnostic)).toBe(
      [
        'commune.yaml:10:1 — maire.civilite : champ obligatoire manquant.',
        '  Attendu : Madame ou Monsieur',
        '  Astuce : ajoutez `civilite: Madame` ou `civilite: Monsieur` sous `maire:`.',
      ].join('\n'),
    );
  });

  it('shows how to write a missing list or code', () => {
    expect(onlyFailure(sainsWith('  adresse: ["1 place de la Mairie"]\n', '')).hint).toBe('ajoutez `adresse: ["…"]` sous `mairie:`.');
    expect(onlyFailure(sainsWith('  code_insee: "35248"\n', ''))).toMatchObject({
      location: { line: 2, column: 1, field: 'commune.code_insee' },
      expected: '5 chiffres, ou 2A/2B et 3 chiffres en Corse',
      hint: 'ajoutez `code_insee: "…"` sous `commune:`.',
    });
  });

  it('reports a missing section for the whole file', () => {
    const text = sainsWith('maire:\n  civilite: Madame\n  prenom: Camille\n  nom: Dupont\n', '');
    expect(onlyFailure(text)).toEqual({
      severity: 'error',
      code: 'ProfileInvalid',
      message: 'maire : section obligatoire manquante.',
      location: { file: 'commune.yaml', field: 'maire' },
      expected: 'une section avec civilite et nom',
      hint: 'ajoutez la section « maire: » avec civilite et nom.',
    });
  });

  it('reports an empty required value at its key', () => {
    expect(onlyFailure(sainsWith('  nom: Dupont', '  nom:'))).toEqual({
      severity: 'error',
      code: 'ProfileInvalid',
      message: 'maire.nom : valeur vide.',
      location: { file: 'commune.yaml', line: 13, column: 3, field: 'maire.nom' },
      expected: 'un texte',
      hint: 'ce champ est obligatoire : écrivez sa valeur après « nom: ».',
    });
  });

  it('explains that `~` means empty, and how to write it as text', () => {
    expect(onlyFailure(sainsWith('  nom: Dupont', '  nom: ~'))).toMatchObject({
      message: 'maire.nom : valeur vide.',
      actual: '~',
      hint: '« ~ » veut dire « vide » en YAML ; pour écrire ce mot, mettez-le entre guillemets : nom: "~"',
    });
  });

  it('reports an empty required section at its key', () => {
    const text = sainsWith('maire:\n  civilite: Madame\n  prenom: Camille\n  nom: Dupont\n', 'maire:\n');
    expect(onlyFailure(text)).toMatchObject({
      message: 'maire : section vide.',
      location: { line: 10, column: 1, field: 'maire' },
      hint: 'écrivez ses champs en dessous, indentés de deux espaces : civilite et nom.',
    });
  });

  it('reports an empty file', () => {
    expect(onlyFailure('# rien\n')).toEqual({
      severity: 'error',
      code: 'ProfileInvalid',
      message: 'le profil est vide.',
      location: { file: 'commune.yaml' },
      expected: 'une section avec commune, mairie, maire et expediteur',
      hint: 'créez un profil avec kit init, ou partez de l’exemple de la documentation.',
    });
  });

  it('reports every missing field of a nearly empty profile', () => {
    const found = failures('maire:\n  civilite: Madame\n');
    expect(found.map((d) => [d.message, d.location?.line])).toEqual([
      ['commune : section obligatoire manquante.', undefined],
      ['mairie : section obligatoire manquante.', undefined],
      ['expediteur : section obligatoire manquante.', undefined],
      ['maire.nom : champ obligatoire manquant.', 1],
    ]);
  });
});
