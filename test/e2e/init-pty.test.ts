import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseProfile } from '../../src/profile/parse.js';
import { BIN } from '../helpers/cli.js';
import { tempDir, treeOf } from '../helpers/tmpdir.js';

/**
 * `kit init` driven through a real pseudo-terminal, as a person would: the built binary runs
 * under Python's `pty` module (stdin and stdout are terminals, so it asks its questions); each
 * step waits for a question to appear on the screen, then types keys. ANSI codes are stripped
 * from the transcript before matching.
 */
const DRIVER = String.raw`
import json, os, pty, re, select, signal, struct, sys, time, fcntl, termios

spec = json.loads(sys.stdin.read())
ANSI = re.compile(r'\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[=>78DEHMc]')

pid, fd = pty.fork()
if pid == 0:
    try:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack('HHHH', 50, 160, 0, 0))
        os.chdir(spec['cwd'])
        os.execve(spec['argv'][0], spec['argv'], spec['env'])
    finally:
        os._exit(127)

raw = bytearray()
def text():
    return ANSI.sub('', raw.decode('utf-8', 'replace')).replace('\r', '')

def pump(timeout):
    ready, _, _ = select.select([fd], [], [], timeout)
    if not ready:
        return True
    try:
        chunk = os.read(fd, 65536)
    except OSError:
        return False
    if not chunk:
        return False
    raw.extend(chunk)
    return True

def finish(result):
    result['transcript'] = text()
    sys.stdout.write(json.dumps(result))
    sys.exit(0)

mark = 0
alive = True
for index, step in enumerate(spec['steps']):
    deadline = time.monotonic() + spec['timeout']
    wanted = step['expect']
    while True:
        position = text().find(wanted, mark)
        if position >= 0:
            mark = position + len(wanted)
            break
        if not alive or time.monotonic() > deadline:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            os.waitpid(pid, 0)
            finish({'error': 'step %d: "%s" not seen%s' % (index, wanted, '' if alive else ' (process ended)'), 'status': None})
        alive = pump(0.1)
    for key in step.get('keys', []):
        time.sleep(0.05)
        os.write(fd, key.encode('utf-8'))

deadline = time.monotonic() + spec['timeout']
while alive and time.monotonic() < deadline:
    alive = pump(0.2)
if alive:
    os.kill(pid, signal.SIGKILL)
_, status = os.waitpid(pid, 0)
finish({'status': os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
        'signal': os.WTERMSIG(status) if os.WIFSIGNALED(status) else None})
`;

interface Step {
  /** Text to wait for on the screen (after the previous match). */
  expect: string;
  /** Keys to type then, one write each. */
  keys?: string[];
}

interface PtyRun {
  status: number | null;
  signal?: number | null;
  error?: string;
  transcript: string;
}

const ENTER = '\r';
const DOWN = '\x1b[B';
const CTRL_C = '\x03';
const CTRL_U = '\x15';

function pythonPty(): string | undefined {
  if (process.platform === 'win32') return 'pas de pseudo-terminal POSIX sous Windows';
  const probe = spawnSync('python3', ['-c', 'import pty, termios, fcntl'], { encoding: 'utf8' });
  return probe.status === 0 ? undefined : 'python3 (module pty) introuvable';
}

const skipReason = pythonPty();
if (skipReason !== undefined) console.warn(`test pseudo-terminal sauté : ${skipReason}`);

function runInPty(args: string[], cwd: string, steps: Step[]): PtyRun {
  if (!existsSync(new URL('../../dist/cli/main.js', import.meta.url))) throw new Error('dist/ absent : lancez « npm run build ».');
  const spec = {
    argv: [process.execPath, BIN, ...args],
    cwd,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? cwd, TERM: 'xterm-256color', NO_COLOR: '1' },
    steps,
    timeout: 20,
  };
  const run = spawnSync('python3', ['-c', DRIVER], { input: JSON.stringify(spec), encoding: 'utf8', timeout: 55_000 });
  if (run.status !== 0) throw new Error(`pilote pty : ${run.stderr}`);
  return JSON.parse(run.stdout) as PtyRun;
}

const type = (text: string): string[] => [...text];

