import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KitError } from '../diagnostics/index.js';
import { parseManifest, type KitManifest } from './manifest.js';

/** Built-in kits ship in the package's `kits/` folder (next to `dist/`). */
export const BUILTIN_KITS_DIR = fileURLToPath(new URL('../../kits/', import.meta.url));

export const MANIFEST_FILE = 'kit.yaml';

/** A folder holding kit folders, and how to name it in messages. */
export interface KitRoot {
  dir: string;
  display: string;
}

export const BUILTIN_ROOT: KitRoot = { dir: BUILTIN_KITS_DIR, display: 'kits' };

export interface KitEntry {
  id: string;
  dir: string;
  manifest: KitManifest;
  /** How files of this kit are named in messages: `kits/resilience`. */
  displayDir: string;
}

async function readManifest(root: KitRoot, id: string): Promise<KitEntry> {
  const displayDir = `${root.display}/${id}`;
  const dir = path.join(root.dir, id);
  let text: string;
  try {
    text = await readFile(path.join(dir, MANIFEST_FILE), 'utf8');
  } catch {
    throw new KitError({
      code: 'KitInvalid',
      message: `le kit « ${id} » n’a pas de ${MANIFEST_FILE}.`,
      location: { file: `${displayDir}/${MANIFEST_FILE}` },
      hint: `créez ${displayDir}/${MANIFEST_FILE} avec un titre et la liste des documents.`,
    });
  }
  return { id, dir, manifest: parseManifest(text, `${displayDir}/${MANIFEST_FILE}`), displayDir };
}

async function kitIds(root: KitRoot): Promise<string[]> {
  try {
    const entries = await readdir(root.dir, { withFileTypes: true });
    return entries.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).map((entry) => entry.name).sort();
  } catch {
    throw new KitError({
      code: 'KitInvalid',
      message: `dossier de kits introuvable : ${root.display}.`,
      location: { file: root.display },
      hint: 'vérifiez le chemin donné à --kit-path.',
    });
  }
}

/**
 * Kits of every root, the first root winning when two have a kit of the same id: user folders
 * (--kit-path) come before the built-in kits, so a user kit can replace a built-in one.
 */
async function index(roots: readonly KitRoot[]): Promise<Map<string, KitRoot>> {
  const found = new Map<string, KitRoot>();
  for (const root of roots) {
    for (const id of await kitIds(root)) if (!found.has(id)) found.set(id, root);
  }
  return found;
}

export async function listKits(roots: readonly KitRoot[] = [BUILTIN_ROOT]): Promise<KitEntry[]> {
  const found = await index(roots);
  return Promise.all([...found].sort(([a], [b]) => a.localeCompare(b)).map(([id, root]) => readManifest(root, id)));
}

export async function findKit(id: string, roots: readonly KitRoot[] = [BUILTIN_ROOT]): Promise<KitEntry> {
  const found = await index(roots);
  const root = found.get(id);
  if (!root) {
    throw new KitError({
      code: 'UnknownKit',
      message: `kit inconnu « ${id} ».`,
      actual: id,
      expected: [...found.keys()].sort().join(', '),
      hint: 'la commande « kit list » affiche les kits disponibles.',
    });
  }
  return readManifest(root, id);
}

/** The roots to search: the --kit-path folders (relative to cwd), then the built-in kits. */
export function kitRoots(kitPaths: readonly string[], cwd: string): KitRoot[] {
  return [...kitPaths.map((dir) => ({ dir: path.resolve(cwd, dir), display: dir.replace(/[\\/]+$/, '') })), BUILTIN_ROOT];
}
