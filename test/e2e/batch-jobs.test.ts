import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCommunes } from '../../src/communes/index.js';
import { EPOCH_2026_11_23, runKit } from '../helpers/cli.js';
import { tempDir, treeOf } from '../helpers/tmpdir.js';

const ASSOCIATION = 'expediteur:\n  nom: Alex Martin\n  adresse: ["12 rue des Lilas"]\n  code_postal: "35610"\n  commune: Sains\n';
const env = { SOURCE_DATE_EPOCH: EPOCH_2026_11_23 };
const communes = allCommunes()
  .filter((c) => c.departement.code === '35')
  .slice(0, 40);

/** A folder with association.yaml and maires.csv. */
function batchFolder(lines: string[]): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'association.yaml'), ASSOCIATION);
  writeFileSync(path.join(dir, 'maires.csv'), `${lines.join('\r\n')}\r\n`);
  return dir;
}

/** Every file below `dir` with its sha256. */
function hashes(dir: string): Record<string, string> {
  return Object.fromEntries(
    treeOf(dir)
      .filter((entry) => !entry.endsWith('/'))
      .map((entry) => entry.replace(/ \(\d+\)$/, ''))
      .map((file) => [file, createHash('sha256').update(readFileSync(path.join(dir, file))).digest('hex')]),
  );
}

