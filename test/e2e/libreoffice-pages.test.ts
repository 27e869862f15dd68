import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/document/ast.js';
import { loadWriter } from '../../src/writers/index.js';
import { readPdf } from '../helpers/pdf.js';
import { tempDir } from '../helpers/tmpdir.js';
import { para, sampleLetter, text } from '../writers/pdf/sample.js';

const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
// CI installs LibreOffice (.ci/run): there, its absence is a failure, not a skip.
const run = soffice || process.env.CI === 'true' ? describe : describe.skip;

/** Converts DOCX files to PDF with LibreOffice (headless, own profile), in one call. */
function convert(dir: string, files: string[]): void {
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${path.join(dir, 'profil-lo')}`, '--headless', '--convert-to', 'pdf', '--outdir', path.join(dir, 'lo'), ...files],
    { stdio: 'ignore', timeout: 180_000 },
  );
  // LibreOffice can exit 0 without converting everything: count the outputs.
  expect(readdirSync(path.join(dir, 'lo')).filter((name) => name.endsWith('.pdf'))).toHaveLength(files.length);
}

const paragraph = (n: number) =>
  para(text(`Paragraphe ${n} : la commune doit pouvoir faire face à une crise durable, et les habitants peuvent y contribuer en se préparant, en aidant leurs voisins et en connaissant les bons réflexes.`));

run('DOCX opened by LibreOffice paginates like the PDF', () => {
  it.each([
    ['one page', 1, 1],
    ['a letter filling page 1', 9, 1],
    ['two pages', 18, 2],
    ['three pages', 36, 3],
  ])('%s', async (_name, count, pages) => {
    const dir = tempDir();
    const blocks: Block[] = Array.from({ length: count }, (_, i) => paragraph(i + 1));
    const document = sampleLetter(blocks);
    const pdf = await (await loadWriter('pdf')).write(document, {});
    const docx = await (await loadWriter('docx')).write(document, {});
    writeFileSync(path.join(dir, 'lettre.docx'), docx.bytes);
    convert(dir, [path.join(dir, 'lettre.docx')]);
    const converted = await readPdf(new Uint8Array(readFileSync(path.join(dir, 'lo', 'lettre.pdf'))));
    expect(pdf.pages).toBe(pages);
    expect(converted.pages.length).toBe(pdf.pages);
  });
});
