import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKit } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmpdir.js';

interface ListJson {
  kits: { id: string; title: string; documents: { id: string; title: string; layout: string; requis: string[] }[] }[];
}

describe('kit list (built binary)', () => {
  it('--json keeps the design.md §8 keys and adds requis to each document', () => {
    const run = runKit(['list', '--json'], { cwd: tempDir() });
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout) as ListJson;
    expect(json.kits.map((kit) => kit.id)).toEqual(expect.arrayContaining(['dicrim', 'entraide', 'heure-civique', 'resilience', 'securite-solidaire']));
    for (const kit of json.kits) {
      expect(Object.keys(kit)).toEqual(['id', 'title', 'documents']);
      for (const document of kit.documents) {
        expect(Object.keys(document)).toEqual(['id', 'title', 'layout', 'requis']);
        expect(['lettre', 'fiche', 'affiche', 'flyer']).toContain(document.layout);
        expect(Array.isArray(document.requis)).toBe(true);
        // Computed values and fields filled from the official data are never asked for.
        for (const field of document.requis) expect(field).not.toMatch(/^(date|risques_libelles|consignes|commune\.nom|commune\.de)\b/);
      }
    }
  });

  it('shows, per document, the layout and the profile fields it needs (manifest requis included)', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'kits', 'essai'), { recursive: true });
    writeFileSync(
      path.join(dir, 'kits', 'essai', 'kit.yaml'),
      'titre: Essai\ndocuments:\n  - id: affiche\n    titre: Mon affiche\n    modele: affiche.md\n    requis: [heure_civique.site]\n',
    );
    writeFileSync(path.join(dir, 'kits', 'essai', 'affiche.md'), '---\ntitre: Affiche\ngabarit: affiche\n---\n# {{reunion.lieu}}\n\n{{#if reunion.heure}}{{reunion.heure}}{{/if}}\n');
    const run = runKit(['list', 'essai'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('essai — Essai\n  affiche  Mon affiche (affiche)\n           profil : reunion.lieu, heure_civique.site\n');
    const json = JSON.parse(runKit(['list', 'essai', '--json'], { cwd: dir }).stdout) as ListJson;
    expect(json.kits[0]?.documents[0]).toEqual({ id: 'affiche', title: 'Mon affiche', layout: 'affiche', requis: ['reunion.lieu', 'heure_civique.site'] });
  });
});
