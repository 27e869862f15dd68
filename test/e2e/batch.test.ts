import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { allCommunes } from '../../src/communes/index.js';
import { BIN, EPOCH_2026_11_23, runKit } from '../helpers/cli.js';
import { readPdf } from '../helpers/pdf.js';
import { tempDir, treeOf } from '../helpers/tmpdir.js';

const ASSOCIATION = `expediteur:
  nom: Alex Martin
  qualite: Président du Collectif Résilience
  association: Collectif Résilience
  adresse: ["12 rue des Lilas"]
  code_postal: "35610"
  commune: Sains
`;

/** A folder with association.yaml and maires.csv (bytes as given). */
function batchFolder(csv: Uint8Array): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'association.yaml'), ASSOCIATION);
  writeFileSync(path.join(dir, 'maires.csv'), csv);
  return dir;
}

/** Like Excel (France) « CSV (séparateur : point-virgule) »: Windows-1252, `;`, CRLF. */
function excelCsv(lines: string[]): Uint8Array {
  return iconv.encode(`${lines.join('\r\n')}\r\n`, 'win1252');
}

const args = ['generate', 'resilience', '--documents', 'lettre-maire', '--csv', 'maires.csv', '--profile', 'association.yaml'];
const env = { SOURCE_DATE_EPOCH: EPOCH_2026_11_23 };
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('kit generate --csv (built binary)', () => {
  it('reads an Excel export in Windows-1252 and writes one letter per row, the print file and the manifest', async () => {
    const dir = batchFolder(
      excelCsv([
        'Code INSEE;Civilité;Prénom;Nom;Adresse',
        '35248;Madame;Camille;Dupont;1 place de la Mairie',
        '76351;Monsieur;Édouard;Cœur;1517 place de l’Hôtel de Ville',
        '94038;Madame;Noémie;Martin;41 rue Jean Jaurès',
      ]),
    );
    const run = runKit([...args, '--format', 'pdf', '--json'], { cwd: dir, env });
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { files: { path: string; row: number | null; pages: number | null }[]; warnings: { code: string }[] };
    expect(report.files.filter((file) => file.row !== null).map((file) => [file.path, file.row])).toEqual([
      [path.join('sortie', 'resilience', 'lettre-maire', 'Sains (35248).pdf'), 2],
      [path.join('sortie', 'resilience', 'lettre-maire', 'Le Havre (76351).pdf'), 3],
      [path.join('sortie', 'resilience', 'lettre-maire', "L'Haÿ-les-Roses (94038).pdf"), 4],
    ]);
    expect(report.warnings.map((w) => w.code)).toContain('CsvEncoding');

    const letter = await readPdf(new Uint8Array(readFileSync(path.join(dir, 'sortie', 'resilience', 'lettre-maire', 'Le Havre (76351).pdf'))));
    expect(letter.text).toContain('Monsieur le Maire');
    expect(letter.text).toContain('Mairie du Havre');
    expect(letter.text).toContain('1517 PLACE DE L HOTEL DE VILLE');
    const merged = await readPdf(new Uint8Array(readFileSync(path.join(dir, 'sortie', 'resilience', 'lettre-maire-publipostage.pdf'))));
    expect(merged.pages).toHaveLength(3);
    expect(merged.pages[2]!.text).toContain("Mairie de L'Haÿ-les-Roses");
    const manifest = readFileSync(path.join(dir, 'sortie', 'resilience', 'manifeste.csv'), 'utf8');
    expect(manifest.startsWith('\uFEFFligne_csv;rang;fichiers;pages;sha256;statut;message\r\n')).toBe(true);
    expect(manifest.split('\r\n').filter(Boolean)).toHaveLength(4);
  });

  it('reports every bad row with its CSV line before writing anything (exit 6)', () => {
    const dir = batchFolder(excelCsv(['Code INSEE;Civilité;Nom;Adresse', '35248;Madame;Dupont;1 place de la Mairie', '99999;Madame;Martin;1 rue X', '35248;Mademoiselle;Durand;1 rue Y', '35248;Monsieur', '35248;Monsieur;Leroy;2 place de la Mairie']));
    const before = treeOf(dir);
    const run = runKit(args, { cwd: dir, env });
    expect(run.status).toBe(6);
    expect(run.stderr).toMatch(/maires\.csv:3\b/);
    expect(run.stderr).toMatch(/maires\.csv:4\b/);
    expect(run.stderr).toMatch(/maires\.csv:5\b/);
    expect(treeOf(dir)).toEqual(before);

    const skipped = runKit([...args, '--skip-invalid', '--format', 'pdf'], { cwd: dir, env });
    expect(skipped.status, skipped.stderr).toBe(0);
    expect(readdirSync(path.join(dir, 'sortie', 'resilience', 'lettre-maire')).sort()).toEqual(['Sains (35248)-2.pdf', 'Sains (35248).pdf']);
    const manifest = readFileSync(path.join(dir, 'sortie', 'resilience', 'manifeste.csv'), 'utf8');
    expect(manifest.match(/;ignoré;/g)).toHaveLength(3);
    // In CSV order, the refused rows between the written ones.
    const records = manifest.split('\r\n').slice(1).filter(Boolean).map((record) => record.split(';'));
    expect(records.map((record) => [record[0], record[5]])).toEqual([['2', 'écrit'], ['3', 'ignoré'], ['4', 'ignoré'], ['5', 'ignoré'], ['6', 'écrit']]);
  });

  it('refuses to overwrite (exit 7) and resumes an interrupted batch to the same bytes', () => {
    const communes = allCommunes().filter((c) => c.departement.code === '35').slice(0, 12);
    const csv = excelCsv(['Code INSEE;Civilité;Nom;Adresse', ...communes.map((c, i) => `${c.code};${i % 2 ? 'Monsieur' : 'Madame'};Nom${i};1 place de la Mairie`)]);
    const reference = batchFolder(csv);
    expect(runKit([...args, '--format', 'pdf'], { cwd: reference, env }).status).toBe(0);
    const refused = runKit([...args, '--format', 'pdf'], { cwd: reference, env });
    expect(refused.status).toBe(7);
    // Every file already there is named, in the order of the CSV, then the print file and the manifest.
    const named = [...communes.map((c) => `${c.nom} (${c.code}).pdf`), 'lettre-maire-publipostage.pdf', 'manifeste.csv'].map((name) => refused.stderr.indexOf(name));
    expect(named.every((at) => at >= 0)).toBe(true);
    expect(named).toEqual([...named].sort((a, b) => a - b));

    // An interrupted run: some letters written, no print file, no manifest, a stale temporary.
    const resumed = batchFolder(csv);
    expect(runKit([...args, '--format', 'pdf'], { cwd: resumed, env }).status).toBe(0);
    const letters = path.join(resumed, 'sortie', 'resilience', 'lettre-maire');
    for (const name of readdirSync(letters).slice(5)) rmSync(path.join(letters, name));
    rmSync(path.join(resumed, 'sortie', 'resilience', 'lettre-maire-publipostage.pdf'));
    rmSync(path.join(resumed, 'sortie', 'resilience', 'manifeste.csv'));
    writeFileSync(path.join(letters, '.Rennes (35238).pdf.12345-0a1b2c3d.tmp'), 'tronqué');
    const run = runKit([...args, '--format', 'pdf', '--resume'], { cwd: resumed, env });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('dont 5 déjà présente(s)');
    const files = (root: string) => treeOf(path.join(root, 'sortie'));
    expect(files(resumed)).toEqual(files(reference));
    for (const name of readdirSync(letters)) expect(sha(path.join(letters, name)), name).toBe(sha(path.join(reference, 'sortie', 'resilience', 'lettre-maire', name)));
    const print = (root: string) => sha(path.join(root, 'sortie', 'resilience', 'lettre-maire-publipostage.pdf'));
    expect(print(resumed)).toBe(print(reference));
  });

  it('killed with SIGKILL in the middle, --resume completes the batch', async () => {
    const communes = allCommunes().filter((c) => c.departement.code === '29').slice(0, 60);
    const csv = excelCsv(['Code INSEE;Civilité;Nom;Adresse', ...communes.map((c, i) => `${c.code};Madame;Nom${i};1 place de la Mairie`)]);
    const dir = batchFolder(csv);
    const letters = path.join(dir, 'sortie', 'resilience', 'lettre-maire');
    const staged = path.join(dir, 'sortie', 'resilience', '.publipostage-en-cours', 'lettre-maire');
    const child = spawn(process.execPath, [BIN, ...args, '--format', 'pdf'], { cwd: dir, env: { PATH: process.env.PATH, ...env }, stdio: 'ignore' });
    const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
    // Kill it as soon as ten letters are written (or let it end, if it is faster than the polling).
    const poll = setInterval(() => {
      if (existsSync(staged) && readdirSync(staged).length >= 10) child.kill('SIGKILL');
    }, 5);
    await closed;
    clearInterval(poll);
    // Killed: the letters written wait in the staging folder, nothing is in place yet.
    expect(existsSync(letters)).toBe(false);
    expect(readdirSync(staged).filter((name) => name.endsWith('.pdf')).length).toBeLessThan(60);
    // A run that does not say --resume or --force is refused: it would redo the work.
    const plain = runKit([...args, '--format', 'pdf'], { cwd: dir, env });
    expect(plain.status).toBe(7);
    expect(plain.stderr).toContain('--resume');
    const run = runKit([...args, '--format', 'pdf', '--resume'], { cwd: dir, env });
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(letters).filter((name) => name.endsWith('.pdf'))).toHaveLength(60);
    expect(readdirSync(letters).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(path.dirname(staged))).toBe(false);
    const merged = await readPdf(new Uint8Array(readFileSync(path.join(dir, 'sortie', 'resilience', 'lettre-maire-publipostage.pdf'))));
    expect(merged.pages).toHaveLength(60);
  });

  it('Ctrl-C stops the batch cleanly (exit 130, every file whole), and --resume ends it as an uninterrupted run', async () => {
    const communes = allCommunes().filter((c) => c.departement.code === '56').slice(0, 150);
    const csv = excelCsv(['Code INSEE;Civilité;Nom;Adresse', ...communes.map((c, i) => `${c.code};Monsieur;Nom${i};2 place de la Mairie`)]);
    const reference = batchFolder(csv);
    expect(runKit([...args, '--format', 'pdf'], { cwd: reference, env }).status).toBe(0);

    const dir = batchFolder(csv);
    const letters = path.join(dir, 'sortie', 'resilience', '.publipostage-en-cours', 'lettre-maire');
    const child = spawn(process.execPath, [BIN, ...args, '--format', 'pdf'], { cwd: dir, env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = new Promise<number | null>((resolve) => child.on('close', (status) => resolve(status)));
    let sent = false;
    const poll = setInterval(() => {
      if (!sent && existsSync(letters) && readdirSync(letters).length >= 10) {
        sent = true;
        child.kill('SIGINT');
      }
    }, 5);
    const status = await code;
    clearInterval(poll);
    // Stopped after ten letters of 150: those written wait, whole, in the staging folder.
    expect(sent).toBe(true);
    expect(status, stderr).toBe(130);
    const written = readdirSync(letters).filter((name) => name.endsWith('.pdf'));
    expect(written.length).toBeLessThan(150);
    expect(stderr).toContain('--resume');
    expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(readdirSync(letters).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    for (const name of written) expect((await readPdf(new Uint8Array(readFileSync(path.join(letters, name))))).pages.length, name).toBe(1);
    expect(existsSync(path.join(dir, 'sortie', 'resilience', 'lettre-maire'))).toBe(false);
    const run = runKit([...args, '--format', 'pdf', '--resume'], { cwd: dir, env });
    expect(run.status, run.stderr).toBe(0);
    const files = (root: string) => treeOf(path.join(root, 'sortie'));
    expect(files(dir)).toEqual(files(reference));
    for (const file of ['lettre-maire-publipostage.pdf', 'manifeste.csv']) {
      expect(sha(path.join(dir, 'sortie', 'resilience', file)), file).toBe(sha(path.join(reference, 'sortie', 'resilience', file)));
    }
  });

  it('--dry-run prints the plan (every file, the print file, the manifest) and writes nothing', () => {
    const communes = allCommunes().filter((c) => c.departement.code === '35').slice(0, 20);
    const dir = batchFolder(excelCsv(['Code INSEE;Civilité;Nom;Adresse', ...communes.map((c, i) => `${c.code};Madame;Nom${i};1 place de la Mairie`)]));
    const before = treeOf(dir);
    const run = runKit([...args, '--dry-run', '--json'], { cwd: dir, env });
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { dryRun: boolean; files: { path: string; row: number | null }[] };
    expect(report.dryRun).toBe(true);
    expect(report.files.filter((file) => file.row !== null)).toHaveLength(40); // PDF + DOCX per row
    expect(report.files.filter((file) => file.row === null).map((file) => path.basename(file.path))).toEqual(['lettre-maire-publipostage.pdf', 'manifeste.csv']);
    expect(report.files.find((file) => file.row === 2)!.path).toBe(path.join('sortie', 'resilience', 'lettre-maire', `${communes[0]!.nom} (${communes[0]!.code}).pdf`));
    const human = runKit([...args, '--dry-run'], { cwd: dir, env });
    expect(human.status).toBe(0);
    expect(human.stdout).toContain('Simulation (--dry-run) : 42 fichiers à écrire, rien n’a été écrit.');
    expect(human.stdout).toContain('lettre-maire-publipostage.pdf');
    expect(treeOf(dir)).toEqual(before);
  });
});
