import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KitRoot } from '../../src/kits/registry.js';
import { tempDir } from '../helpers/tmpdir.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/kits/', import.meta.url));

/** Kits of test/fixtures/kits: `racine` (built-in-like), `perso` (user kits), `templates` (shared partials). */
export const RACINE: KitRoot = { dir: path.join(FIXTURES, 'racine'), display: 'racine' };
export const PERSO: KitRoot = { dir: path.join(FIXTURES, 'perso'), display: 'perso' };
export const SHARED: KitRoot = { dir: path.join(FIXTURES, 'templates'), display: 'templates' };

/** A root of kits written from `files` (relative path → text) in a temporary folder. */
export function kitTree(files: Record<string, string>, display = 'mes-kits'): KitRoot {
  const dir = tempDir();
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return { dir, display };
}

export const LETTER = (body: string) => `---\ntitre: Lettre\ngabarit: lettre\nobjet: Objet\n---\n${body}`;
