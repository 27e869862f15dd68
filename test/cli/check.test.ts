import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { ROOT } from '../helpers/cli.js';
import { memoryIo } from '../helpers/io.js';
import { tempDir, treeOf } from '../helpers/tmpdir.js';

const EXAMPLE = path.join(ROOT, 'examples', 'sains', 'commune.yaml');

function folderWithProfile(edit: (text: string) => string = (text) => text): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'commune.yaml'), edit(readFileSync(EXAMPLE, 'utf8')));
  return dir;
}

describe('kit check', () => {
  it('validates the kit and the profile, rendering every document, and writes nothing', async () => {
    const dir = folderWithProfile();
    const before = treeOf(dir);
    const io = memoryIo(dir);
    expect(await main(['check', 'resilience', '--profile', 'commune.yaml'], io)).toBe(0);
    expect(io.out()).toContain('✓ kit resilience (2 documents)');
    expect(io.out()).toContain('✓ profil commune.yaml');
    expect(io.out()).toContain('Tout est valide.');
    expect(treeOf(dir)).toEqual(before);
  });

  it('checks ./commune.yaml when given nothing', async () => {
    const io = memoryIo(folderWithProfile());
    expect(await main(['check'], io)).toBe(0);
    expect(io.out()).toContain('✓ profil commune.yaml');
  });

  it('reports every profile error with exit 4, and JSON on request', async () => {
    const dir = folderWithProfile((text) => text.replace('  nom: Dupont', '  nomm: Dupont').replace('civilite: Madame', 'civilite: Mme'));
    const io = memoryIo(dir);
    expect(await main(['check', 'resilience', '--profile', 'commune.yaml', '--json'], io)).toBe(4);
    const report = JSON.parse(io.out()) as { ok: boolean; errors: { code: string; field?: string; line: number }[] };
    expect(report.ok).toBe(false);
    expect(report.errors.every((error) => error.code === 'ProfileInvalid')).toBe(true);
    // civilite (line 13), the missing nom (at maire:, line 12) and the unknown nomm (line 15).
    expect(report.errors.map((error) => error.line).sort((a, b) => a - b)).toEqual([12, 13, 15]);
    expect(io.err()).toBe('');
  });

  it('turns warnings into exit 3 under --strict', async () => {
    const dir = folderWithProfile((text) => text.replace('["1 place de la Mairie"]', '["1 place du Général-Charles-de-Gaulle-et-de-la-Libération"]'));
    const lenient = memoryIo(dir);
    expect(await main(['check', 'resilience', '--profile', 'commune.yaml'], lenient)).toBe(0);
    expect(lenient.err()).toContain('38 au plus');
    expect(lenient.out()).toContain('Valide, avec 1 avertissement.');
    expect(await main(['check', 'resilience', '--profile', 'commune.yaml', '--strict'], memoryIo(dir))).toBe(3);
  });

  it('reports a broken template with exit 5', async () => {
    const dir = folderWithProfile();
    const kitDir = path.join(dir, 'kits-perso', 'essai');
    mkdirSync(kitDir, { recursive: true });
    writeFileSync(path.join(kitDir, 'kit.yaml'), 'titre: Essai\ndocuments:\n  - id: lettre\n    titre: Lettre\n    modele: lettre.md\n');
    writeFileSync(path.join(kitDir, 'lettre.md'), '---\ntitre: Essai\ngabarit: lettre\nobjet: Essai\n---\n{{#if maire.nom}}\nsans fin\n');
    const io = memoryIo(dir);
    expect(await main(['check', 'essai', '--kit-path', 'kits-perso'], io)).toBe(5);
    expect(io.err()).toContain('kits-perso/essai/lettre.md:');
  });
});
