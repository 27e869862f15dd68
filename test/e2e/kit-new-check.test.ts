import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runKit } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmpdir.js';

interface CheckJson {
  ok: boolean;
  errors: { code: string; message: string; file?: string; line?: number; column?: number }[];
}

function tree(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const LETTER = (body: string) => `---\ntitre: Lettre\ngabarit: lettre\nobjet: Objet\n---\n${body}`;

describe('kit check on a user kit (built binary)', () => {
  it('reports every missing partial of every document, located (exit 5)', () => {
    const dir = tree({
      'kits/k/kit.yaml': 'titre: K\ndocuments:\n  - id: a\n    titre: A\n    modele: a.md\n  - id: b\n    titre: B\n    modele: b.md\n',
      'kits/k/a.md': LETTER('{{> politese-maire}}\n'),
      'kits/k/b.md': LETTER('x\n{{> absent}}\n'),
    });
    const run = runKit(['check', 'k', '--json'], { cwd: dir });
    expect(run.status).toBe(5);
    const json = JSON.parse(run.stdout) as CheckJson;
    expect(json.errors.map((error) => [error.code, error.file, error.line, error.column])).toEqual([
      ['KitInvalid', 'kits/k/a.md', 6, 1],
      ['KitInvalid', 'kits/k/b.md', 7, 1],
    ]);
    expect(json.errors[0]?.message).toContain('politese-maire');
  });

  it('reports a requis entry that is not a profile field, at its line', () => {
    const dir = tree({
      'kits/k/kit.yaml': 'titre: K\ndocuments:\n  - id: a\n    titre: A\n    modele: a.md\n    requis:\n      - maire.nomm\n',
      'kits/k/a.md': LETTER('x\n'),
    });
    const run = runKit(['check', 'k'], { cwd: dir });
    expect(run.status).toBe(5);
    expect(run.stderr).toContain('kits/k/kit.yaml:7:9');
    expect(run.stderr).toContain('« maire.nomm » n’est pas un champ du profil');
    expect(run.stderr).toContain('maire.nom');
  });

  it('reports an unknown base kit at its line', () => {
    const dir = tree({ 'kits/k/kit.yaml': 'titre: K\nbase: dicrm\n' });
    const run = runKit(['check', 'k', '--json'], { cwd: dir });
    expect(run.status).toBe(5);
    const json = JSON.parse(run.stdout) as CheckJson;
    expect(json.errors[0]).toMatchObject({ code: 'KitInvalid', file: 'kits/k/kit.yaml', line: 2, column: 7 });
    expect(json.errors[0]?.message).toContain('dicrm');
  });
});
