import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/document/ast.js';
import { affiche } from '../../../src/layout/affiche.js';
import { flyer } from '../../../src/layout/flyer.js';
import { mmToTwip } from '../../../src/layout/lettre.js';
import { PAPER } from '../../../src/layout/paper.js';
import { attrsOf, descendants, paragraphs, prop, sectionProperties, styles } from '../../helpers/docx.js';
import { openRendered, posterAssets } from './render-v2.js';
import { poster, posterBlocks } from './sample-v2.js';

const URL = 'https://exemple.fr/heure-civique';

describe('DOCX writer: affiche and flyer', () => {
  it.each([
    ['affiche', 'A4', affiche.scale.A4],
    ['affiche', 'A3', affiche.scale.A3],
    ['flyer', 'A5', flyer.scale.A5],
    ['flyer', 'A6', flyer.scale.A6],
  ] as const)('%s %s: one page of that paper, the body zone × the paper’s scale', async (layout, paper, k) => {
    const base = layout === 'affiche' ? affiche : flyer;
    const pkg = await openRendered(poster(layout, paper, posterBlocks()), await posterAssets([URL], 1));
    const section = sectionProperties(pkg);
    expect(section.pageSize).toMatchObject({ 'w:w': String(mmToTwip(PAPER[paper].width)), 'w:h': String(mmToTwip(PAPER[paper].height)) });
    expect(section.margins).toMatchObject({ 'w:top': String(mmToTwip(base.body.y * k)), 'w:left': String(mmToTwip(base.body.x * k)) });
    expect(pkg.text('word/document.xml')).not.toContain('w:type="page"');
  });

  it('draws the title band in the accent colour with the title in white, in the header', async () => {
    const pkg = await openRendered(poster('affiche', 'A4', posterBlocks()), await posterAssets([URL], 1));
    const header = sectionProperties(pkg).headers.default!;
    const [band] = descendants([pkg.root(header)], 'w:tbl');
    expect(attrsOf(descendants([band!], 'w:shd')[0]!)['w:fill']).toBe('2A7A3B');
    expect(attrsOf(descendants([band!], 'w:trHeight')[0]!)).toMatchObject({ 'w:val': String(mmToTwip(affiche.titleBand.height)), 'w:hRule': 'exact' });
    expect(paragraphs(pkg, header).find((q) => q.style === 'TitreAffiche')?.text).toBe('L’Heure civique à Sains');
    expect(prop(styles(pkg).get('TitreAffiche')!.rPr, 'w:color')?.['w:val']).toBe('FFFFFF');
  });

  it('sets the body type at the scale fitBlocks gives', async () => {
    const pkg = await openRendered(poster('flyer', 'A5', posterBlocks()), await posterAssets([URL], 0.8));
    const normal = styles(pkg).get('Normal')!;
    expect(prop(normal.rPr, 'w:sz')?.['w:val']).toBe(String(Math.round(flyer.styles.body.size * 0.8 * 2)));
  });

  it('writes the footer line, and tear-off strips as the last thing, on the bottom edge', async () => {
    const blocks: Block[] = [{ type: 'tearOffs', count: 6, lines: ['Heure civique', 'exemple.fr'] }, ...posterBlocks()];
    const pkg = await openRendered(poster('affiche', 'A4', blocks), await posterAssets([URL], 1));
    const section = sectionProperties(pkg);
    const footer = section.footers.default!;
    const texts = paragraphs(pkg, footer).map((q) => q.text);
    expect(texts[0]).toBe('Mairie de Sains — 02 00 00 00 00 — mairie@sains.fr');
    expect(texts.slice(1, 3)).toEqual(['Heure civique', 'exemple.fr']);
    expect(descendants([pkg.root(footer)], 'w:textDirection')).toHaveLength(6);
    expect(section.margins['w:footer']).toBe('0');
    expect(Number(section.margins['w:bottom'])).toBe(mmToTwip(297 - affiche.body.y - affiche.body.height + affiche.tearOffs.height));
    expect(descendants([pkg.root('word/document.xml')], 'w:textDirection')).toHaveLength(0);
  });
});
