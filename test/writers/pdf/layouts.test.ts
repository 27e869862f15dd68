import { describe, expect, it } from 'vitest';
import type { LayoutId } from '../../../src/document/ast.js';
import { affiche, BLEED, CROP_MARKS, fiche, flyer, lettre, PAPER } from '../../../src/layout/index.js';
import { writeCalibrationPdf } from '../../../src/writers/pdf/calibrate.js';
import { pdfWriter } from '../../../src/writers/pdf/index.js';
import { findItems, readPdf } from '../../helpers/pdf.js';
import { documentOf, paragraphs, tearOffs } from './layout-samples.js';
import { para, sampleLetter, text } from './sample.js';
import { itemTransforms, pageBoxes, rawStreams } from './raw.js';

const PT = 72 / 25.4;

describe('fiche', () => {
  it('draws the header and the footer with "page x/y" on every page', async () => {
    const result = await pdfWriter.write(documentOf('fiche', paragraphs(60)), {});
    const pdf = await readPdf(result.bytes);
    expect(pdf.pages.length).toBe(result.pages);
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    pdf.pages.forEach((page, i) => {
      expect(findItems(page, 'Commune de Sains (35)')[0]!.yBaselineMm).toBeCloseTo(fiche.header.baseline, 1);
      expect(findItems(page, 'Mairie de Sains')[0]!.yBaselineMm).toBeCloseTo(fiche.footer.baseline, 1);
      expect(page.text).toContain(`page\u00A0${i + 1}/${pdf.pages.length}`.replace('\u00A0', ' '));
      // The body stays between the header and footer rules.
      for (const item of page.items.filter((it) => it.str.includes('Paragraphe') || it.str.includes('mars'))) {
        expect(item.yTopMm).toBeGreaterThan(fiche.header.rule);
        expect(item.yBottomMm).toBeLessThan(fiche.footer.rule);
      }
    });
  });
});

