import { chmod, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isKitError, type Diagnostic } from '../../src/diagnostics/index.js';
import { loadProfile } from '../../src/profile/index.js';
import { SAINS, SAINS_PROFILE } from './helpers.js';

async function loadFailure(path: string, displayName?: string): Promise<Diagnostic[]> {
  try {
    await loadProfile(path, displayName);
  } catch (error) {
    if (isKitError(error)) return [...error.diagnostics];
    throw error;
  }
  throw new Error('le chargement aurait dû échouer');
}

describe('loadProfile', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kit-profil-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a profile from a relative path, and names it as given', async () => {
    const { profile, warnings } = await loadProfile('test/fixtures/profiles/sains.yaml');
    // The written profile, completed from the official data (département, region, routing label…).
    expect(profile).toEqual({
      ...SAINS_PROFILE,
      commune: {
        ...SAINS_PROFILE.commune,
        de: 'de Sains',
        a: 'à Sains',
        departement: { code: '35', nom: 'Ille-et-Vilaine' },
        region: { code: '53', nom: 'Bretagne' },
        population: expect.any(Number),
      },
      mairie: { ...SAINS_PROFILE.mairie, code_postal: '35610', libelle_acheminement: 'SAINS' },
    });
    expect(warnings).toEqual([]);
  });

  it('locates errors in the file as the user named it', async () => {
    const path = join(dir, 'commune.yaml');
    await writeFile(path, SAINS.replace('  nom: Dupont', '  nomm: Dupont'));
    const found = await loadFailure(path, 'commune.yaml');
    expect(found.map((d) => d.location?.file)).toEqual(['commune.yaml', 'commune.yaml']);
    expect(found[1]?.location).toEqual({ file: 'commune.yaml', line: 13, column: 3, field: 'maire.nomm' });
  });

  it('says « profil introuvable » with the path as given, never made absolute', async () => {
    const [diagnostic] = await loadFailure('absent/commune.yaml');
    expect(diagnostic).toEqual({
      severity: 'error',
      code: 'ProfileRead',
      message: 'profil introuvable : absent/commune.yaml',
      location: { file: 'absent/commune.yaml' },
      hint: 'indiquez le chemin avec --profile, ou créez un profil avec kit init.',
    });
    expect(JSON.stringify(diagnostic)).not.toContain(process.cwd());
  });

  it('says « introuvable » when a folder of the path is a file', async () => {
    const [diagnostic] = await loadFailure('test/fixtures/profiles/sains.yaml/commune.yaml');
    expect(diagnostic?.message).toBe('profil introuvable : test/fixtures/profiles/sains.yaml/commune.yaml');
  });

  it('says when the path is a folder', async () => {
    const shown = relative(process.cwd(), dir);
    const [diagnostic] = await loadFailure(dir, shown);
    expect(diagnostic).toMatchObject({ code: 'ProfileRead', message: `${shown} est un dossier, pas un fichier de profil.`, location: { file: shown } });
  });

  it.skipIf(process.getuid?.() === 0)('says when the file cannot be read', async () => {
    const path = join(dir, 'prive.yaml');
    await writeFile(path, SAINS);
    await chmod(path, 0o000);
    const [diagnostic] = await loadFailure(path, 'prive.yaml');
    expect(diagnostic).toMatchObject({ code: 'ProfileRead', message: 'profil illisible : prive.yaml (accès refusé).' });
  });

  it('refuses a huge file without reading it', async () => {
    const path = join(dir, 'enorme.yaml');
    await writeFile(path, '');
    await truncate(path, 50 * 1024 * 1024);
    const [diagnostic] = await loadFailure(path, 'enorme.yaml');
    expect(diagnostic).toMatchObject({ code: 'ProfileRead', message: 'profil trop volumineux : 51200 Ko (128 Ko au plus).', location: { file: 'enorme.yaml' } });
  });
});
