import { describe, expect, it } from 'vitest';
import { loadKit } from '../../src/kits/load.js';
import { findKit } from '../../src/kits/registry.js';
import { createTemplateEngine } from '../../src/template/compile.js';
import { kitFailure } from '../helpers/failure.js';
import { kitTree, LETTER, RACINE, SHARED } from './fixtures.js';

const context = {
  commune: { nom: 'Sains' },
  maire: { civilite: 'Madame', nom: 'Dupont' },
  expediteur: { nom: 'Alex Martin' },
  heure_civique: { site: 'https://exemple.fr', contact: 'Mairie', missions: ['Lire'] },
};

async function rejection(promise: Promise<unknown>) {
  const error = await promise.then(() => undefined, (reason: unknown) => reason);
  return kitFailure(() => {
    throw error ?? new Error('le chargement devait échouer');
  });
}

describe('partials of a kit', () => {
  it('includes the shared partials of templates/', async () => {
    const kit = await loadKit(await findKit('essai', [RACINE], SHARED), createTemplateEngine());
    const letter = kit.documents.find((document) => document.id === 'lettre')!;
    expect(letter.template.body(context)).toContain('Je vous prie d’agréer, Madame la Maire, l’expression');
  });

  it('prefers the kit’s own partiels/ to the shared folder, and lets a partial include a shared one', async () => {
    const kit = await loadKit(await findKit('essai', [RACINE], SHARED), createTemplateEngine());
    const sheet = kit.documents.find((document) => document.id === 'fiche')!.template.body(context);
    expect(sheet).toContain('Contact du kit : https');
    expect(sheet).not.toContain('Contact partagé');
    expect(sheet).toContain('Alex Martin');
  });

  it('reports a missing partial when the kit loads, with the partials available, for every document', async () => {
    const root = kitTree({
      'k/kit.yaml': 'titre: K\ndocuments:\n  - id: a\n    titre: A\n    modele: a.md\n  - id: b\n    titre: B\n    modele: b.md\n',
      'k/a.md': LETTER('x\n{{> absent}}\n'),
      'k/b.md': LETTER('{{> politesse}}\n{{> autre}}\n'),
      'k/partiels/local.md': 'L\n',
    });
    const error = await rejection(findKit('k', [root], SHARED).then((entry) => loadKit(entry, createTemplateEngine())));
    expect(error.exitCode).toBe(5);
    expect(error.diagnostics.map((d) => [d.code, d.location])).toEqual([
      ['KitInvalid', { file: 'mes-kits/k/a.md', line: 7, column: 1 }],
      ['KitInvalid', { file: 'mes-kits/k/b.md', line: 7, column: 1 }],
    ]);
    expect(error.diagnostics[0]?.expected).toBe('contact, local, politesse, signature');
  });

  it('locates an error inside a kit partial in that file', async () => {
    const root = kitTree({
      'k/kit.yaml': 'titre: K\ndocuments:\n  - id: a\n    titre: A\n    modele: a.md\n',
      'k/a.md': LETTER('{{> p}}\n'),
      'k/partiels/p.md': 'a\n\n{{{x}}}\n',
    });
    const error = await rejection(findKit('k', [root], SHARED).then((entry) => loadKit(entry, createTemplateEngine())));
    expect(error.diagnostics[0]).toMatchObject({ code: 'TemplateSyntax', location: { file: 'mes-kits/k/partiels/p.md', line: 3, column: 1 } });
  });

  it('detects a cycle between kit partials', async () => {
    const root = kitTree({
      'k/kit.yaml': 'titre: K\ndocuments:\n  - id: a\n    titre: A\n    modele: a.md\n',
      'k/a.md': LETTER('{{> un}}\n'),
      'k/partiels/un.md': '{{> deux}}\n',
      'k/partiels/deux.md': 'x\n{{> un}}\n',
    });
    const error = await rejection(findKit('k', [root], SHARED).then((entry) => loadKit(entry, createTemplateEngine())));
    expect(error.message).toContain('un → deux → un');
    expect(error.diagnostics[0]?.location).toEqual({ file: 'mes-kits/k/partiels/deux.md', line: 2, column: 1 });
  });
});
