import { describe, expect, it } from 'vitest';
import { loadKit } from '../../src/kits/load.js';
import { findKit } from '../../src/kits/registry.js';
import { missingFields, requiredFields } from '../../src/kits/requirements.js';
import { createTemplateEngine } from '../../src/template/compile.js';
import { kitTree, RACINE, SHARED } from './fixtures.js';

const kitOf = async (files: Record<string, string>) => {
  const root = kitTree(files);
  return loadKit(await findKit('k', [root], SHARED), createTemplateEngine());
};

describe('profile fields a document needs', () => {
  it('derives them from the templates, partials and front matter, then adds requis', async () => {
    const kit = await loadKit(await findKit('essai', [RACINE], SHARED), createTemplateEngine());
    const [letter, sheet] = kit.documents;
    // commune.nom is always filled from the official data; the association is guarded; the
    // section `maire`, read whole by {{appellation maire}}, is named by the fields it cannot lack.
    expect(requiredFields(letter!)).toEqual(['maire.civilite', 'maire.nom']);
    // The fiche's own contact partial reads heure_civique.site and, through signature, expediteur.nom.
    expect(requiredFields(sheet!)).toEqual(['heure_civique.site', 'expediteur.nom', 'heure_civique.missions']);
  });

  it('never asks for computed context values, nor for the batch file name’s fields', async () => {
    const kit = await kitOf({
      'k/kit.yaml': 'titre: K\ndocuments:\n  - id: a\n    titre: A\n    modele: a.md\n    fichier: "{{reunion.lieu}}"\n',
      'k/a.md':
        '---\ntitre: "Fiche {{commune.de}}"\ngabarit: fiche\nsources: "{{identite.couleur}}"\n---\n{{date_longue date}} {{liste risques_libelles}} {{commune.departement.nom}} {{numeros_avertissement}}\n{{#each consignes}}{{titre}}{{/each}}\n{{de commune}} {{commune.code_insee}}\n',
    });
    expect(requiredFields(kit.documents[0]!)).toEqual(['identite.couleur', 'commune.code_insee']);
  });

  it('names each missing field with its document', async () => {
    const kit = await loadKit(await findKit('essai', [RACINE], SHARED), createTemplateEngine());
    const sheet = kit.documents[1]!;
    const profile = { commune: { nom: 'Sains' }, maire: { nom: 'D' }, expediteur: { nom: 'A' }, heure_civique: { missions: [] } };
    expect(missingFields(sheet, profile)).toEqual([
      { field: 'heure_civique.site', document: 'fiche' },
      { field: 'heure_civique.missions', document: 'fiche' },
    ]);
    expect(missingFields(sheet, { ...profile, heure_civique: { site: 'https://x.fr', missions: ['Lire'] } })).toEqual([]);
  });
});
