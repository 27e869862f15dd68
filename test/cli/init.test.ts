import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInit } from '../../src/cli/commands/init.js';
import { main } from '../../src/cli/main.js';
import { KitError } from '../../src/diagnostics/index.js';
import type { Asker } from '../../src/init/questions.js';
import { parseProfile } from '../../src/profile/parse.js';
import { memoryIo } from '../helpers/io.js';
import { tempDir, treeOf } from '../helpers/tmpdir.js';

const ALL_FLAGS = [
  'init',
  '--commune', '01004',
  '--mairie-adresse', '1 place de la Mairie',
  '--mairie-adresse', 'BP 12',
  '--mairie-email', 'mairie@exemple.fr',
  '--mairie-telephone', '04 74 00 00 00',
  '--maire-civilite', 'Monsieur',
  '--maire-prenom', 'Jean',
  '--maire-nom', 'Durand',
  '--maire-appellation', 'Monsieur le Maire et cher voisin',
  '--expediteur-nom', 'Alex Martin',
  '--expediteur-qualite', 'Président',
  '--expediteur-association', 'Collectif « Demain » & Co',
  '--expediteur-adresse', '12 rue des Lilas',
  '--expediteur-code-postal', '01500',
  '--expediteur-commune', 'Ambérieu-en-Bugey',
  '--expediteur-email', 'alex@exemple.fr',
  '--expediteur-telephone', '06 00 00 00 00',
  '--expediteur-signature', 'signature.png',
  '--risques', 'inondation,seisme',
  '--logo', 'logo.png',
  '--couleur', '#1d4e89',
];

const REQUIRED = ['init', '--commune', 'Sains', '--mairie-adresse', '1 place de la Mairie', '--maire-civilite', 'Madame', '--maire-nom', 'Dupont', '--expediteur-nom', 'Alex Martin', '--expediteur-adresse', '12 rue des Lilas'];

const profileIn = (dir: string, name = 'commune.yaml') => parseProfile(readFileSync(path.join(dir, name)), name).profile;

