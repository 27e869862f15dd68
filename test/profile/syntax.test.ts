import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/index.js';
import { failures, onlyFailure, sainsWith } from './helpers.js';

// Reliability B2-3 and B2-11: YAML errors are located ProfileParse diagnostics, in French.
describe('YAML syntax errors', () => {
  it('locates a key indented less than its section', () => {
    const diagnostic = onlyFailure(sainsWith('  nom: Dupont', ' nom: Dupont'));
    expect(diagnostic).toEqual({
      severity: 'error',
      code: 'ProfileParse',
      message: 'indentation incorrecte.',
      location: { file: 'commune.yaml', line: 13, column: 1 },
      hint: 'alignez les clés d’une même section sur la même colonne, avec des espaces.',
    });
  });

  it('locates a key indented more than its section, at the value it continues', () => {
    const diagnostic = onlyFailure(sainsWith('  nom: Dupont', '    nom: Dupont'));
    expect(formatDiagnostic(diagnostic)).toBe(
      [
        'commune.yaml:12:11 — ligne suivante trop indentée, ou « : » dans une valeur.',
        '  Astuce : alignez les clés d’une même section sur la même colonne ; si une valeur contient « : », mettez-la entre guillemets : nom: "…"',
      ].join('\n'),
    );
  });

  it('explains an unquoted colon in a value', () => {
    const diagnostic = onlyFailure(sainsWith('  nom: Dupont', '  nom: Saint-Jean: le bourg'));
    expect(diagnostic).toMatchObject({
      code: 'ProfileParse',
      message: '« : » inattendu dans une valeur.',
      location: { line: 13, column: 8 },
      hint: 'si la valeur contient « : », « # » ou commence par un signe, mettez-la entre guillemets : nom: "…"',
    });
  });

  it('refuses tabs used for indentation', () => {
    const diagnostic = onlyFailure(sainsWith('  nom: Dupont', '\tnom: Dupont'));
    expect(diagnostic).toMatchObject({ code: 'ProfileParse', message: 'tabulation dans l’indentation.', location: { line: 13, column: 1 } });
  });

  it('reports an unclosed quote', () => {
    const [diagnostic] = failures(sainsWith('  nom: Dupont', '  nom: "Dupont'));
    expect(diagnostic).toMatchObject({ code: 'ProfileParse', message: 'guillemet fermant manquant.' });
  });

  it('refuses a file holding several YAML documents', () => {
    const diagnostic = onlyFailure(`${sainsWith('identite:', 'identite:')}---\nautre: profil\n`);
    expect(diagnostic).toMatchObject({ code: 'ProfileParse', message: 'le fichier contient plusieurs documents YAML (« --- »).', location: { line: 35, column: 1 } });
  });

  it('caps a cascade of syntax errors and says how many more there are', () => {
    const found = failures(Array.from({ length: 40 }, (_, i) => `cle${i}: "ouvert\n`).join('') + 'a: [\n');
    expect(found.length).toBeLessThanOrEqual(11);
    expect(found.every((d) => d.code === 'ProfileParse')).toBe(true);
  });
});

describe('duplicate keys', () => {
  it('reports the second occurrence, with the key and its path', () => {
    const diagnostic = onlyFailure(sainsWith('  prenom: Camille\n', '  prenom: Camille\n  prenom: Léa\n'));
    expect(diagnostic).toEqual({
      severity: 'error',
      code: 'ProfileParse',
      message: 'clé « prenom » en double.',
      location: { file: 'commune.yaml', line: 13, column: 3, field: 'maire.prenom' },
      actual: 'prenom',
      hint: 'gardez une seule ligne « prenom: » dans cette section.',
    });
  });

  it('reports a duplicate key even when other errors stop the reading', () => {
    const found = failures('maire:\n  nom: A\n  nom: B\n  civilite: "ouvert\n');
    expect(found[0]).toMatchObject({ code: 'ProfileParse', message: 'clé « nom » en double.', location: { line: 3, column: 3 } });
  });

  it('treats keys that differ only by Unicode normalization as duplicates', () => {
    const found = failures('commune:\n  nom: A\n  n\u00f3m: B\n  no\u0301m: C\n');
    expect(found[0]).toMatchObject({ message: 'clé « nóm » en double (même clé une fois les accents normalisés).', location: { line: 4, column: 3 } });
  });
});
