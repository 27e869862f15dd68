import { describe, expect, it } from 'vitest';
import { kitFailure } from '../helpers/failure.js';
import { parseManifest } from '../../src/kits/manifest.js';

const failure = (text: string) => kitFailure(() => parseManifest(text, 'kits/essai/kit.yaml'));

describe('kit manifest', () => {
  it('reads a valid manifest', () => {
    expect(parseManifest('titre: Essai\ndocuments:\n  - id: lettre-maire\n    titre: Lettre\n    modele: lettre.md\n', 'kit.yaml')).toEqual({
      titre: 'Essai',
      documents: [{ id: 'lettre-maire', titre: 'Lettre', modele: 'lettre.md' }],
    });
  });

  it('locates a bad document id (exit 5)', () => {
    const error = failure('titre: Essai\ndocuments:\n  - id: Lettre Maire\n    titre: Lettre\n    modele: lettre.md\n');
    expect(error.exitCode).toBe(5);
    expect(error.diagnostics[0]).toMatchObject({ code: 'KitInvalid', location: { file: 'kits/essai/kit.yaml', line: 3, column: 9 } });
  });

  it('refuses a template path leaving the kit folder', () => {
    const error = failure('titre: Essai\ndocuments:\n  - id: lettre\n    titre: Lettre\n    modele: ../../secret.md\n');
    expect(error.diagnostics[0]?.location).toMatchObject({ line: 5 });
  });

  it('refuses unknown keys and duplicate documents', () => {
    expect(failure('titre: Essai\nauteur: moi\ndocuments:\n  - id: a\n    titre: A\n    modele: a.md\n').diagnostics[0]?.location?.line).toBe(1);
    const duplicate = failure('titre: Essai\ndocuments:\n  - id: a\n    titre: A\n    modele: a.md\n  - id: a\n    titre: B\n    modele: b.md\n');
    expect(duplicate.message).toContain('deux fois');
    expect(duplicate.diagnostics[0]?.location?.line).toBe(6);
  });

  it('reads requis and base', () => {
    const manifest = parseManifest('titre: Essai\nbase: dicrim\ndocuments:\n  - id: a\n    titre: A\n    modele: a.md\n    requis: [heure_civique.site, reunion.date]\n', 'kit.yaml');
    expect(manifest.base).toBe('dicrim');
    expect(manifest.documents[0]?.requis).toEqual(['heure_civique.site', 'reunion.date']);
    expect(parseManifest('titre: Essai\nbase: dicrim\n', 'kit.yaml').documents).toEqual([]);
  });

  it('locates each requis entry that is not a profile field, with a suggestion', () => {
    const error = failure('titre: Essai\ndocuments:\n  - id: a\n    titre: A\n    modele: a.md\n    requis:\n      - maire.nom\n      - heure_civique.sit\n      - inconnu.champ\n');
    expect(error.exitCode).toBe(5);
    expect(error.diagnostics.map((d) => [d.actual, d.location])).toEqual([
      ['heure_civique.sit', { file: 'kits/essai/kit.yaml', line: 8, column: 9 }],
      ['inconnu.champ', { file: 'kits/essai/kit.yaml', line: 9, column: 9 }],
    ]);
    expect(error.diagnostics[0]?.hint).toContain('heure_civique.site');
  });

  it('accepts the fields completion fills in requis', () => {
    expect(() => parseManifest('titre: E\ndocuments:\n  - id: a\n    titre: A\n    modele: a.md\n    requis: [commune.de, mairie.libelle_acheminement]\n', 'k.yaml')).not.toThrow();
  });

  it('needs documents unless a base kit provides them', () => {
    expect(failure('titre: Essai\n').message).toContain('au moins un document');
    expect(failure('titre: Essai\nbase: Pas Un Id\n').diagnostics[0]?.location?.line).toBe(2);
  });
});
