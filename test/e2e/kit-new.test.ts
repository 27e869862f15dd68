import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EPOCH_2026_11_23, ROOT, runKit } from '../helpers/cli.js';
import { readPdf } from '../helpers/pdf.js';
import { tempDir, treeOf } from '../helpers/tmpdir.js';

const env = { SOURCE_DATE_EPOCH: EPOCH_2026_11_23 };

function workspace(): string {
  const dir = tempDir();
  copyFileSync(path.join(ROOT, 'examples', 'sains', 'commune.yaml'), path.join(dir, 'commune.yaml'));
  return dir;
}

describe('kit new (built binary)', () => {
  it('creates a starter kit in kits/<nom> that kit check and kit generate accept, found without --kit-path', async () => {
    const dir = workspace();
    const created = runKit(['new', 'ma-lettre'], { cwd: dir });
    expect(created.status).toBe(0);
    expect(created.stdout).toContain('kit « ma-lettre » créé dans kits/ma-lettre');
    expect(created.stdout).toContain('kit check ma-lettre');
    expect(created.stdout).toContain('kit generate ma-lettre --profile commune.yaml');
    expect(treeOf(path.join(dir, 'kits')).map((line) => line.replace(/ \(\d+\)$/, ''))).toEqual(['ma-lettre/', 'ma-lettre/kit.yaml', 'ma-lettre/lettre-maire.md']);
    expect(readFileSync(path.join(dir, 'kits', 'ma-lettre', 'lettre-maire.md'), 'utf8')).toContain('{{> politesse-maire}}');

    const check = runKit(['check', 'ma-lettre', '--profile', 'commune.yaml'], { cwd: dir, env });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);

    const generate = runKit(['generate', 'ma-lettre', '--profile', 'commune.yaml', '--format', 'pdf'], { cwd: dir, env });
    expect(generate.status).toBe(0);
    const pdf = await readPdf(new Uint8Array(readFileSync(path.join(dir, 'sortie', 'ma-lettre', 'lettre-maire.pdf'))));
    const text = pdf.text.replace(/\s+/g, ' ');
    expect(text).toContain('J’habite Sains');
    expect(text).toContain('l’expression de ma considération distinguée');
    expect(text).not.toContain('{{');
  });

  it('refuses an existing folder (exit 7) and writes nothing, unless --force', () => {
    const dir = workspace();
    expect(runKit(['new', 'ma-lettre'], { cwd: dir }).status).toBe(0);
    const letter = path.join(dir, 'kits', 'ma-lettre', 'lettre-maire.md');
    writeFileSync(letter, 'modifié');
    const again = runKit(['new', 'ma-lettre'], { cwd: dir });
    expect(again.status).toBe(7);
    expect(again.stderr).toContain('kits/ma-lettre existe déjà');
    expect(again.stderr).toContain('--force');
    expect(readFileSync(letter, 'utf8')).toBe('modifié');
    expect(runKit(['new', 'ma-lettre', '--force'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(letter, 'utf8')).toContain('gabarit: lettre');
  });

  it('copies a built-in kit with --from into --dossier, with a new title, and the copy generates', () => {
    const dir = workspace();
    const created = runKit(['new', 'mon-dicrim', '--from', 'dicrim', '--dossier', 'mes-kits'], { cwd: dir });
    expect(created.status).toBe(0);
    expect(created.stdout).toContain('copie du kit « dicrim »');
    expect(created.stdout).toContain('kit check mon-dicrim --kit-path mes-kits');
    const kitDir = path.join(dir, 'mes-kits', 'mon-dicrim');
    for (const file of ['kit.yaml', 'lettre-maire.md', 'consignes.md']) expect(existsSync(path.join(kitDir, file))).toBe(true);
    const manifest = readFileSync(path.join(kitDir, 'kit.yaml'), 'utf8');
    expect(manifest).toMatch(/^titre: .*\(mon-dicrim\)$/m);
    expect(manifest).toContain('copie du kit « dicrim »');

    const list = runKit(['list', 'mon-dicrim', '--json', '--kit-path', 'mes-kits'], { cwd: dir });
    expect(list.status).toBe(0);
    const json = JSON.parse(list.stdout) as { kits: { id: string; documents: { id: string }[] }[] };
    expect(json.kits[0]?.id).toBe('mon-dicrim');
    expect(json.kits[0]?.documents.map((document) => document.id)).toContain('consignes');

    const generate = runKit(['generate', 'mon-dicrim', '--profile', 'commune.yaml', '--format', 'docx', '--documents', 'lettre-maire', '--kit-path', 'mes-kits'], { cwd: dir, env });
    expect(generate.stderr).toBe('');
    expect(generate.status).toBe(0);
    expect(existsSync(path.join(dir, 'sortie', 'mon-dicrim', 'lettre-maire.docx'))).toBe(true);
  });

  it('refuses a name that is not a kit id (exit 2) and an unknown --from kit', () => {
    const dir = workspace();
    expect(runKit(['new', 'Ma Lettre'], { cwd: dir }).status).toBe(2);
    const unknown = runKit(['new', 'x', '--from', 'inconnu'], { cwd: dir });
    expect(unknown.status).toBe(2);
    expect(existsSync(path.join(dir, 'kits'))).toBe(false);
  });

  it('overrides one document of a built-in kit with base: and a single file', async () => {
    const dir = workspace();
    const kitDir = path.join(dir, 'kits', 'resilience');
    runKit(['new', 'resilience'], { cwd: dir });
    writeFileSync(path.join(kitDir, 'kit.yaml'), 'titre: Résilience (version locale)\nbase: resilience\n');
    const ownLetter = readFileSync(path.join(kitDir, 'lettre-maire.md'), 'utf8');
    expect(ownLetter).toContain('J’habite');
    const list = runKit(['list', 'resilience', '--json'], { cwd: dir });
    const json = JSON.parse(list.stdout) as { kits: { title: string; documents: { id: string }[] }[] };
    expect(json.kits[0]?.title).toBe('Résilience (version locale)');
    expect(json.kits[0]?.documents.map((document) => document.id)).toEqual(['lettre-maire', 'marche-a-suivre']);
    const generate = runKit(['generate', 'resilience', '--profile', 'commune.yaml', '--format', 'pdf'], { cwd: dir, env });
    expect(generate.stderr).toBe('');
    expect(generate.status).toBe(0);
    const letter = await readPdf(new Uint8Array(readFileSync(path.join(dir, 'sortie', 'resilience', 'lettre-maire.pdf'))));
    expect(letter.text.replace(/\s+/g, ' ')).toContain('J’habite Sains');
    expect(existsSync(path.join(dir, 'sortie', 'resilience', 'marche-a-suivre.pdf'))).toBe(true);
  });
});
