import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PARTIAL_NAME, type PartialSet, type PartialSource } from '../template/partials.js';
import type { KitRoot } from './registry.js';

/** The `.md` files of a folder of partials, by name; a missing folder has none. */
async function readFolder(folder: KitRoot): Promise<PartialSource[]> {
  let names: string[];
  try {
    names = (await readdir(folder.dir, { withFileTypes: true })).filter((entry) => entry.isFile()).map((entry) => entry.name);
  } catch {
    return [];
  }
  const partials = names
    .filter((name) => name.endsWith('.md') && PARTIAL_NAME.test(name.slice(0, -3)))
    .sort()
    .map(async (name) => ({
      name: name.slice(0, -3),
      file: `${folder.display}/${name}`,
      text: await readFile(path.join(folder.dir, name), 'utf8'),
    }));
  return Promise.all(partials);
}

/** Every partial a kit may include: the first folder holding a name wins (the kit's own before the shared ones). */
export async function readPartials(folders: readonly KitRoot[]): Promise<PartialSet> {
  const set = new Map<string, PartialSource>();
  for (const partials of await Promise.all(folders.map(readFolder))) {
    for (const partial of partials) if (!set.has(partial.name)) set.set(partial.name, partial);
  }
  return set;
}
