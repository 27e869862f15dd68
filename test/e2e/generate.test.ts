import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EPOCH_2026_11_23, ROOT, runKit, type KitRun } from '../helpers/cli.js';
import { openDocx, paragraphs } from '../helpers/docx.js';
import { asPrinted, embeddedFonts, readPdf, type ParsedPdf } from '../helpers/pdf.js';
import { tempDir, treeOf } from '../helpers/tmpdir.js';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('kit generate resilience, on the example commune (built binary)', () => {
  let dir: string;
  let run: KitRun;
  let pdfBytes: Uint8Array;
  let pdf: ParsedPdf;

  beforeAll(async () => {
    dir = tempDir();
    copyFileSync(path.join(ROOT, 'examples', 'sains', 'commune.yaml'), path.join(dir, 'commune.yaml'));
    run = runKit(['generate', 'resilience', '--profile', 'commune.yaml'], { cwd: dir, env: { SOURCE_DATE_EPOCH: EPOCH_2026_11_23 } });
    pdfBytes = new Uint8Array(readFileSync(path.join(dir, 'sortie', 'resilience', 'lettre-maire.pdf')));
    pdf = await readPdf(pdfBytes);
  });

  it('writes the PDF and the DOCX, and says so', () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(path.join('sortie', 'resilience', 'lettre-maire.pdf'));
    expect(run.stdout).toContain('4 fichiers écrits.');
    expect(treeOf(dir)).toEqual([
      'commune.yaml (' + readFileSync(path.join(dir, 'commune.yaml')).length + ')',
      'sortie/',
      'sortie/resilience/',
      expect.stringMatching(/^sortie\/resilience\/lettre-maire\.docx \(\d+\)$/),
      expect.stringMatching(/^sortie\/resilience\/lettre-maire\.pdf \(\d+\)$/),
      expect.stringMatching(/^sortie\/resilience\/marche-a-suivre\.docx \(\d+\)$/),
      expect.stringMatching(/^sortie\/resilience\/marche-a-suivre\.pdf \(\d+\)$/),
    ]);
  });

  it('makes a one-page letter holding the recipient, the subject and the date', () => {
    expect(pdf.pages).toHaveLength(1);
    const text = collapse(pdf.text);
    for (const line of ['Madame la Maire', 'Mairie de Sains', '1 PLACE DE LA MAIRIE', '35610 SAINS']) expect(text).toContain(line);
    expect(text).toContain('Objet : Demande de rendez-vous – résilience de la commune face aux crises');
    expect(text).toContain('Sains, le 23 novembre 2026');
    expect(text).toContain('Je vous prie d’agréer, Madame la Maire, l’expression de ma considération distinguée.');
  });

  it('prints every line of the recipient block inside the envelope window (x 110–190, y 47–79 mm)', () => {
    const page = pdf.pages[0]!;
    const lines = ['Madame la Maire', 'Mairie de Sains', '1 PLACE DE LA MAIRIE', '35610 SAINS'];
    for (const line of lines) {
      const item = page.items.find((candidate) => collapse(candidate.str) === line);
      expect(item, line).toBeDefined();
      expect(item!.xMm).toBeGreaterThanOrEqual(110 - 0.01);
      expect(item!.xMm + item!.widthMm).toBeLessThanOrEqual(190);
      expect(item!.yTopMm).toBeGreaterThanOrEqual(47);
      expect(item!.yBottomMm).toBeLessThanOrEqual(79);
    }
    // Nothing else shows through the window (x 100–200, y 45–90 mm of the envelope), wherever the
    // folded sheet slides (up to 11 mm): on the sheet, x 100–200 and y 34–90 mm.
    const inWindow = page.items.filter((item) => item.str.trim() && item.xMm + item.widthMm > 100 && item.xMm < 200 && item.yBottomMm > 34 && item.yTopMm < 90);
    expect(inWindow.map((item) => collapse(item.str))).toEqual(lines);
  });

  it('embeds its fonts', () => {
    const fonts = embeddedFonts(pdfBytes);
    expect(fonts.fontFiles).toBeGreaterThanOrEqual(2);
    expect(fonts.subsets.every((name) => /^[A-Z]{6}\+SourceSans3/.test(name))).toBe(true);
  });

  it('writes a DOCX that unzips, parses and holds the same paragraphs as the PDF', () => {
    const docx = openDocx(new Uint8Array(readFileSync(path.join(dir, 'sortie', 'resilience', 'lettre-maire.docx'))));
    const texts = paragraphs(docx)
      .map((paragraph) => collapse(paragraph.text))
      .filter(Boolean);
    expect(texts.length).toBeGreaterThan(15);
    const pdfText = collapse(pdf.text);
    // The paragraphs carry soft hyphens (w:softHyphen): the PDF shows them as "-" at a line end only.
    for (const text of texts) expect(pdfText, text).toMatch(asPrinted(text));
    expect(texts).toContain('Madame la Maire,');
    expect(texts).toContain('35610 SAINS');
  });

  it('writes the same bytes again with the same SOURCE_DATE_EPOCH, PDF and DOCX alike', () => {
    const again = tempDir();
    copyFileSync(path.join(dir, 'commune.yaml'), path.join(again, 'commune.yaml'));
    expect(runKit(['generate', 'resilience', '--profile', 'commune.yaml'], { cwd: again, env: { SOURCE_DATE_EPOCH: EPOCH_2026_11_23 } }).status).toBe(0);
    const files = readdirSync(path.join(dir, 'sortie', 'resilience'));
    expect(files.filter((file) => file.endsWith('.docx')).length).toBeGreaterThan(0);
    for (const file of files) {
      const [first, second] = [dir, again].map((root) => readFileSync(path.join(root, 'sortie', 'resilience', file)));
      expect(first!.equals(second!), file).toBe(true);
    }
  });
});
