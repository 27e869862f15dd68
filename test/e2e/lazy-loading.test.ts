import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmpdir.js';

const HOOKS = path.join(ROOT, 'test', 'fixtures', 'hooks', 'register.mjs');

/** The packages a run of the built binary imported. */
function packagesImported(args: string[]): Set<string> {
  const log = path.join(tempDir(), 'imports.log');
  const run = spawnSync(process.execPath, ['--import', HOOKS, BIN, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, KIT_IMPORT_LOG: log, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  const packages = new Set<string>();
  for (const url of readFileSync(log, 'utf8').split('\n')) {
    const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
    if (match) packages.add(match[1]!);
  }
  return packages;
}

const HEAVY = ['pdfkit', 'docx', 'fontkit', 'unified', 'remark-parse', 'handlebars', 'zod', 'yaml', 'csv-parse', 'iconv-lite', 'hyphen', '@inquirer/prompts'];

describe('heavy libraries load only when a command needs them', () => {
  it('kit --version and kit --help load none of them', () => {
    for (const args of [['--version'], ['--help'], ['generate', '--help']]) {
      const packages = packagesImported(args);
      expect(packages.has('commander')).toBe(true); // the log works
      for (const name of HEAVY) expect(packages.has(name), `${args.join(' ')} → ${name}`).toBe(false);
    }
  });

  it('kit list loads the template engine but no writer', () => {
    const packages = packagesImported(['list']);
    expect(packages.has('handlebars')).toBe(true);
    for (const name of ['pdfkit', 'docx', 'fontkit']) expect(packages.has(name), name).toBe(false);
  });

  it('kit generate --format pdf does not load docx', () => {
    const out = tempDir();
    const packages = packagesImported(['generate', 'resilience', '--profile', 'examples/sains/commune.yaml', '--format', 'pdf', '--out', out]);
    expect(packages.has('pdfkit')).toBe(true);
    expect(packages.has('docx')).toBe(false);
  });
});

describe('output into a closed pipe', () => {
  it('stops quietly when the reader goes away (kit … | head -1)', () => {
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" generate --help | head -1`], { encoding: 'utf8' });
    expect(run.stdout).toBe('Utilisation : kit generate [options] <kit>\n');
    expect(run.stderr).toBe('');
  });
});
