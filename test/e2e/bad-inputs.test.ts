import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runKit } from '../helpers/cli.js';
import { tempDir, treeOf } from '../helpers/tmpdir.js';

const example = readFileSync(path.join(ROOT, 'examples', 'sains', 'commune.yaml'), 'utf8');

/** A folder holding `commune.yaml` with the given text (and nothing else). */
function withProfile(text: string): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'commune.yaml'), text);
  return dir;
}

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((line) => line.includes(needle)) + 1;
}

/** Runs `kit generate resilience` and checks that it wrote nothing and printed no stack trace. */
function writesNothing(dir: string, args: string[] = []) {
  const before = treeOf(dir);
  const run = runKit(['generate', 'resilience', '--profile', 'commune.yaml', ...args], { cwd: dir });
  expect(run.stderr).not.toMatch(/\n\s+at |Error:/); // never a stack trace
  expect(treeOf(dir)).toEqual(before); // nothing written, nothing half-written
  return run;
}

/** The same, for a failure: nothing on stdout either. */
function fails(dir: string, args: string[] = []) {
  const run = writesNothing(dir, args);
  expect(run.stdout).toBe('');
  return run;
}

describe('bad inputs: exit code, located French message, nothing written', () => {
  it('YAML syntax error → 4, file:line:column', () => {
    const text = example.replace('  nom: Dupont', '  nom: Dupont\n   civilite: [Madame');
    const run = fails(withProfile(text));
    expect(run.status).toBe(4);
    // The value of `nom` seems to go on, over-indented, on the next line: yaml points at it.
    expect(run.stderr).toContain(`commune.yaml:${lineOf(text, 'nom: Dupont')}:8 — ligne suivante trop indentée`);
  });

  it('unknown key → 4, with a suggestion', () => {
    const text = example.replace('  nom: Dupont', '  nomm: Dupont');
    const run = fails(withProfile(text));
    expect(run.status).toBe(4);
    expect(run.stderr).toContain(`commune.yaml:${lineOf(text, 'nomm:')}:3 — `);
    expect(run.stderr).toContain('« nom »');
  });

  it('missing required field → 4, located at its parent', () => {
    const text = example.replace('  civilite: Madame\n', '');
    const run = fails(withProfile(text));
    expect(run.status).toBe(4);
    expect(run.stderr).toContain(`commune.yaml:${lineOf(text, 'maire:')}:`);
    expect(run.stderr).toContain('civilite');
    expect(run.stderr).toContain('Astuce');
  });

  it('wrong type → 4, naming what was expected', () => {
    const text = example.replace('  adresse: ["1 place de la Mairie"]', '  adresse: 1 place de la Mairie');
    const run = fails(withProfile(text));
    expect(run.status).toBe(4);
    expect(run.stderr).toContain(`commune.yaml:${lineOf(text, 'adresse: 1 place')}:`);
    expect(run.stderr).toMatch(/liste/);
  });

  it('missing profile file → 4, telling how to fix', () => {
    const run = fails(tempDir());
    expect(run.status).toBe(4);
    expect(run.stderr).toContain('commune.yaml');
    expect(run.stderr).toContain('--profile');
  });

  it('an output file already present → 7, naming it; neither file is touched or written', () => {
    const dir = withProfile(example);
    mkdirSync(path.join(dir, 'sortie', 'resilience'), { recursive: true });
    writeFileSync(path.join(dir, 'sortie', 'resilience', 'lettre-maire.pdf'), 'ancienne lettre');
    const run = fails(dir);
    expect(run.status).toBe(7);
    expect(run.stderr).toContain(`${path.join('sortie', 'resilience', 'lettre-maire.pdf')} existe déjà`);
    expect(run.stderr).toContain('--force');
    expect(readFileSync(path.join(dir, 'sortie', 'resilience', 'lettre-maire.pdf'), 'utf8')).toBe('ancienne lettre');
  });

  it('--force replaces the files', () => {
    const dir = withProfile(example);
    mkdirSync(path.join(dir, 'sortie', 'resilience'), { recursive: true });
    writeFileSync(path.join(dir, 'sortie', 'resilience', 'lettre-maire.pdf'), 'ancienne lettre');
    const run = runKit(['generate', 'resilience', '--profile', 'commune.yaml', '--force'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(readFileSync(path.join(dir, 'sortie', 'resilience', 'lettre-maire.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('a template needing a field absent from the profile → 4 before rendering, naming the document and the field', () => {
    const dir = withProfile(example);
    mkdirSync(path.join(dir, 'mes-kits', 'essai'), { recursive: true });
    writeFileSync(path.join(dir, 'mes-kits', 'essai', 'kit.yaml'), 'titre: Essai\ndocuments:\n  - id: lettre\n    titre: Lettre\n    modele: lettre.md\n');
    writeFileSync(
      path.join(dir, 'mes-kits', 'essai', 'lettre.md'),
      '---\ntitre: Essai\ngabarit: lettre\nobjet: Essai\n---\n{{appellation maire}},\n\nMon quartier : {{expediteur.quartier}}.\n',
    );
    const before = treeOf(dir);
    const run = runKit(['generate', 'essai', '--profile', 'commune.yaml', '--kit-path', 'mes-kits'], { cwd: dir });
    expect(run.status).toBe(4);
    expect(run.stderr).toContain('champ expediteur.quartier');
    expect(run.stderr).toContain('le document « lettre » a besoin du champ expediteur.quartier, absent du profil.');
    expect(run.stderr).toContain('kit list montre ce que chaque document demande');
    expect(treeOf(dir)).toEqual(before);
  });

  it('--strict turns a warning (address line over 38 characters) into exit 3, writing nothing', () => {
    const text = example.replace('["1 place de la Mairie"]', '["1 place du Général-Charles-de-Gaulle-et-de-la-Libération"]');
    const dir = withProfile(text);
    const run = fails(dir, ['--strict']);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('38');
    // Without --strict the same profile is generated, with the warning shown.
    const lenient = runKit(['generate', 'resilience', '--profile', 'commune.yaml'], { cwd: dir });
    expect(lenient.status).toBe(0);
    expect(lenient.stderr).toContain('38 au plus');
  });

  it('--json reports errors as JSON on stdout, with the exit code', () => {
    const dir = withProfile(example.replace('  nom: Dupont', '  nomm: Dupont'));
    const run = runKit(['generate', 'resilience', '--profile', 'commune.yaml', '--json'], { cwd: dir });
    expect(run.status).toBe(4);
    const report = JSON.parse(run.stdout) as { files: unknown[]; errors: { code: string; file: string; line: number }[] };
    expect(report.files).toEqual([]);
    expect(report.errors).toContainEqual(expect.objectContaining({ code: 'ProfileInvalid', file: 'commune.yaml', line: lineOf(example, '  nom: Dupont'), column: 3 }));
  });
});

describe('kit generate --json and --dry-run', () => {
  it('reports the files in the contract shape', () => {
    const dir = withProfile(example);
    const run = runKit(['generate', 'resilience', '--profile', 'commune.yaml', '--documents', 'lettre-maire', '--json'], { cwd: dir });
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { files: Record<string, unknown>[]; warnings: unknown[]; errors: unknown[] };
    expect(report.errors).toEqual([]);
    expect(report.files).toHaveLength(2);
    expect(report.files[0]).toMatchObject({ path: path.join('sortie', 'resilience', 'lettre-maire.pdf'), document: 'lettre-maire', format: 'pdf', pages: 1, row: null });
    expect(report.files[0]!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(report.files[1]).toMatchObject({ format: 'docx', pages: null });
  });

  it('--dry-run writes nothing', () => {
    const dir = withProfile(example);
    const run = writesNothing(dir, ['--dry-run']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('rien n’a été écrit');
    expect(run.stdout).toContain(path.join('sortie', 'resilience', 'lettre-maire.docx'));
  });
});
