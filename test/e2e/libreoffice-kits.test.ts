import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { EPOCH_2026_11_23, ROOT, runKit } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmpdir.js';

/**
 * Every document of every built-in kit, for every example commune, made by the built binary:
 * its DOCX opened by LibreOffice (as a word processor would) has as many pages as its PDF.
 * One LibreOffice call per commune converts all its DOCX.
 */

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
// CI installs LibreOffice (.ci/run): there, its absence is a failure, not a skip.
const run = soffice || process.env.CI === 'true' ? describe : describe.skip;

const KITS = readdirSync(path.join(ROOT, 'kits')).sort();
const EXAMPLES = readdirSync(path.join(ROOT, 'examples')).sort();

interface JsonReport {
  files: { path: string; document: string; format: string }[];
}

async function pageCount(file: string): Promise<number> {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    return pdf.numPages;
  } finally {
    await pdf.destroy();
  }
}

run('DOCX of the built-in kits opened by LibreOffice', () => {
  it.each(EXAMPLES)('paginate like their PDF, for the example commune %s', async (example) => {
    const dir = tempDir();
    const docx = path.join(dir, 'docx');
    mkdirSync(docx);
    // `<kit>__<document>`: several kits have a document of the same name (lettre-maire).
    const documents: { name: string; pdf: string }[] = [];
    for (const kit of KITS) {
      const result = runKit(['generate', kit, '--profile', path.join(ROOT, 'examples', example, 'commune.yaml'), '--json'], {
        cwd: dir,
        env: { SOURCE_DATE_EPOCH: EPOCH_2026_11_23 },
      });
      expect(result.status, `${kit} : ${result.stderr}`).toBe(0);
      const files = (JSON.parse(result.stdout) as JsonReport).files;
      for (const file of files.filter((f) => f.format === 'docx')) {
        const name = `${kit}__${file.document}`;
        const pdf = files.find((f) => f.format === 'pdf' && f.document === file.document);
        expect(pdf, `${name} : PDF absent du rapport`).toBeDefined();
        copyFileSync(path.resolve(dir, file.path), path.join(docx, `${name}.docx`));
        documents.push({ name, pdf: path.resolve(dir, pdf!.path) });
      }
    }
    expect(documents.length).toBeGreaterThanOrEqual(KITS.length);

    const out = path.join(dir, 'lo');
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${path.join(dir, 'profil-lo')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        out,
        ...documents.map(({ name }) => path.join(docx, `${name}.docx`)),
      ],
      { stdio: 'ignore', timeout: 300_000 },
    );
    // LibreOffice can exit 0 without converting everything: count the outputs.
    const converted = readdirSync(out).filter((file) => file.endsWith('.pdf'));
    expect(converted.sort()).toEqual(documents.map(({ name }) => `${name}.pdf`).sort());

    const mismatches: string[] = [];
    for (const { name, pdf } of documents) {
      const ours = await pageCount(pdf);
      const office = await pageCount(path.join(out, `${name}.pdf`));
      if (ours !== office) mismatches.push(`${name} : ${office} pages LibreOffice, ${ours} pages PDF`);
    }
    expect(mismatches, `commune ${example}`).toEqual([]);
  }, 400_000);
});
