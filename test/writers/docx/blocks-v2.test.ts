import { beforeAll, describe, expect, it } from 'vitest';
import { fiche } from '../../../src/layout/fiche.js';
import { mmToTwip, ptToTwip } from '../../../src/layout/lettre.js';
import { attrsOf, child, descendants, paragraphs, readParagraph, type DocxPackage, type XmlNode } from '../../helpers/docx.js';
import { openRendered } from './render-v2.js';
import { everyBlock, sheet } from './sample-v2.js';

const attr = (node: XmlNode | undefined, tag: string) => (node ? attrsOf(descendants([node], tag)[0] ?? {}) : {});

describe('DOCX writer: blocks of AST v2 (in a fiche)', () => {
  let pkg: DocxPackage;
  let tables: XmlNode[];
  beforeAll(async () => {
    pkg = await openRendered(sheet(await everyBlock()));
    tables = descendants([pkg.root('word/document.xml')], 'w:tbl');
  });

  it('writes a GFM table as w:tbl: header row repeated (w:tblHeader) and filled, rows never split, equal columns over the text width', () => {
    const [table] = tables;
    const rows = descendants([table!], 'w:tr');
    expect(rows).toHaveLength(3);
    expect(child(child(rows[0]!, 'w:trPr')!, 'w:tblHeader')).toBeDefined();
    expect(child(child(rows[1]!, 'w:trPr')!, 'w:tblHeader')).toBeUndefined();
    for (const row of rows) expect(child(child(row, 'w:trPr')!, 'w:cantSplit')).toBeDefined();
    expect(attr(rows[0], 'w:shd')['w:fill']).toBe(fiche.table.headerFill.slice(1).toUpperCase());
    const columns = descendants([table!], 'w:gridCol').map((col) => Number(attrsOf(col)['w:w']));
    expect(columns).toHaveLength(3);
    const text = mmToTwip(210 - fiche.margins.left - fiche.margins.right);
    expect(columns.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(text);
    expect(columns.reduce((a, b) => a + b, 0)).toBeGreaterThan(text - 3);
    const cells = paragraphs(pkg).filter((p) => p.style === 'EnTeteTableau' || p.style === 'Tableau');
    expect(cells.map((p) => p.text)).toEqual(['Risque', 'Niveau', 'Numéro', 'Inondation', 'fort', '112', 'Séisme', 'modéré', '18']);
    expect(attr(cells[2]!.node, 'w:jc')['w:val']).toBe('right');
  });

  it('writes a picture as w:drawing with its alternative text and its width in millimetres', () => {
    const drawings = descendants([pkg.root('word/document.xml')], 'w:drawing');
    const picture = drawings.find((d) => attr(d, 'wp:docPr')['descr'] === 'Carte des zones inondables');
    expect(picture).toBeDefined();
    // 40 mm at 96 px to the inch, in EMU (9525 a pixel).
    expect(Number(attr(picture, 'wp:extent')['cx'])).toBe(Math.round((40 * 96) / 25.4) * 9525);
    const rels = [...pkg.relationships('word/document.xml').values()].filter((r) => r.type.endsWith('/image'));
    expect(rels.length).toBeGreaterThanOrEqual(2);
  });

  it('writes a QR code as a square picture of its size, then its caption', () => {
    const all = paragraphs(pkg);
    const isCode = (d: XmlNode) => attr(d, 'wp:docPr')['descr'] === 'QR code : Géorisques';
    const index = all.findIndex((p) => descendants([p.node], 'w:drawing').some(isCode));
    const code = descendants([all[index]!.node], 'w:drawing').find(isCode)!;
    const extent = attr(code, 'wp:extent');
    expect(extent['cx']).toBe(extent['cy']);
    expect(Number(extent['cx'])).toBe(Math.round((25 * 96) / 25.4) * 9525);
    expect(all[index + 1]).toMatchObject({ style: 'Legende', text: 'Géorisques' });
  });

  it('writes a frame as a one-cell table ruled in the accent colour and filled with its tint, title first', () => {
    const frame = tables.find((table) => descendants([table], 'w:tc').length === 1)!;
    expect(attr(frame, 'w:shd')['w:fill']).toMatch(/^[0-9A-F]{6}$/);
    expect(attr(frame, 'w:shd')['w:fill']).not.toBe('FFFFFF');
    expect(attr(frame, 'w:tblBorders')).toBeDefined();
    expect(attrsOf(descendants([frame], 'w:top')[0]!)['w:color']).toBe('1D4E89');
    const inside = descendants([frame], 'w:p').map(readParagraph);
    expect(inside.map((p) => p.text)).toEqual(['À retenir', 'Montez dans les étages.', 'N’allez pas chercher vos enfants à l’école.']);
    expect(inside[0]!.style).toBe('Encadre');
  });

  it('starts the paragraph after a page break on a new page, with no empty paragraph', () => {
    const after = paragraphs(pkg).find((p) => p.text === 'Après la page.')!;
    expect(child(child(after.node, 'w:pPr')!, 'w:pageBreakBefore')).toBeDefined();
    expect(pkg.text('word/document.xml')).not.toContain('w:type="page"');
  });

  it('writes a spacer as an empty paragraph of that exact height', () => {
    const all = paragraphs(pkg);
    const spacer = all[all.findIndex((p) => p.text === 'Sous l’espace.') - 1]!;
    expect(spacer.text).toBe('');
    expect(spacer.spacing).toMatchObject({ 'w:line': String(mmToTwip(12)), 'w:lineRule': 'exact' });
  });

  it('writes tear-off strips as one row of cells, text bottom to top, dashed cut lines, at the bottom of the page', () => {
    const strips = tables.find((table) => descendants([table], 'w:textDirection').length > 0)!;
    const cells = descendants([strips], 'w:tc');
    expect(cells).toHaveLength(5);
    for (const cell of cells) expect(attr(cell, 'w:textDirection')['w:val']).toBe('btLr');
    expect(descendants([strips], 'w:tr')).toHaveLength(1);
    expect(attr(strips, 'w:trHeight')).toMatchObject({ 'w:val': String(mmToTwip(fiche.tearOffs.height)), 'w:hRule': 'exact' });
    expect(pkg.text('word/document.xml')).toMatch(/<w:insideV w:val="dashed"/);
    expect(attr(strips, 'w:tblpPr')).toMatchObject({ 'w:vertAnchor': 'page', 'w:tblpY': String(mmToTwip(297 - fiche.tearOffs.height)) });
    const texts = descendants([strips], 'w:p').map((p) => readParagraph(p).text);
    expect(texts.slice(0, 2)).toEqual(['Mairie', '01 00 00 00 00']);
  });

  it('gives the named styles French names a user can restyle', () => {
    const xml = pkg.text('word/styles.xml');
    for (const name of ['Tableau', 'Encadré', 'Légende', 'En-tête', 'Pied de page', 'Titre affiche', 'Détachable']) {
      expect(xml).toContain(`<w:name w:val="${name}"/>`);
    }
    expect(ptToTwip(fiche.styles.body.lineHeight)).toBeGreaterThan(0);
  });
});