describe('kit generate --csv --jobs (built binary)', () => {
  it('writes the same files, byte for byte, with one worker thread or two', () => {
    const lines = ['Code INSEE;Civilité;Prénom;Nom;Adresse', ...communes.map((c, i) => `${c.code};${i % 2 ? 'Monsieur' : 'Madame'};Camille;Nom${i};${1 + i} place de la Mairie`)];
    const runs = [1, 2].map((jobs) => {
      const dir = batchFolder(lines);
      const run = runKit(['generate', 'resilience', '--documents', 'lettre-maire', '--csv', 'maires.csv', '--profile', 'association.yaml', '--format', 'pdf', '--jobs', String(jobs), '--json'], { cwd: dir, env });
      expect(run.status, run.stderr).toBe(0);
      return { dir, report: JSON.parse(run.stdout) as { files: { path: string; sha256: string }[] } };
    });
    const [one, two] = runs as [(typeof runs)[0], (typeof runs)[0]];
    expect(treeOf(path.join(two.dir, 'sortie'))).toEqual(treeOf(path.join(one.dir, 'sortie')));
    const tree = hashes(path.join(one.dir, 'sortie'));
    expect(Object.keys(tree)).toHaveLength(42);
    expect(tree).toHaveProperty([path.join('resilience', 'lettre-maire-publipostage.pdf')]);
    expect(tree).toHaveProperty([path.join('resilience', 'manifeste.csv')]);
    expect(hashes(path.join(two.dir, 'sortie'))).toEqual(tree);
    expect(two.report).toEqual(one.report);
  });

  /** A folder whose kit `essai` reads `maire.prenom` through a helper (a date): row 24 may break it. */
  function essaiFolder(lines: string[]): string {
    const dir = batchFolder(lines);
    mkdirSync(path.join(dir, 'mes-kits', 'essai'), { recursive: true });
    writeFileSync(path.join(dir, 'mes-kits', 'essai', 'kit.yaml'), 'titre: Essai\ndocuments:\n  - id: lettre\n    titre: Lettre\n    modele: lettre.md\n');
    writeFileSync(path.join(dir, 'mes-kits', 'essai', 'lettre.md'), '---\ntitre: Essai\ngabarit: lettre\nobjet: Essai\n---\n{{appellation maire}},\n\nLe {{date_longue maire.prenom}}.\n');
    return dir;
  }
  const essai = ['generate', 'essai', '--kit-path', 'mes-kits', '--csv', 'maires.csv', '--profile', 'association.yaml', '--format', 'pdf'];

  it('a row that fails to render stops the batch with the same error and exit code', () => {
    const lines = ['Code INSEE;Civilité;Prénom;Nom;Adresse', ...communes.map((c, i) => `${c.code};Madame;${i === 24 ? 'demain' : '2026-11-23'};Nom${i};1 place de la Mairie`)];
    const runs = [1, 2].map((jobs) => runKit([...essai, '--jobs', String(jobs)], { cwd: essaiFolder(lines), env }));
    const [one, two] = runs as [(typeof runs)[0], (typeof runs)[0]];
    expect(one.status).toBe(5);
    expect(one.stderr).toContain('« demain »');
    expect(one.stderr).not.toMatch(/\n\s+at /);
    expect(two.status).toBe(one.status);
    expect(two.stderr).toBe(one.stderr);
  });

  it('a row lacking a field the document needs is reported with its line before anything is written (exit 6)', () => {
    const lines = ['Code INSEE;Civilité;Prénom;Nom;Adresse', ...communes.map((c, i) => `${c.code};Madame;${i === 24 ? '' : '2026-11-23'};Nom${i};1 place de la Mairie`)];
    const dir = essaiFolder(lines);
    const before = treeOf(dir);
    const run = runKit([...essai, '--jobs', '2'], { cwd: dir, env });
    expect(run.status, run.stderr).toBe(6);
    expect(run.stderr).toContain('maires.csv:26 — colonne « Prénom » (maire.prenom) : cellule vide ; le document « Lettre » en a besoin.');
    expect(treeOf(dir)).toEqual(before);
    const skipped = runKit([...essai, '--skip-invalid'], { cwd: dir, env });
    expect(skipped.status, skipped.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'sortie', 'essai', 'manifeste.csv'), 'utf8').match(/;ignoré;/g)).toHaveLength(1);
  });

  it('a place taken by a folder: nothing is put in place (exit 7), the files wait for --resume', () => {
    const rows = allCommunes().filter((c) => c.departement.code === '22').slice(0, 50);
    const lines = ['Code INSEE;Civilité;Prénom;Nom;Adresse', ...rows.map((c, i) => `${c.code};Madame;Camille;Nom${i};1 place de la Mairie`)];
    for (const jobs of [1, 2]) {
      const dir = batchFolder(lines);
      const letters = path.join(dir, 'sortie', 'resilience', 'lettre-maire');
      // The fault: where row 37's letter goes, a folder (as a file locked by another program).
      const blocked = `${rows[36]!.nom} (${rows[36]!.code}).pdf`;
      mkdirSync(path.join(letters, blocked), { recursive: true });
      writeFileSync(path.join(letters, blocked, 'occupé'), '');
      const before = treeOf(path.join(dir, 'sortie'));
      const command = ['generate', 'resilience', '--documents', 'lettre-maire', '--csv', 'maires.csv', '--profile', 'association.yaml', '--format', 'pdf', '--jobs', String(jobs)];
      const run = runKit([...command, '--force'], { cwd: dir, env });
      expect(run.status, run.stderr).toBe(7);
      expect(run.stderr).toContain(blocked);
      expect(run.stderr).toContain('--resume');
      expect(run.stderr).not.toMatch(/\n\s+at /);
      const visible = (entries: string[]) => entries.filter((entry) => !entry.includes('.publipostage-en-cours'));
      expect(visible(treeOf(path.join(dir, 'sortie'))), `--jobs ${jobs}`).toEqual(before);
      // Once the folder is moved away, --resume puts the files in place without redoing them.
      rmSync(path.join(letters, blocked), { recursive: true });
      const resumed = runKit([...command, '--resume', '--json'], { cwd: dir, env });
      expect(resumed.status, resumed.stderr).toBe(0);
      expect(readdirSync(letters).filter((name) => name.endsWith('.pdf'))).toHaveLength(50);
      expect(existsSync(path.join(dir, 'sortie', 'resilience', '.publipostage-en-cours'))).toBe(false);
    }
  });

  it('refuses a --jobs that is not a whole number of at least 1 (exit 2)', () => {
    const dir = batchFolder(['Code INSEE;Nom', `${communes[0]!.code};Dupont`]);
    const run = runKit(['generate', 'resilience', '--csv', 'maires.csv', '--jobs', '0'], { cwd: dir, env });
    expect(run.stderr).toContain('--jobs');
    expect(run.status).not.toBe(0);
  });
});
