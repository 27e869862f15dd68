import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/document/ast.js';
import { loadWriter } from '../../src/writers/index.js';
import { readPdf } from '../helpers/pdf.js';
import { tempDir } from '../helpers/tmpdir.js';
import { para, sampleLetter, text } from '../writers/pdf/sample.js';
import { posterAssets, renderDocx } from '../writers/docx/render-v2.js';
import { letterWithExtras, longTable, p, poster, posterBlocks, sheet } from '../writers/docx/sample-v2.js';

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

/**
 * One document per layout. The DOCX is made by the writer's own steps without the shared glyph
 * preflight (which does not know the v2 blocks yet) and, for posters, at type scale 1 (the PDF
 * writer's fitBlocks is not there yet): until the PDF writer handles these layouts, the page
 * count is compared with the count the layout is designed for.
 */
run('DOCX of every layout opened by LibreOffice', () => {
  it('has the expected page count: fiche with a long table 3, poster 1, flyers A5 and A6 1, letter with every extra as the PDF', async () => {
    const dir = tempDir();
    const url = 'https://exemple.fr/heure-civique';
    const strips: Block = { type: 'tearOffs', count: 6, lines: ['Heure civique', 'exemple.fr'] };
    const letter = await letterWithExtras();
    const documents: [string, Uint8Array, number][] = [
      ['fiche', await renderDocx(sheet([p('Ce qu’il faut faire, étape par étape.'), longTable(31)])), 3],
      ['affiche', await renderDocx(poster('affiche', 'A3', [...posterBlocks(), strips]), await posterAssets([url], 1)), 1],
      ['flyer-a5', await renderDocx(poster('flyer', 'A5', posterBlocks()), await posterAssets([url], 1)), 1],
      ['flyer-a6', await renderDocx(poster('flyer', 'A6', [...posterBlocks(), strips]), await posterAssets([url], 1)), 1],
      ['lettre', (await (await loadWriter('docx')).write(letter, {})).bytes, (await (await loadWriter('pdf')).write(letter, {})).pages!],
    ];
    const files = documents.map(([name, bytes]) => {
      const file = path.join(dir, `${name}.docx`);
      writeFileSync(file, bytes);
      return file;
    });
    convert(dir, files);
    for (const [name, , pages] of documents) {
      const converted = await readPdf(new Uint8Array(readFileSync(path.join(dir, 'lo', `${name}.pdf`))));
      expect(converted.pages.length, name).toBe(pages);
    }
  });
});