describe.skipIf(skipReason !== undefined)('kit init in a pseudo-terminal (answers typed at the prompts)', () => {
  it('asks the questions in French, validates the answers, and writes the profile', () => {
    const dir = tempDir();
    const run = runInPty(['init'], dir, [
      { expect: 'Votre commune (nom, code postal ou code INSEE)', keys: type('Sains') },
      { expect: 'Sains (35) — 35610', keys: [ENTER] },
      { expect: 'Adresse de la mairie', keys: ['1 place de la Mairie', ENTER] },
      { expect: 'Complément d’adresse de la mairie', keys: [ENTER] },
      { expect: 'E-mail de la mairie', keys: ['pas-un-email', ENTER] },
      { expect: '« pas-un-email » ne convient pas', keys: [CTRL_U, 'mairie@exemple.fr', ENTER] },
      { expect: 'Téléphone de la mairie', keys: ['02 99 00 00 00', ENTER] },
      { expect: 'Le maire de la commune est', keys: [ENTER] },
      { expect: 'Prénom de la maire', keys: ['Camille', ENTER] },
      { expect: 'Nom de la maire', keys: ['Dupont', ENTER] },
      { expect: 'Appellation dans les lettres', keys: [ENTER] },
      { expect: 'Vous écrivez', keys: [DOWN, ENTER] },
      { expect: 'Nom de l’association', keys: ['Collectif Exemple', ENTER] },
      { expect: 'Prénom et nom de la personne qui signe', keys: ['Alex Martin', ENTER] },
      { expect: 'Sa qualité', keys: ['Président', ENTER] },
      { expect: 'Adresse de l’association', keys: ['12 rue des Lilas', ENTER] },
      { expect: 'Complément d’adresse', keys: [ENTER] },
      { expect: 'Code postal', keys: [ENTER] },
      { expect: 'Commune', keys: [ENTER] },
      { expect: 'E-mail de contact', keys: ['alex@exemple.fr', ENTER] },
      { expect: 'Téléphone de contact', keys: [ENTER] },
      // Inondation is first, Tempête seventh.
      { expect: 'Risques majeurs', keys: [' ', DOWN, DOWN, DOWN, DOWN, DOWN, DOWN, ' ', ENTER] },
      { expect: 'Logo', keys: [ENTER] },
      { expect: 'Couleur principale', keys: ['#1d4e89', ENTER] },
      { expect: 'commune.yaml écrit' },
    ]);
    expect(run.error, run.transcript.slice(-2000)).toBeUndefined();
    expect(run.status, run.transcript.slice(-2000)).toBe(0);
    expect(run.transcript).toContain('naviguer'); // Inquirer's key help, in French
    expect(run.transcript).toContain('kit generate resilience --profile commune.yaml');
    const { profile, warnings } = parseProfile(readFileSync(path.join(dir, 'commune.yaml')), 'commune.yaml');
    expect(warnings).toEqual([]);
    expect(profile).toEqual({
      commune: { code_insee: '35248', nom: 'Sains', code_postal: '35610' },
      mairie: { adresse: ['1 place de la Mairie'], email: 'mairie@exemple.fr', telephone: '02 99 00 00 00' },
      maire: { civilite: 'Madame', prenom: 'Camille', nom: 'Dupont' },
      expediteur: {
        nom: 'Alex Martin',
        qualite: 'Président',
        association: 'Collectif Exemple',
        adresse: ['12 rue des Lilas'],
        code_postal: '35610',
        commune: 'Sains',
        email: 'alex@exemple.fr',
      },
      risques: ['inondation', 'tempete'],
      identite: { couleur: '#1d4e89' },
    });
  });

  it('with flags and --yes, asks only the required answers left', () => {
    const dir = tempDir();
    const run = runInPty(['init', '--yes', '--commune', 'Sainte-Colombe', '--maire-civilite', 'Monsieur', '--expediteur-nom', 'Alex Martin'], dir, [
      // An ambiguous --commune opens the search, already filled in.
      { expect: 'Sainte-Colombe (35) — 35134', keys: [DOWN, DOWN, DOWN, DOWN, DOWN] },
      { expect: 'Ille-et-Vilaine (35), code INSEE 35262', keys: [ENTER] },
      { expect: 'Adresse de la mairie', keys: ['2 rue de l’Église', ENTER] },
      { expect: 'Nom du maire', keys: ['Durand', ENTER] },
      { expect: 'Votre adresse', keys: ['3 rue Haute', ENTER] },
      { expect: 'commune.yaml écrit' },
    ]);
    expect(run.error, run.transcript.slice(-2000)).toBeUndefined();
    expect(run.status, run.transcript.slice(-2000)).toBe(0);
    expect(run.transcript).not.toContain('Prénom du maire');
    expect(run.transcript).not.toContain('Risques majeurs');
    const { profile } = parseProfile(readFileSync(path.join(dir, 'commune.yaml')), 'commune.yaml');
    expect(profile.commune).toEqual({ code_insee: '35262', nom: 'Sainte-Colombe', code_postal: '35134' });
    expect(profile.maire).toEqual({ civilite: 'Monsieur', nom: 'Durand' });
    expect(profile.expediteur).toEqual({ nom: 'Alex Martin', adresse: ['3 rue Haute'], code_postal: '35134', commune: 'Sainte-Colombe' });
  });

  it('Ctrl-C at the first question: exit 130, a French message, nothing written', () => {
    const dir = tempDir();
    const run = runInPty(['init'], dir, [{ expect: 'Votre commune', keys: [CTRL_C] }]);
    expect(run.error, run.transcript).toBeUndefined();
    expect(run.status).toBe(130);
    expect(run.transcript).toContain('interrompu : aucun fichier n’a été écrit.');
    expect(run.transcript).not.toMatch(/\n\s+at /);
    expect(treeOf(dir)).toEqual([]);
  });

  it('Ctrl-C later, after some answers: still nothing written', () => {
    const dir = tempDir();
    const run = runInPty(['init', '--commune', '35248'], dir, [
      { expect: 'Adresse de la mairie', keys: ['1 place de la Mairie', ENTER] },
      { expect: 'Complément d’adresse de la mairie', keys: [CTRL_C] },
    ]);
    expect(run.status, run.transcript).toBe(130);
    expect(treeOf(dir)).toEqual([]);
  });
});
