import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/document/ast.js';
import { fiche } from '../../../src/layout/index.js';
import { qrMatrix } from '../../../src/writers/qr.js';
import { pdfWriter } from '../../../src/writers/pdf/index.js';
import { findItems, readPdf, type StructNode } from '../../helpers/pdf.js';
import { documentOf, longTable, paragraphs, samplePng } from './layout-samples.js';
import { rawStreams } from './raw.js';
import { text } from './sample.js';

const roles = (node: StructNode | null): string[] => (node ? [node.role, ...node.children.flatMap(roles)] : []);

describe('PDF blocks of AST v2', () => {
  it('repeats the table header on each page a long table spans, never splitting a row', async () => {
    const result = await pdfWriter.write(documentOf('fiche', [longTable(70)]), {});
    const pdf = await readPdf(result.bytes);
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pdf.pages) {
      const header = findItems(page, 'Consigne');
      expect(header).toHaveLength(1);
      // The header row is the first row under the top margin.
      expect(header[0]!.yTopMm).toBeLessThan(fiche.margins.top + 5);
      expect(page.text).toMatch(/Risque \d+/);
    }
    // Every row is present once, in order.
    const rows = pdf.text.match(/Risque \d+/g)!.map((row) => Number(row.slice(7)));
    expect(rows).toEqual(Array.from({ length: 70 }, (_, i) => i + 1));
    expect(roles(pdf.pages[0]!.structure)).toEqual(expect.arrayContaining(['Table', 'TR', 'TH', 'TD']));
    // The repeated header is an artifact: the tree holds one header row per table.
    expect(rawStreams(result.bytes).match(/\/TH <</g)).toHaveLength(3);
  });

  it('fills the header row and sizes columns to their content', async () => {
    const result = await pdfWriter.write(documentOf('fiche', [longTable(2)]), {});
    const [page] = (await readPdf(result.bytes)).pages;
    const risk = findItems(page!, 'Risque 1')[0]!;
    const rule = findItems(page!, 'Mettez-vous')[0]!;
    // The short first column is narrower than the long second one.
    const second = findItems(page!, 'Consigne')[0]!.xMm - findItems(page!, 'Risque')[0]!.xMm;
    expect(second).toBeLessThan(60);
    expect(rule.xMm).toBeGreaterThan(risk.xMm);
    expect(rawStreams(result.bytes)).toMatch(/0\.925\d* 0\.925\d* 0\.925\d* scn|0\.925\d* 0\.925\d* 0\.925\d* rg/);
  });

  it('draws a frame around a box, the title in bold, the blocks inside', async () => {
    const box: Block = { type: 'box', title: 'À retenir', blocks: paragraphs(2) };
    const result = await pdfWriter.write(documentOf('fiche', [box]), {});
    const [page] = (await readPdf(result.bytes)).pages;
    const title = findItems(page!, 'À retenir')[0]!;
    expect(title.fontName).toMatch(/Bold/);
    const frame = page!.paths.find((path) => path.widthMm > 150 && path.heightMm > 20)!;
    expect(frame).toBeDefined();
    const inside = page!.items.filter((item) => item.str.includes('Paragraphe'));
    for (const item of [title, ...inside]) {
      expect(item.xMm).toBeGreaterThan(frame.xMm);
      expect(item.yTopMm).toBeGreaterThan(frame.yMm);
      expect(item.yBottomMm).toBeLessThan(frame.yMm + frame.heightMm);
    }
  });

  it('splits a long box across pages in a fiche, with a frame on each page', async () => {
    const box: Block = { type: 'box', title: 'Long', blocks: paragraphs(40) };
    const pdf = await readPdf((await pdfWriter.write(documentOf('fiche', [box]), {})).bytes);
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pdf.pages) {
      const frames = page.paths.filter((path) => path.widthMm > 150 && path.heightMm > 5);
      // The fill and the rule of one frame per page, around that page's part of the text.
      expect(frames.length).toBe(2);
      const lines = page.items.filter((item) => item.str.includes('Paragraphe'));
      for (const line of lines) expect(line.yBottomMm).toBeLessThan(frames[0]!.yMm + frames[0]!.heightMm);
    }
  });

  it('draws a QR code as one rectangle per run of dark modules, sized as asked, with the URL under it', async () => {
    const url = 'https://sains.fr/plantation';
    const result = await pdfWriter.write(documentOf('fiche', [{ type: 'qr', url, size: 30 }]), {});
    const matrix = qrMatrix(url);
    let runs = 0;
    for (let row = 0; row < matrix.size; row++) {
      for (let column = 0; column < matrix.size; column++) {
        if (matrix.dark(row, column) && (column === 0 || !matrix.dark(row, column - 1))) runs++;
      }
    }
    const figure = rawStreams(result.bytes).match(/\/Figure <<[^>]*>> BDC([\s\S]*?)EMC/)![1]!;
    expect(figure.match(/ re\n/g)).toHaveLength(runs);
    const [page] = (await readPdf(result.bytes)).pages;
    const caption = findItems(page!, url)[0]!;
    expect(caption).toBeDefined();
    // The code's modules span 30 mm: the first rectangle's left edge and the caption are centred.
    const module = page!.paths[0]!;
    expect(module.xMm).toBeGreaterThan(fiche.margins.left);
    expect(caption.xMm + caption.widthMm / 2).toBeCloseTo(105, 0);
    expect(Buffer.from(result.bytes).toString('latin1')).toContain(`/Alt (Code QR vers ${url})`);
  });

  it('embeds a picture centred at its width, tagged Figure with its Alt text', async () => {
    const data = await samplePng();
    const image: Block = { type: 'image', src: 'logo.png', alt: 'Logo de la commune', width: 40, data };
    const result = await pdfWriter.write(documentOf('fiche', [image]), {});
    const raw = Buffer.from(result.bytes).toString('latin1');
    expect(raw).toContain('/Subtype /Image');
    expect(raw).toContain('/Alt (Logo de la commune)');
    const [page] = (await readPdf(result.bytes)).pages;
    expect(roles(page!.structure)).toContain('Figure');
    // The image is drawn with a 40 mm wide transform, centred on the page.
    const cm = rawStreams(result.bytes).match(/([\d.]+) 0 0 -?([\d.]+) ([\d.]+) [\d.]+ cm\n\/I1 Do/)!;
    expect(Number(cm[1]) * (25.4 / 72)).toBeCloseTo(40, 1);
    expect((Number(cm[3]) + Number(cm[1]) / 2) * (25.4 / 72)).toBeCloseTo(105, 0);
  });

  it('adds the spacer’s height and starts a new page at a page break', async () => {
    const base = await readPdf((await pdfWriter.write(documentOf('fiche', paragraphs(2)), {})).bytes);
    const spaced = await readPdf(
      (await pdfWriter.write(documentOf('fiche', [paragraphs(1)[0]!, { type: 'spacer', height: 20 }, paragraphs(2)[1]!]), {})).bytes,
    );
    const y = (pdf: typeof base) => findItems(pdf.pages[0]!, 'Paragraphe 2')[0]!.yTopMm;
    expect(y(spaced) - y(base)).toBeCloseTo(20, 0);
    const broken = await readPdf(
      (await pdfWriter.write(documentOf('fiche', [paragraphs(1)[0]!, { type: 'pageBreak' }, paragraphs(2)[1]!]), {})).bytes,
    );
    expect(broken.pages).toHaveLength(2);
    expect(findItems(broken.pages[1]!, 'Paragraphe 2')[0]!.yTopMm).toBeCloseTo(fiche.margins.top, 0);
  });

  it('draws a signature block at the left in a fiche, image above the lines', async () => {
    const data = await samplePng();
    const signature: Block = { type: 'signature', lines: ['Alex Martin', 'Présidente'], image: data };
    const result = await pdfWriter.write(documentOf('fiche', [...paragraphs(1), signature]), {});
    const [page] = (await readPdf(result.bytes)).pages;
    const name = findItems(page!, 'Alex Martin')[0]!;
    expect(name.xMm).toBeCloseTo(fiche.margins.left, 0);
    expect(Buffer.from(result.bytes).toString('latin1')).toContain('/Subtype /Image');
    void text;
  });
});
