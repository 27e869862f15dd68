import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KitError } from '../diagnostics/index.js';
import { parseManifest, type KitManifest } from './manifest.js';

/** Built-in kits ship in the package's `kits/` folder (next to `dist/`). */
export const BUILTIN_KITS_DIR = fileURLToPath(new URL('../../kits/', import.meta.url));

export const MANIFEST_FILE = 'kit.yaml';

export interface KitEntry {
  id: string;
  dir: string;
  manifest: KitManifest;
  /** How files of this kit are named in messages: `kits/resilience/kit.yaml`. */
  displayDir: string;
}

async function readManifest(dir: string, id: string): Promise<KitEntry> {
  const displayDir = `kits/${id}`;
  const file = path.join(dir, MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new KitError({ code: 'KitInvalid', message: `le kit « ${id} » n’a pas de ${MANIFEST_FILE}.`, location: { file: `${displayDir}/${MANIFEST_FILE}` } });
  }
  return { id, dir, manifest: parseManifest(text, `${displayDir}/${MANIFEST_FILE}`), displayDir };
}

/** Ids of the kits found in the built-in folder, sorted. */
export async function listKitIds(root = BUILTIN_KITS_DIR): Promise<string[]> {
  const entries = await readdir(root, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

export async function listKits(root = BUILTIN_KITS_DIR): Promise<KitEntry[]> {
  return Promise.all((await listKitIds(root)).map((id) => readManifest(path.join(root, id), id)));
}

export async function findKit(id: string, root = BUILTIN_KITS_DIR): Promise<KitEntry> {
  const ids = await listKitIds(root);
  if (!ids.includes(id)) {
    throw new KitError({
      code: 'UnknownKit',
      message: `kit inconnu « ${id} ».`,
      actual: id,
      expected: ids.join(', '),
      hint: 'la commande « kit list » affiche les kits disponibles.',
    });
  }
  return readManifest(path.join(root, id), id);
}
