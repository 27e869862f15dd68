import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KitError } from '../diagnostics/index.js';
import { parseManifestFile, type KitManifest } from './manifest.js';

/** Built-in kits ship in the package's `kits/` folder (next to `dist/`). */
export const BUILTIN_KITS_DIR = fileURLToPath(new URL('../../kits/', import.meta.url));

/** Partials shared by every kit (`{{> politesse-maire}}`): the package's `templates/` folder. */
export const SHARED_PARTIALS_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

export const MANIFEST_FILE = 'kit.yaml';

/** A kit's own partials live in this sub-folder of the kit. */
export const KIT_PARTIALS_FOLDER = 'partiels';

/** Folder of user kits found without --kit-path, relative to the current folder (`kit new` writes there). */
export const USER_KITS_FOLDER = 'kits';

/** A folder holding kit folders, and how to name it in messages. */
export interface KitRoot {
  dir: string;
  display: string;
}

export const BUILTIN_ROOT: KitRoot = { dir: BUILTIN_KITS_DIR, display: 'kits' };

export const SHARED_PARTIALS: KitRoot = { dir: SHARED_PARTIALS_DIR, display: 'templates' };

/** One document of a kit, its template file found in the kit's folder or in its base kit's. */
export interface KitDocumentEntry {
  id: string;
  titre: string;
  /** Template file on disk, and as named in messages. */
  path: string;
  display: string;
  fichier?: string;
  requis: string[];
  /** The kit.yaml that declares the document (for located errors of `fichier`). */
  manifestDisplay: string;
}

export interface KitEntry {
  id: string;
  dir: string;
  manifest: KitManifest;
  /** How files of this kit are named in messages: `kits/resilience`. */
  displayDir: string;
  /** The documents, those of the base kit included, in order: the base's first. */
  documents: KitDocumentEntry[];
  /** Folders of partials, the first holding a name winning: the kit's, its base's, then the shared ones. */
  partialDirs: KitRoot[];
}

interface RawEntry {
  id: string;
  dir: string;
  displayDir: string;
  manifest: KitManifest;
  at: ReturnType<typeof parseManifestFile>['at'];
}

async function readManifest(root: KitRoot, id: string): Promise<RawEntry> {
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
  const { manifest, at } = parseManifestFile(text, `${displayDir}/${MANIFEST_FILE}`);
  return { id, dir, displayDir, manifest, at };
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

/** Every root holding a kit, by id, in the order of the roots. */
async function index(roots: readonly KitRoot[]): Promise<Map<string, KitRoot[]>> {
  const found = new Map<string, KitRoot[]>();
  for (const root of roots) {
    for (const id of await kitIds(root)) found.set(id, [...(found.get(id) ?? []), root]);
  }
  return found;
}

/**
 * A kit with `base: <kit>` starts from that kit: its documents and partials, unless this
 * folder has its own. A document listed here with the base's id replaces the base's entry; a
 * base document whose template file is present in this folder is read from here. The base
 * is the first kit of that id in the roots other than this folder: a user kit named like a
 * built-in one can thus extend the built-in kit it shadows.
 */
async function resolve(raw: RawEntry, found: Map<string, KitRoot[]>, shared: KitRoot, chain: readonly string[]): Promise<KitEntry> {
  const ownPartials: KitRoot = { dir: path.join(raw.dir, KIT_PARTIALS_FOLDER), display: `${raw.displayDir}/${KIT_PARTIALS_FOLDER}` };
  const own = (document: KitManifest['documents'][number]): KitDocumentEntry => ({
    id: document.id,
    titre: document.titre,
    path: path.join(raw.dir, document.modele),
    display: `${raw.displayDir}/${document.modele}`,
    ...(document.fichier !== undefined && { fichier: document.fichier }),
    requis: document.requis ?? [],
    manifestDisplay: `${raw.displayDir}/${MANIFEST_FILE}`,
  });
  const entry = (documents: KitDocumentEntry[], partialDirs: KitRoot[]): KitEntry => ({
    id: raw.id,
    dir: raw.dir,
    manifest: raw.manifest,
    displayDir: raw.displayDir,
    documents,
    partialDirs,
  });
  const baseId = raw.manifest.base;
  if (baseId === undefined) return entry(raw.manifest.documents.map(own), [ownPartials, shared]);

  const candidates = (found.get(baseId) ?? []).filter((root) => {
    const dir = path.join(root.dir, baseId);
    return dir !== raw.dir && !chain.includes(dir);
  });
  const baseRoot = candidates[0];
  if (!baseRoot) {
    const looping = (found.get(baseId) ?? []).length > 0;
    throw new KitError({
      code: 'KitInvalid',
      message: looping ? `le kit de base « ${baseId} » mène à lui-même.` : `kit de base inconnu « ${baseId} ».`,
      location: raw.at(['base']),
      actual: baseId,
      expected: [...found.keys()].filter((id) => id !== raw.id || found.get(id)!.length > 1).sort().join(', '),
      hint: 'la commande « kit list » affiche les kits disponibles.',
    });
  }
  const base = await resolve(await readManifest(baseRoot, baseId), found, shared, [...chain, raw.dir]);
  const listed = new Map(raw.manifest.documents.map((document) => [document.id, document]));
  const documents = base.documents.map((inherited) => {
    const replaced = listed.get(inherited.id);
    if (replaced) return own(replaced);
    const local = path.join(raw.dir, path.basename(inherited.path));
    return existsSync(local) ? { ...inherited, path: local, display: `${raw.displayDir}/${path.basename(inherited.path)}` } : inherited;
  });
  const added = raw.manifest.documents.filter((document) => !base.documents.some((inherited) => inherited.id === document.id));
  return entry([...documents, ...added.map(own)], [ownPartials, ...base.partialDirs]);
}

export async function listKits(roots: readonly KitRoot[] = [BUILTIN_ROOT], shared: KitRoot = SHARED_PARTIALS): Promise<KitEntry[]> {
  const found = await index(roots);
  const ids = [...found.keys()].sort((a, b) => a.localeCompare(b));
  return Promise.all(ids.map(async (id) => resolve(await readManifest(found.get(id)![0]!, id), found, shared, [])));
}

export async function findKit(id: string, roots: readonly KitRoot[] = [BUILTIN_ROOT], shared: KitRoot = SHARED_PARTIALS): Promise<KitEntry> {
  const found = await index(roots);
  const root = found.get(id)?.[0];
  if (!root) {
    throw new KitError({
      code: 'UnknownKit',
      message: `kit inconnu « ${id} ».`,
      actual: id,
      expected: [...found.keys()].sort().join(', '),
      hint: 'la commande « kit list » affiche les kits disponibles.',
    });
  }
  return resolve(await readManifest(root, id), found, shared, []);
}

/**
 * The roots to search: the --kit-path folders (relative to cwd), then the `kits/` folder of
 * the current folder when there is one (where `kit new` creates kits), then the built-in kits.
 */
export function kitRoots(kitPaths: readonly string[], cwd: string): KitRoot[] {
  const explicit = kitPaths.map((dir) => ({ dir: path.resolve(cwd, dir), display: dir.replace(/[\\/]+$/, '') }));
  const local = path.resolve(cwd, USER_KITS_FOLDER);
  const implicit =
    existsSync(local) && path.relative(local, BUILTIN_KITS_DIR) !== '' && !explicit.some((root) => root.dir === local)
      ? [{ dir: local, display: USER_KITS_FOLDER }]
      : [];
  return [...explicit, ...implicit, BUILTIN_ROOT];
}
