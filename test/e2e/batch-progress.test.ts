import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCommunes } from '../../src/communes/index.js';
import { BIN, runKit } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmpdir.js';

const args = ['generate', 'resilience', '--documents', 'lettre-maire', '--csv', 'maires.csv', '--profile', 'association.yaml', '--format', 'pdf'];

function folder(rows: number): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'association.yaml'), 'expediteur:\n  nom: Alex Martin\n  adresse: ["12 rue des Lilas"]\n  code_postal: "35610"\n  commune: Sains\n');
  const communes = allCommunes().filter((c) => c.departement.code === '35').slice(0, rows);
  writeFileSync(path.join(dir, 'maires.csv'), ['Code INSEE;Civilité;Nom;Adresse', ...communes.map((c, i) => `${c.code};Madame;Nom${i};1 place de la Mairie`)].join('\r\n'));
  return dir;
}

/** Runs the built binary with its output on a pseudo-terminal (Python's pty), as in a terminal. */
function onTerminal(argv: string[], cwd: string): { status: number | null; screen: string } {
  const run = spawnSync('python3', ['-c', 'import os, pty, sys; sys.exit(os.waitstatus_to_exitcode(pty.spawn(sys.argv[1:])))', process.execPath, BIN, ...argv], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: run.status, screen: run.stdout };
}

describe('batch progress (built binary)', () => {
  it('shows rows, rows per second and time left on a terminal, ending on every row done', () => {
    const { status, screen } = onTerminal(args, folder(8));
    expect(status, screen).toBe(0);
    expect(screen).toMatch(/\r {2}\d+\/8 lignes · \d+ lignes\/s · reste \d+ s /);
    expect(screen).toMatch(/8\/8 lignes · \d+ lignes\/s · reste 0 s \r?\n/);
  });

  it('stays quiet when piped', () => {
    const run = runKit(args, { cwd: folder(8) });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr + run.stdout).not.toContain('lignes/s');
  });
});