describe('affiche and flyer', () => {
  it('draws the title in white in the accent band, and the body inside its zone', async () => {
    const result = await pdfWriter.write(documentOf('affiche', paragraphs(8)), {});
    const [page] = (await readPdf(result.bytes)).pages;
    expect(result.pages).toBe(1);
    const title = findItems(page!, 'Plantation')[0]!;
    expect(title.yBottomMm).toBeLessThan(affiche.titleBand.height);
    expect(title.fontName).toMatch(/Bold/);
    expect(rawStreams(result.bytes)).toMatch(/0\.113\d* 0\.305\d* 0\.537\d* (scn|rg)/);
    const body = page!.items.filter((item) => item.yTopMm > affiche.titleBand.height && item.yTopMm < affiche.footer.rule);
    expect(body.length).toBeGreaterThan(8);
    for (const item of body) {
      expect(item.yTopMm).toBeGreaterThanOrEqual(affiche.body.y - 0.01);
      expect(item.yBottomMm).toBeLessThanOrEqual(affiche.body.y + affiche.body.height + 0.01);
      expect(item.xMm + item.widthMm).toBeLessThanOrEqual(affiche.body.x + affiche.body.width + 0.5);
    }
    expect(findItems(page!, 'Mairie de Sains')[0]!.yTopMm).toBeGreaterThan(affiche.footer.rule);
  });

  it('shrinks a long body to fit, and warns with TextOverflow only when even the smallest type overflows', async () => {
    const fits = await pdfWriter.write(documentOf('affiche', paragraphs(12)), {});
    expect(fits.warnings).toBeUndefined();
    const sizes = (await readPdf(fits.bytes)).pages[0]!.items.filter((item) => item.str.includes('Paragraphe')).map((item) => item.fontSizePt);
    expect(Math.max(...sizes)).toBeLessThan(affiche.styles.body.size);
    const long = await pdfWriter.write(documentOf('affiche', paragraphs(30)), {});
    expect(long.warnings).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'TextOverflow', message: expect.stringMatching(/^texte trop long pour la zone « corps » de l’affiche : /) }),
    ]);
    const [page] = (await readPdf(long.bytes)).pages;
    expect(long.pages).toBe(1);
    for (const item of page!.items.filter((it) => it.yTopMm > affiche.body.y && it.yTopMm < affiche.footer.rule)) {
      expect(item.yBottomMm).toBeLessThanOrEqual(affiche.body.y + affiche.body.height + 0.01);
    }
  });

  it('prints an A3 poster as the A4 one × √2, an A6 flyer as the A5 one × 1/√2', async () => {
    const a4 = (await readPdf((await pdfWriter.write(documentOf('affiche', paragraphs(2), { paper: 'A4' }), {})).bytes)).pages[0]!;
    const a3 = (await readPdf((await pdfWriter.write(documentOf('affiche', paragraphs(2), { paper: 'A3' }), {})).bytes)).pages[0]!;
    expect(a3.widthMm).toBeCloseTo(PAPER.A3.width, 0);
    expect(a3.heightMm).toBeCloseTo(PAPER.A3.height, 0);
    const title = (page: typeof a4) => findItems(page, 'Plantation')[0]!;
    expect(title(a3).fontSizePt / title(a4).fontSizePt).toBeCloseTo(Math.SQRT2, 2);
    expect(title(a3).xMm / title(a4).xMm).toBeCloseTo(Math.SQRT2, 2);
    const a6 = (await readPdf((await pdfWriter.write(documentOf('flyer', paragraphs(1), { paper: 'A6' }), {})).bytes)).pages[0]!;
    expect(a6.widthMm).toBeCloseTo(PAPER.A6.width, 0);
    expect(a6.heightMm).toBeCloseTo(PAPER.A6.height, 0);
    expect(findItems(a6, 'Plantation')[0]!.xMm).toBeCloseTo(flyer.margins.left * Math.SQRT1_2, 1);
  });

  it.each([
    [2, 'A5', 297, 210],
    [4, 'A6', 210, 297],
  ] as const)('imposes %i flyers on an A4 sheet, the copies as artifacts', async (nUp, paper, width, height) => {
    const result = await pdfWriter.write(documentOf('flyer', paragraphs(1), { paper, nUp }), {});
    const pdf = await readPdf(result.bytes);
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.pages[0]!.widthMm).toBeCloseTo(width, 0);
    expect(pdf.pages[0]!.heightMm).toBeCloseTo(height, 0);
    expect(pdf.text.match(/Plantation d’arbres/g)).toHaveLength(nUp);
    expect(findItems(pdf.pages[0]!, 'Plantation').map((item) => Math.round(item.xMm)).sort()).toHaveLength(nUp);
    // One copy in the structure tree.
    expect(rawStreams(result.bytes).match(/\/H1 <</g)).toHaveLength(1);
  });

  it('puts tear-off strips at the foot, the text turned 90° in each, the footer above them', async () => {
    const result = await pdfWriter.write(documentOf('affiche', [...paragraphs(2), tearOffs(7)]), {});
    const pages = await itemTransforms(result.bytes);
    const strips = pages[0]!.filter((item) => item.str.includes('Jardin partagé'));
    expect(strips).toHaveLength(7);
    for (const { transform } of strips) {
      expect(transform[0]).toBeCloseTo(0, 5);
      expect(Math.abs(transform[1]!)).toBeGreaterThan(1);
    }
    const [page] = (await readPdf(result.bytes)).pages;
    const stripTop = PAPER.A4.height - affiche.tearOffs.height;
    expect(findItems(page!, 'Mairie de Sains')[0]!.yBottomMm).toBeLessThan(stripTop);
    // Dashed cut lines: vertical between strips.
    expect(page!.paths.filter((path) => path.heightMm > affiche.tearOffs.height - 1 && path.widthMm < 0.1)).toHaveLength(6);
  });
});

describe('tear-off strips in a flowing layout', () => {
  it('puts them at the foot of the page, the rest of the text going on above them on the same page', async () => {
    const after = para(text('Après les languettes.'));
    const result = await pdfWriter.write(documentOf('fiche', [...paragraphs(2), tearOffs(6), after]), {});
    expect(result.pages).toBe(1);
    const [page] = (await readPdf(result.bytes)).pages;
    const stripTop = PAPER.A4.height - fiche.tearOffs.height;
    const strips = findItems(page!, 'Jardin partagé');
    expect(strips).toHaveLength(6);
    for (const strip of strips) expect(strip.yTopMm).toBeGreaterThanOrEqual(stripTop);
    const following = findItems(page!, 'Après les languettes')[0]!;
    expect(following.yTopMm).toBeGreaterThan(findItems(page!, 'Paragraphe 2')[0]!.yBottomMm);
    expect(following.yBottomMm).toBeLessThan(60);
    expect(findItems(page!, 'Mairie de Sains')[0]!.yBottomMm).toBeLessThan(stripTop);
  });

  it('keeps a letter’s signature on its page, above the strips', async () => {
    const letter = sampleLetter([para(text('Madame la Maire,')), para(text('Détachez une languette.')), tearOffs(6)]);
    const result = await pdfWriter.write(letter, {});
    expect(result.pages).toBe(1);
    const [page] = (await readPdf(result.bytes)).pages;
    const signature = findItems(page!, 'Présidente du Collectif')[0]!;
    expect(signature.yBottomMm).toBeLessThan(PAPER.A4.height - lettre.tearOffs.height);
    expect(signature.xMm).toBeCloseTo(lettre.signature.x, 1);
  });
});

