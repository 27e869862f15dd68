import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runKit } from '../helpers/cli.js';
import { tempDir, treeOf } from '../helpers/tmpdir.js';

const FLAGS = [
  'init',
  '--commune', "L'Haÿ-les-Roses",
  '--mairie-adresse', '41 rue Jean Jaurès',
  '--maire-civilite', 'Madame',
  '--maire-prenom', 'Camille',
  '--maire-nom', 'Dupont',
  '--expediteur-nom', 'Alex Martin',
  '--expediteur-adresse', '12 rue des Lilas',
  '--expediteur-email', 'alex.martin@exemple.fr',
  '--risques', 'inondation,mouvement-de-terrain',
];

describe('kit init, built binary, without a terminal', () => {
  it('writes a profile that kit check accepts and kit generate turns into a letter', () => {
    const dir = tempDir();
    const run = runKit(FLAGS, { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('commune.yaml écrit');
    const text = readFileSync(path.join(dir, 'commune.yaml'), 'utf8');
    expect(text).toContain('  code_insee: "94038"\n');
    expect(text).toContain("  nom: L'Haÿ-les-Roses\n");
    expect(text).toContain('  code_postal: "94240"\n');
    expect(text).toContain('risques: [inondation, mouvement-de-terrain]\n');

    const check = runKit(['check', 'resilience'], { cwd: dir });
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toContain('Tout est valide.');
    const generate = runKit(['generate', 'resilience', '--profile', 'commune.yaml', '--format', 'pdf'], { cwd: dir });
    expect(generate.status, generate.stderr).toBe(0);
    expect(treeOf(dir)).toContainEqual(expect.stringMatching(/^sortie\/resilience\/lettre-maire\.pdf \(\d+\)$/));
  });

  it('exits 2 naming the flag of a missing answer, and writes nothing', () => {
    const dir = tempDir();
    const run = runKit(['init', '--commune', '35248'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--maire-nom');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(treeOf(dir)).toEqual([]);
  });

  it('exits 7 on an existing profile, leaving it as it was', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'commune.yaml'), 'ancien\n');
    const run = runKit(FLAGS, { cwd: dir });
    expect(run.status).toBe(7);
    expect(readFileSync(path.join(dir, 'commune.yaml'), 'utf8')).toBe('ancien\n');
  });

  it('loads no prompt library, YAML or schema code for kit init --help; and no prompt library without a terminal', () => {
    const imports = (args: string[], cwd: string): string => {
      const log = path.join(tempDir(), 'imports.log');
      const run = spawnSync(process.execPath, ['--import', path.join(ROOT, 'test', 'fixtures', 'hooks', 'register.mjs'), BIN, ...args], {
        cwd,
        env: { PATH: process.env.PATH, KIT_IMPORT_LOG: log, NO_COLOR: '1' },
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
      return readFileSync(log, 'utf8');
    };
    const help = imports(['init', '--help'], ROOT);
    expect(help).toContain('node_modules/commander/');
    for (const name of ['node_modules/@inquirer/', 'node_modules/yaml/', 'node_modules/zod/']) expect(help, name).not.toContain(name);
    const written = imports(FLAGS, tempDir());
    expect(written).toContain('node_modules/yaml/');
    expect(written).toContain('node_modules/zod/');
    expect(written).not.toContain('node_modules/@inquirer/');
  });
});
