import { describe, expect, it } from 'vitest';
import { loadKit } from '../../src/kits/load.js';
import { findKit, listKits } from '../../src/kits/registry.js';
import { createTemplateEngine } from '../../src/template/compile.js';
import { kitFailure } from '../helpers/failure.js';
import { kitTree, LETTER, PERSO, RACINE, SHARED } from './fixtures.js';

const context = {
  commune: { nom: 'Sains' },
  maire: { civilite: 'Monsieur', nom: 'Durand' },
  expediteur: { nom: 'Alex Martin' },
  heure_civique: { site: 'https://exemple.fr', contact: 'Mairie', missions: ['Lire'] },
};

const load = async (id: string, roots = [PERSO, RACINE]) => loadKit(await findKit(id, roots, SHARED), createTemplateEngine());

describe('a user kit built on a base kit (base: <kit>)', () => {
  it('takes the base’s documents and replaces only the partial present in its folder', async () => {
    const only = kitTree({
      'derive/kit.yaml': 'titre: Kit dérivé\nbase: essai\n',
      'derive/partiels/politesse.md': 'Avec mes salutations citoyennes, {{maire.nom}}.\n',
    });
    const kit = await load('derive', [only, RACINE]);
    expect(kit.title).toBe('Kit dérivé');
    expect(kit.documents.map((document) => [document.id, document.template.file])).toEqual([
      ['lettre', 'racine/essai/lettre.md'],
      ['fiche', 'racine/essai/fiche.md'],
    ]);
    const letter = kit.documents[0]!.template.body(context);
    expect(letter).toContain('Avec mes salutations citoyennes, Durand.');
    expect(letter).not.toContain('Je vous prie');
    // The base's own partial still applies where the user kit has none.
    expect(kit.documents[1]!.template.body(context)).toContain('Contact du kit');
  });

  it('shadows the built-in kit of the same id and extends it, replacing one document', async () => {
    const kit = await load('essai');
    expect(kit.title).toBe('Kit d’essai (version locale)');
    expect(kit.documents.map((document) => document.template.file)).toEqual(['perso/essai/lettre.md', 'racine/essai/fiche.md']);
    expect(kit.documents[0]!.template.body(context)).toContain('Version locale de la lettre.');
    expect(kit.documents[0]!.title).toBe('Lettre d’essai');
  });

  it('follows a chain of bases: the base is the first kit of that id on the path', async () => {
    // derive → perso/essai (shadowing) → racine/essai.
    const kit = await load('derive');
    expect(kit.documents.map((document) => document.template.file)).toEqual(['perso/essai/lettre.md', 'racine/essai/fiche.md']);
    expect(kit.documents[0]!.template.body(context)).toContain('Version locale de la lettre.\n\nAvec mes salutations citoyennes, Durand.');
  });

  it('lists each kit once, the user’s first', async () => {
    const kits = await listKits([PERSO, RACINE], SHARED);
    expect(kits.map((entry) => entry.displayDir)).toEqual(['perso/derive', 'perso/essai']);
  });

  it('adds the documents the user kit declares, and replaces a declared one with the same id', async () => {
    const root = kitTree({
      'plus/kit.yaml': 'titre: Plus\nbase: essai\ndocuments:\n  - id: fiche\n    titre: Ma fiche\n    modele: autre.md\n  - id: neuf\n    titre: Neuf\n    modele: neuf.md\n',
      'plus/autre.md': LETTER('Autre\n'),
      'plus/neuf.md': LETTER('Neuf\n'),
    });
    const kit = await load('plus', [root, RACINE]);
    expect(kit.documents.map((document) => [document.id, document.title, document.template.file])).toEqual([
      ['lettre', 'Lettre d’essai', 'racine/essai/lettre.md'],
      ['fiche', 'Ma fiche', 'mes-kits/plus/autre.md'],
      ['neuf', 'Neuf', 'mes-kits/plus/neuf.md'],
    ]);
  });

  it('reports an unknown base kit at its line in kit.yaml', async () => {
    const root = kitTree({ 'orphelin/kit.yaml': '# kit\ntitre: Orphelin\nbase: inconu\n' });
    const error = await findKit('orphelin', [root, RACINE], SHARED).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    const failure = kitFailure(() => {
      throw error;
    });
    expect(failure.exitCode).toBe(5);
    expect(failure.diagnostics[0]).toMatchObject({
      code: 'KitInvalid',
      location: { file: 'mes-kits/orphelin/kit.yaml', line: 3, column: 7 },
      actual: 'inconu',
    });
    expect(failure.diagnostics[0]?.expected).toContain('essai');
  });

  it('refuses a kit that is its own base', async () => {
    const root = kitTree({ 'boucle/kit.yaml': 'titre: Boucle\nbase: boucle\n' });
    const error = await findKit('boucle', [root], SHARED).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(kitFailure(() => { throw error; }).message).toContain('mène à lui-même');
  });
});
