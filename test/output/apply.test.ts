import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KitError } from '../../src/diagnostics/index.js';
import { applyPlan, findConflicts } from '../../src/output/apply.js';
import { planFiles } from '../../src/output/plan.js';
import { tempDir, treeOf } from '../helpers/tmpdir.js';

const bytes = (text: string) => new TextEncoder().encode(text);

function plan(root: string, names: string[]) {
  return planFiles(
    path.join(root, 'sortie'),
    'resilience',
    names.map((name) => ({ document: name, format: 'pdf', extension: 'pdf', bytes: bytes(`contenu ${name}`) })),
    root,
  );
}

describe('planFiles', () => {
  it('names files <out>/<kit>/<document>.<ext> and fingerprints them', () => {
    const [file] = plan('/tmp/racine', ['lettre-maire']);
    expect(file?.displayPath).toBe(path.join('sortie', 'resilience', 'lettre-maire.pdf'));
    expect(file?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('applyPlan', () => {
  it('writes every file and leaves no temporary file', async () => {
    const root = tempDir();
    await applyPlan(plan(root, ['a', 'b']), { force: false });
    expect(treeOf(root)).toEqual(['sortie/', 'sortie/resilience/', 'sortie/resilience/a.pdf (9)', 'sortie/resilience/b.pdf (9)']);
  });

  it('finds existing files as conflicts', async () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'sortie', 'resilience'), { recursive: true });
    writeFileSync(path.join(root, 'sortie', 'resilience', 'b.pdf'), 'ancien');
    const conflicts = await findConflicts(plan(root, ['a', 'b']));
    expect(conflicts.map((file) => file.document)).toEqual(['b']);
  });

  it('never overwrites without force, even if the file appears after planning', async () => {
    const root = tempDir();
    const files = plan(root, ['a', 'b']);
    mkdirSync(path.join(root, 'sortie', 'resilience'), { recursive: true });
    writeFileSync(path.join(root, 'sortie', 'resilience', 'b.pdf'), 'ancien');
    const before = treeOf(root);
    await expect(applyPlan(files, { force: false })).rejects.toThrow(KitError);
    expect(treeOf(root)).toEqual(before);
    expect(readFileSync(path.join(root, 'sortie', 'resilience', 'b.pdf'), 'utf8')).toBe('ancien');
  });

  it('replaces with force', async () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'sortie', 'resilience'), { recursive: true });
    writeFileSync(path.join(root, 'sortie', 'resilience', 'a.pdf'), 'ancien');
    await applyPlan(plan(root, ['a']), { force: true });
    expect(readFileSync(path.join(root, 'sortie', 'resilience', 'a.pdf'), 'utf8')).toBe('contenu a');
    expect(treeOf(root)).toEqual(['sortie/', 'sortie/resilience/', 'sortie/resilience/a.pdf (9)']);
  });

  it('puts the folder back as it was when a write fails midway (fault injected)', async () => {
    const root = tempDir();
    mkdirSync(path.join(root, 'sortie', 'resilience'), { recursive: true });
    writeFileSync(path.join(root, 'sortie', 'resilience', 'a.pdf'), 'ancien');
    // The third target is a folder: putting the file in place fails after the first two are placed.
    mkdirSync(path.join(root, 'sortie', 'resilience', 'c.pdf'));
    const before = treeOf(root);
    const error = await applyPlan(plan(root, ['a', 'b', 'c']), { force: true }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(KitError);
    expect((error as KitError).exitCode).toBe(7);
    expect((error as KitError).message).toContain('c.pdf');
    expect(treeOf(root)).toEqual(before);
    expect(readFileSync(path.join(root, 'sortie', 'resilience', 'a.pdf'), 'utf8')).toBe('ancien');
  });

  it('removes the folders it created when it fails', async () => {
    const root = tempDir();
    const files = plan(root, ['a']);
    const controller = new AbortController();
    controller.abort();
    const error = await applyPlan(files, { force: false, signal: controller.signal }).catch((caught: unknown) => caught);
    expect((error as KitError).code).toBe('Interrupted');
    expect((error as KitError).exitCode).toBe(130);
    expect(treeOf(root)).toEqual([]);
  });
});
