import { randomBytes } from 'node:crypto';
import { lstat, rename, rmdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { exists, makeDirs } from './apply.js';
import { fileSystemError } from './errors.js';

/** A file written first in a staging folder (same volume), to be put at `path`. */
export interface StagedFile {
  path: string;
  staged: string;
  displayPath: string;
}

const MOVED = 1;
const REPLACED = 2;

/**
 * Puts a batch's files in place, all or nothing: each staged file is renamed to its target (the
 * same volume: a rename is atomic); a file with nothing staged is one already in place (kept by
 * --resume). A target already there is an error unless `replace` (--force, --resume), and is
 * then moved aside until the end. Any failure puts everything back: files moved back to the
 * staging folder (a --resume then only has to place them), replaced files restored, created
 * folders removed. `files` is called again to roll back: the list is never held in memory, one
 * byte per file is (35,000 rows: 35 kB).
 */
export async function placeStaged(files: () => Iterable<StagedFile>, count: number, options: { replace: boolean }): Promise<void> {
  const state = new Uint8Array(count);
  const created: string[] = [];
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const aside = (file: StagedFile) => `${file.staged}.${tag}.orig`;
  let current: StagedFile | undefined;
  let index = 0;
  try {
    for (const file of files()) {
      current = file;
      if (await exists(file.staged)) {
        await makeDirs(path.dirname(file.path), created);
        const existing = await lstat(file.path).catch(() => undefined);
        if (existing?.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
        if (existing && !options.replace) throw Object.assign(new Error('EEXIST'), { code: 'EEXIST' });
        if (existing) {
          await rename(file.path, aside(file));
          state[index] = REPLACED;
        }
        await rename(file.staged, file.path);
        state[index] = state[index] === REPLACED ? REPLACED : MOVED;
      }
      index++;
    }
  } catch (error) {
    let i = 0;
    for (const file of files()) {
      if (i > index) break;
      const done = state[i++];
      if (done === undefined || done === 0) continue;
      // A failure between the two renames leaves the target aside and the staged file staged.
      if (!(await exists(file.staged))) await rename(file.path, file.staged).catch(() => {});
      if (done === REPLACED) await rename(aside(file), file.path).catch(() => {});
    }
    for (const dir of [...created].reverse()) await rmdir(dir).catch(() => {});
    throw fileSystemError(error, current?.displayPath ?? '');
  }
  let i = 0;
  for (const file of files()) if (state[i++] === REPLACED) await unlink(aside(file)).catch(() => {});
}
