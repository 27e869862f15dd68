import { randomBytes } from 'node:crypto';
import { access, link, lstat, mkdir, rename, rmdir, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { KitError } from '../diagnostics/index.js';
import { fileSystemError } from './errors.js';
import type { PlannedFile } from './plan.js';

export async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/** Files of the plan that already exist: an error unless --force (exit 7, every file named). */
export async function findConflicts(files: readonly PlannedFile[]): Promise<PlannedFile[]> {
  const present = await Promise.all(files.map((file) => exists(file.path)));
  return files.filter((_, index) => present[index]);
}

export function conflictError(conflicts: readonly Pick<PlannedFile, 'displayPath'>[]): KitError {
  return new KitError(
    conflicts.map((file) => ({
      severity: 'error' as const,
      code: 'OutputExists' as const,
      message: `${file.displayPath} existe déjà.`,
      location: { file: file.displayPath },
      hint: 'ajoutez --force pour le remplacer, ou choisissez un autre dossier avec --out.',
    })),
  );
}

/** Makes `dir` and its missing parents, recording those it made (outermost first), to remove them on failure. */
export async function makeDirs(dir: string, created: string[]): Promise<void> {
  if (await exists(dir)) return;
  await makeDirs(path.dirname(dir), created);
  await mkdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  created.push(dir);
}

interface Step {
  file: PlannedFile;
  temp: string;
  backup?: string;
  placed: boolean;
}

/**
 * Writes the plan all or nothing. Every file is first written in full to a temporary name
 * beside its target (same volume); only then are targets put in place — by `link` for a new
 * file (fails if the file appeared meanwhile: never a silent overwrite) or, with --force, by
 * `rename` after moving the old file aside. Any failure, or an abort (Ctrl-C), puts the folder
 * back as it was: temporary files removed, replaced files restored, created folders removed.
 */
export async function applyPlan(files: readonly PlannedFile[], options: { force: boolean; signal?: AbortSignal }): Promise<void> {
  const createdDirs: string[] = [];
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const steps: Step[] = files.map((file) => ({
    file,
    temp: path.join(path.dirname(file.path), `.${path.basename(file.path)}.${tag}.tmp`),
    placed: false,
  }));
  const checkAbort = () => {
    if (options.signal?.aborted) throw new KitError({ code: 'Interrupted', message: 'interrompu : aucun fichier n’a été écrit.' });
  };
  let current: PlannedFile | undefined;
  try {
    for (const step of steps) {
      current = step.file;
      checkAbort();
      await makeDirs(path.dirname(step.file.path), createdDirs);
      await writeFile(step.temp, step.file.bytes, { flag: 'wx' });
    }
    for (const step of steps) {
      current = step.file;
      checkAbort();
      const existing = await lstat(step.file.path).catch(() => undefined);
      if (existing?.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
      if (options.force && existing) {
        step.backup = `${step.temp}.orig`;
        await rename(step.file.path, step.backup);
        await rename(step.temp, step.file.path);
      } else {
        await link(step.temp, step.file.path);
      }
      step.placed = true;
    }
  } catch (error) {
    await rollback(steps, createdDirs);
    if (error instanceof KitError) throw error;
    throw fileSystemError(error, current?.displayPath ?? '');
  }
  await Promise.all(steps.flatMap((step) => [unlink(step.temp).catch(() => {}), step.backup ? unlink(step.backup).catch(() => {}) : []]));
}

async function rollback(steps: readonly Step[], createdDirs: readonly string[]): Promise<void> {
  for (const step of [...steps].reverse()) {
    if (step.placed) await unlink(step.file.path).catch(() => {});
    if (step.backup) await rename(step.backup, step.file.path).catch(() => {});
    await unlink(step.temp).catch(() => {});
  }
  for (const dir of [...createdDirs].reverse()) await rmdir(dir).catch(() => {});
}
