import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, Document } from '../../src/document/ast.js';
import { loadWriter } from '../../src/writers/index.js';
import { readPdf } from '../helpers/pdf.js';
import { tempDir } from '../helpers/tmpdir.js';
import { para, sampleLetter, text } from '../writers/pdf/sample.js';
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

/** One document per layout, through the real writers (preflight, poster fit, imposition). */
run('DOCX of every layout opened by LibreOffice', () => {
  it('paginates like the PDF: fiche with a long table, poster A3 with tear-off strips, flyers A5 and A6, letter with every extra', async () => {
    const dir = tempDir();
    const strips: Block = { type: 'tearOffs', count: 6, lines: ['Heure civique', 'exemple.fr'] };
    const documents: [string, Document][] = [
      ['fiche', sheet([p('Ce qu’il faut faire, étape par étape.'), longTable(31)])],
      ['affiche', poster('affiche', 'A3', [...posterBlocks(), strips])],
      ['flyer-a5', poster('flyer', 'A5', posterBlocks())],
      ['flyer-a6', poster('flyer', 'A6', [...posterBlocks(), strips])],
      ['lettre', await letterWithExtras()],
    ];
    const pdfWriter = await loadWriter('pdf');
    const docxWriter = await loadWriter('docx');
    const expected = new Map<string, number | undefined>();
    const files: string[] = [];
    for (const [name, document] of documents) {
      expected.set(name, (await pdfWriter.write(document, {})).pages);
      const file = path.join(dir, `${name}.docx`);
      writeFileSync(file, (await docxWriter.write(document, {})).bytes);
      files.push(file);
    }
    convert(dir, files);
    const mismatches: string[] = [];
    for (const [name, pages] of expected) {
      const converted = await readPdf(new Uint8Array(readFileSync(path.join(dir, 'lo', `${name}.pdf`))));
      if (!pages || converted.pages.length !== pages) mismatches.push(`${name} : ${converted.pages.length} pages LibreOffice, ${pages} pages PDF`);
    }
    expect(mismatches).toEqual([]);
  });

  it('puts the tear-off strips of a sheet at the bottom of the page, under its footer, as the PDF does', async () => {
    const dir = tempDir();
    const document = sheet([p('Besoin d’un coup de main ? Détachez une languette et appelez-moi.'), { type: 'tearOffs', count: 6, lines: ['Camille', '06 00 00 00 00'] }]);
    const pdf = await readPdf((await (await loadWriter('pdf')).write(document, {})).bytes);
    const file = path.join(dir, 'fiche-languettes.docx');
    writeFileSync(file, (await (await loadWriter('docx')).write(document, {})).bytes);
    convert(dir, [file]);
    const converted = await readPdf(new Uint8Array(readFileSync(path.join(dir, 'lo', 'fiche-languettes.pdf'))));
    expect(converted.pages).toHaveLength(pdf.pages.length);
    for (const page of [pdf.pages[0]!, converted.pages[0]!]) {
      const strips = page.items.filter((item) => item.str.includes('Camille'));
      const footer = page.items.find((item) => item.str.startsWith('page'))!;
      expect(strips).toHaveLength(6);
      // The strips fill the bottom 50 mm of the sheet; the footer sits above them.
      for (const strip of strips) expect(strip.yTopMm).toBeGreaterThan(297 - 50);
      expect(footer.yBottomMm).toBeLessThan(297 - 50);
    }
  });
});
