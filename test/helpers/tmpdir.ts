import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

/**
 * A temporary folder removed when the test ends (or, called from a `beforeAll`, when the
 * suite ends).
 */
export function tempDir(prefix = 'kit-test-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    onTestFinished(remove);
  } catch {
    afterAll(remove);
  }
  return dir;
}

/** Every file and folder below `dir`, relative, sorted, with sizes: a snapshot of a tree. */
export function treeOf(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const full = path.join(current, name);
      const stat = statSync(full);
      const rel = path.relative(dir, full);
      if (stat.isDirectory()) {
        out.push(`${rel}/`);
        walk(full);
      } else out.push(`${rel} (${stat.size})`);
    }
  };
  walk(dir);
  return out;
}
