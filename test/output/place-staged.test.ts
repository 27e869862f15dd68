import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeStaged, type StagedFile } from '../../src/output/place-staged.js';
import { kitRejection } from '../helpers/failure.js';
import { tempDir } from '../helpers/tmpdir.js';

/** `count` letters staged in `<dir>/staging/lettres`, to go to `<dir>/sortie/kit/lettres` (folders not made). */
function stage(count: number): { dir: string; files: StagedFile[] } {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'staging', 'lettres'), { recursive: true });
  const files = Array.from({ length: count }, (_, i): StagedFile => {
    const name = `lettre-${String(i).padStart(3, '0')}.pdf`;
    const staged = path.join(dir, 'staging', 'lettres', name);
    writeFileSync(staged, `nouvelle ${i}`);
    return { staged, path: path.join(dir, 'sortie', 'kit', 'lettres', name), displayPath: `sortie/kit/lettres/${name}` };
  });
  return { dir, files };
}


const contents = (files: readonly StagedFile[], key: 'path' | 'staged') => files.map((file) => (existsSync(file[key]) ? readFileSync(file[key], 'utf8') : null));

describe('placeStaged', () => {
  it('puts every staged file in place (more files than it places at once), making the folders', async () => {
    const { files } = stage(53);
    await placeStaged(() => files, files.length, { replace: false });
    expect(contents(files, 'path')).toEqual(files.map((_, i) => `nouvelle ${i}`));
    expect(contents(files, 'staged').every((text) => text === null)).toBe(true);
  });

  it('leaves alone a file with nothing staged (kept by --resume), and replaces a file already there only with `replace`', async () => {
    const { files } = stage(20);
    mkdirSync(path.dirname(files[0]!.path), { recursive: true });
    // File 3 was placed by an earlier run (nothing staged); file 4 is an old one to replace.
    rmSync(files[3]!.staged);
    writeFileSync(files[3]!.path, 'gardée 3');
    writeFileSync(files[4]!.path, 'ancienne 4');
    await placeStaged(() => files, files.length, { replace: true });
    expect(contents(files, 'path')).toEqual(files.map((_, i) => (i === 3 ? 'gardée 3' : `nouvelle ${i}`)));
    // Nothing moved aside is left behind.
    expect(readdirSync(path.dirname(files[0]!.staged))).toEqual([]);
  });

  it('on a failure midway, puts everything back: staged files staged, replaced files restored, new folders removed', async () => {
    const { dir, files } = stage(40);
    const targets = path.dirname(files[0]!.path);
    mkdirSync(targets, { recursive: true });
    for (const i of [2, 30]) writeFileSync(files[i]!.path, `ancienne ${i}`);
    // A folder where file 25 goes: it cannot be replaced by a file.
    mkdirSync(files[25]!.path);
    const error = await kitRejection(() => placeStaged(() => files, files.length, { replace: true }));
    expect(error.diagnostics[0]).toMatchObject({ code: 'OutputWrite', location: { file: 'sortie/kit/lettres/lettre-025.pdf' } });
    expect(error.diagnostics[0]!.message).toContain('un dossier porte déjà ce nom');
    expect(contents(files, 'staged')).toEqual(files.map((_, i) => `nouvelle ${i}`));
    expect(readdirSync(targets).sort()).toEqual(['lettre-002.pdf', 'lettre-025.pdf', 'lettre-030.pdf']);
    expect(readFileSync(files[2]!.path, 'utf8')).toBe('ancienne 2');
    expect(readFileSync(files[30]!.path, 'utf8')).toBe('ancienne 30');
    expect(readdirSync(path.dirname(files[0]!.staged)).length).toBe(40);
    expect(existsSync(path.join(dir, 'sortie'))).toBe(true);
  });

  it('without `replace`, a file already there stops it; folders it made are removed', async () => {
    const { dir, files } = stage(30);
    const other = path.join(dir, 'sortie', 'kit', 'autres', 'lettre.pdf');
    mkdirSync(path.dirname(files[0]!.path), { recursive: true });
    writeFileSync(files[17]!.path, 'ancienne 17');
    const all = [...files.slice(0, 10), { staged: files[10]!.staged, path: other, displayPath: 'sortie/kit/autres/lettre.pdf' }, ...files.slice(11)];
    const error = await kitRejection(() => placeStaged(() => all, all.length, { replace: false }));
    expect(error.diagnostics[0]).toMatchObject({ code: 'OutputWrite', location: { file: 'sortie/kit/lettres/lettre-017.pdf' } });
    expect(contents(files, 'staged')).toEqual(files.map((_, i) => `nouvelle ${i}`));
    expect(readdirSync(path.dirname(files[0]!.path))).toEqual(['lettre-017.pdf']);
    expect(readFileSync(files[17]!.path, 'utf8')).toBe('ancienne 17');
    expect(existsSync(path.dirname(other))).toBe(false);
  });
});