describe('kit init without a terminal (in-process)', () => {
  it('writes a valid, commented profile from the flags, and says what to do next', async () => {
    const dir = tempDir();
    const io = memoryIo(dir);
    expect(await main(ALL_FLAGS, io)).toBe(0);
    expect(io.err()).toBe('');
    expect(profileIn(dir)).toEqual({
      commune: { code_insee: '01004', nom: 'Ambérieu-en-Bugey', code_postal: '01500' },
      mairie: { adresse: ['1 place de la Mairie', 'BP 12'], email: 'mairie@exemple.fr', telephone: '04 74 00 00 00' },
      maire: { civilite: 'Monsieur', prenom: 'Jean', nom: 'Durand', appellation: 'Monsieur le Maire et cher voisin' },
      expediteur: {
        nom: 'Alex Martin',
        qualite: 'Président',
        association: 'Collectif « Demain » & Co',
        adresse: ['12 rue des Lilas'],
        code_postal: '01500',
        commune: 'Ambérieu-en-Bugey',
        email: 'alex@exemple.fr',
        telephone: '06 00 00 00 00',
        signature: 'signature.png',
      },
      risques: ['inondation', 'seisme'],
      identite: { logo: 'logo.png', couleur: '#1d4e89' },
    });
    const text = readFileSync(path.join(dir, 'commune.yaml'), 'utf8');
    expect(text.startsWith('# yaml-language-server: $schema=commune.schema.json\n')).toBe(true);
    expect(text).toContain('  code_insee: "01004"\n');
    expect(io.out()).toContain('✓ commune.yaml écrit : profil de Ambérieu-en-Bugey (Ain, code INSEE 01004).');
    expect(io.out()).toContain('kit check\n');
    expect(io.out()).toContain('kit generate resilience --profile commune.yaml');
    expect(treeOf(dir)).toEqual([expect.stringMatching(/^commune\.yaml \(\d+\)$/)]);
  });

  it('passes kit check', async () => {
    const dir = tempDir();
    expect(await main(REQUIRED, memoryIo(dir))).toBe(0);
    const io = memoryIo(dir);
    expect(await main(['check'], io)).toBe(0);
    expect(io.out()).toContain('Tout est valide.');
  });

  it('fails with exit 2 naming the flag of a missing answer, and writes nothing', async () => {
    const dir = tempDir();
    const io = memoryIo(dir);
    const args = REQUIRED.filter((arg, i) => arg !== '--maire-nom' && REQUIRED[i - 1] !== '--maire-nom');
    expect(await main(args, io)).toBe(2);
    expect(io.err()).toContain('réponse manquante : le nom du maire. Sans terminal, passez --maire-nom "Dupont"');
    expect(io.out()).toBe('');
    expect(treeOf(dir)).toEqual([]);
  });

  it('fails with exit 2 for an ambiguous commune, listing INSEE codes and départements', async () => {
    const dir = tempDir();
    const io = memoryIo(dir);
    expect(await main(REQUIRED.map((arg) => (arg === 'Sains' ? 'Sainte-Colombe' : arg)), io)).toBe(2);
    expect(io.err()).toContain('Sainte-Colombe (Manche, 50) — code INSEE 50457');
    expect(treeOf(dir)).toEqual([]);
  });

  it('never replaces an existing profile without --force (exit 7, checked before anything else)', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'commune.yaml'), 'ancien\n');
    const io = memoryIo(dir);
    expect(await main(['init'], io)).toBe(7);
    expect(io.err()).toContain('commune.yaml existe déjà');
    expect(io.err()).toContain('--force');
    expect(readFileSync(path.join(dir, 'commune.yaml'), 'utf8')).toBe('ancien\n');
  });

  it('replaces it with --force', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'commune.yaml'), 'ancien\n');
    expect(await main([...REQUIRED, '--force'], memoryIo(dir))).toBe(0);
    expect(profileIn(dir).maire.nom).toBe('Dupont');
    expect(treeOf(dir)).toEqual([expect.stringMatching(/^commune\.yaml \(\d+\)$/)]);
  });

  it('writes where --output says, creating the folder, and adapts the next steps', async () => {
    const dir = tempDir();
    const io = memoryIo(dir);
    expect(await main([...REQUIRED, '--output', 'profils/ma commune.yaml'], io)).toBe(0);
    expect(profileIn(path.join(dir, 'profils'), 'ma commune.yaml').commune.code_insee).toBe('35248');
    expect(io.out()).toContain('kit check --profile "profils/ma commune.yaml"');
  });

  it('refuses a folder as --output', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'profil.yaml'));
    const io = memoryIo(dir);
    expect(await main([...REQUIRED, '--output', 'profil.yaml', '--force'], io)).toBe(7);
    expect(io.err()).toContain('profil.yaml est un dossier');
  });

  it('says when a code led to another commune', async () => {
    const dir = tempDir();
    const io = memoryIo(dir);
    expect(await main(REQUIRED.map((arg) => (arg === 'Sains' ? '49069' : arg)), io)).toBe(0);
    expect(io.err()).toContain('Note : 49069 est le code de Champtoceaux');
    expect(profileIn(dir).commune.code_insee).toBe('49126');
  });

  it('documents its flags in French', async () => {
    const io = memoryIo(tempDir());
    expect(await main(['init', '--help'], io)).toBe(0);
    for (const flag of ['--commune', '--maire-nom', '--mairie-adresse', '--expediteur-association', '--risques', '--couleur', '--yes', '--force', '--output']) {
      expect(io.out()).toContain(flag);
    }
    expect(io.out()).toContain('Exemples :');
    expect(io.out()).not.toContain('default');
  });
});

describe('kit init with a terminal (scripted asker)', () => {
  const exit = () => Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' });
  const interrupting: Asker = {
    searchCommune: () => Promise.reject(exit()),
    input: () => Promise.reject(exit()),
    select: () => Promise.reject(exit()),
    checkbox: () => Promise.reject(exit()),
  };

  it('turns Ctrl-C at a prompt into exit 130, with nothing written', async () => {
    const dir = tempDir();
    const error = await runInit({}, memoryIo(dir), { interactive: true, asker: async () => interrupting }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KitError);
    expect((error as KitError).exitCode).toBe(130);
    expect((error as KitError).message).toBe('interrompu : aucun fichier n’a été écrit.');
    expect(treeOf(dir)).toEqual([]);
  });

  it('checks the existing profile before asking anything', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'commune.yaml'), 'ancien\n');
    let asked = false;
    const asker = async (): Promise<Asker> => {
      asked = true;
      return interrupting;
    };
    const error = await runInit({}, memoryIo(dir), { interactive: true, asker }).catch((e: unknown) => e);
    expect((error as KitError).exitCode).toBe(7);
    expect(asked).toBe(false);
  });
});