describe('print options', () => {
  it('grows the media box for bleed and crop marks, with TrimBox and BleedBox, nothing outside', async () => {
    const result = await pdfWriter.write(documentOf('affiche', paragraphs(2), { bleed: true }), {});
    const grow = 2 * (BLEED + CROP_MARKS.offset + CROP_MARKS.length);
    const [media] = pageBoxes(result.bytes, 'MediaBox');
    const [trim] = pageBoxes(result.bytes, 'TrimBox');
    const [bleed] = pageBoxes(result.bytes, 'BleedBox');
    const off = (grow / 2) * PT;
    expect(media![2]! / PT).toBeCloseTo(210 + grow, 2);
    expect(media![3]! / PT).toBeCloseTo(297 + grow, 2);
    expect(trim!.map((v) => v / PT)).toEqual([off / PT, off / PT, off / PT + 210, off / PT + 297].map((v) => expect.closeTo(v, 2)));
    expect(bleed!.map((v) => v / PT)).toEqual(
      [off / PT - BLEED, off / PT - BLEED, off / PT + 210 + BLEED, off / PT + 297 + BLEED].map((v) => expect.closeTo(v, 2)),
    );
    const [page] = (await readPdf(result.bytes)).pages;
    // The band reaches into the bleed; nothing leaves the media box.
    const band = page!.paths.find((path) => path.widthMm > 210)!;
    expect(band.xMm).toBeCloseTo(grow / 2 - BLEED, 1);
    for (const path of page!.paths) {
      expect(path.xMm).toBeGreaterThanOrEqual(-0.01);
      expect(path.yMm).toBeGreaterThanOrEqual(-0.01);
      expect(path.xMm + path.widthMm).toBeLessThanOrEqual(page!.widthMm + 0.01);
      expect(path.yMm + path.heightMm).toBeLessThanOrEqual(page!.heightMm + 0.01);
    }
    // Crop marks: 8 short lines of CROP_MARKS.length outside the bleed box.
    expect(page!.paths.filter((path) => Math.abs(Math.max(path.widthMm, path.heightMm) - CROP_MARKS.length) < 0.01)).toHaveLength(8);
  });

  it('writes PDF/A-2b markers: XMP pdfaid part 2 conformance B and an sRGB output intent', async () => {
    const result = await pdfWriter.write(documentOf('fiche', paragraphs(2)), { pdfa: true, sourceDateEpoch: 1_700_000_000 });
    const raw = Buffer.from(result.bytes).toString('latin1');
    expect(raw).toMatch(/<pdfaid:part>2<\/pdfaid:part>\s*<pdfaid:conformance>B<\/pdfaid:conformance>/);
    expect(raw).toMatch(/\/OutputIntents \[\d+ 0 R\]/);
    expect(raw).toContain('/S /GTS_PDFA1');
    expect(raw).toMatch(/\/Metadata \d+ 0 R/);
  });

  it.each(['lettre', 'fiche', 'affiche', 'flyer'] as LayoutId[])('gives identical bytes twice for a %s (SOURCE_DATE_EPOCH)', async (layout) => {
    const document = documentOf(layout, [...paragraphs(3), { type: 'qr', url: 'https://sains.fr', size: 20 }], layout === 'flyer' ? { paper: 'A6', nUp: 4 } : undefined);
    const options = { sourceDateEpoch: 1_700_000_000, pdfa: layout === 'fiche' };
    const [a, b] = [await pdfWriter.write(document, options), await pdfWriter.write(document, options)];
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });
});

describe('calibration page', () => {
  it('is an A4 page with the instructions, the window zone, the folds and a 100 mm ruler', async () => {
    const bytes = await writeCalibrationPdf({ sourceDateEpoch: 1 });
    const pdf = await readPdf(bytes);
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.pages[0]!.widthMm).toBeCloseTo(210, 0);
    expect(pdf.text.replace(/\s+/g, ' ')).toMatch(/Imprimez à 100 % .*pliez.*enveloppe DL à fenêtre : l’adresse doit apparaître entière dans la fenêtre/);
    expect(pdf.marked).toBe(true);
    const paths = pdf.pages[0]!.paths;
    expect(paths.some((p) => Math.abs(p.xMm - 110) < 0.1 && Math.abs(p.yMm - 47) < 0.1 && Math.abs(p.widthMm - 80) < 0.1)).toBe(true);
    for (const y of [99, 198]) expect(paths.some((p) => Math.abs(p.yMm - y) < 0.1 && p.widthMm > 200)).toBe(true);
    expect(paths.some((p) => Math.abs(p.widthMm - 100) < 0.01 && p.heightMm < 0.01)).toBe(true);
    expect(findItems(pdf.pages[0]!, 'Madame la Maire')[0]!.xMm).toBeGreaterThan(110);
    expect(await writeCalibrationPdf({ sourceDateEpoch: 1 })).toEqual(bytes);
  });
});
