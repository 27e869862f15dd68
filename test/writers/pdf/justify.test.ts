import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import type { Inline } from '../../../src/document/ast.js';
import { hyphenateText } from '../../../src/document/hyphenate.js';
import { fiche, mmToPt } from '../../../src/layout/index.js';
import { textWidth } from '../../../src/writers/fit.js';
import { loadFont } from '../../../src/writers/fonts.js';
import { handleSoftHyphens } from '../../../src/writers/pdf/hyphens.js';
import { pdfWriter } from '../../../src/writers/pdf/index.js';
import { breakRuns } from '../../../src/writers/pdf/justify.js';
import { readPdf } from '../../helpers/pdf.js';
import { tempDir } from '../../helpers/tmpdir.js';
import { documentOf } from './layout-samples.js';
import { para, text } from './sample.js';

const strong = (value: string): Inline => ({ type: 'strong', children: [text(value)] });
const emphasis = (value: string): Inline => ({ type: 'emphasis', children: [text(value)] });
/** Long enough to wrap: only the lines before a paragraph's last are justified. */
const REST = 'un son montant et descendant, trois cycles d’une minute quarante et une secondes séparés par cinq secondes de silence, puis le signal de fin.';
const PROSE = [
  'Le document d’information communal sur les risques majeurs dit aux habitants à quels risques la commune est exposée, ce qui est fait pour s’en protéger et comment réagir.',
  'Renseignez-vous en mairie sur les inondations possibles dans votre quartier et sur les lieux d’hébergement prévus ; faites réaliser un diagnostic de vulnérabilité de votre logement.',
  'Anticonstitutionnellement, les caractéristiques extraordinairement hétérogènes des intercommunalités compliquent l’interprétation réglementaire.',
];

const hasPoppler = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status === 0;
// CI installs Poppler (.ci/run): there, its absence is a failure, not a skip.
const poppler = hasPoppler || process.env.CI === 'true' ? it : it.skip;

/** The words of page 1 with their boxes (points, from the top left), as Poppler finds them. */
function wordBoxes(bytes: Uint8Array): { text: string; xMin: number; xMax: number; yMin: number }[] {
  const file = path.join(tempDir(), 'page.pdf');
  writeFileSync(file, bytes);
  const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
    text: m[4]!.replace(/&amp;/g, '&'),
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
  }));
}

describe('justified text (fiche)', () => {
  it('keeps the space between a bold run and the text after it, ordinary or no-break', async () => {
    const document = documentOf('fiche', [
      para(strong('Alerte'), text(` ${REST}`)),
      para(strong('Signal national d’alerte'), text(`\u00A0: ${REST}`)),
      para(text('Avant'), strong(' gras'), text(` ${REST}`)),
      para(text('Les '), strong('deux'), text(`  ${REST}`)),
    ]);
    const pdf = await readPdf((await pdfWriter.write(document, {})).bytes);
    const body = pdf.text.replace(/[\s\u00A0]+/g, ' ');
    expect(body).toContain('Alerte un son montant');
    expect(body).toContain('Signal national d’alerte : un son montant');
    expect(body).toContain('Avant gras un son montant');
    expect(body).toContain('Les deux un son montant');
  });

  poppler('stretches every space of a line alike, across bold and italic words, to both margins', async () => {
    const document = documentOf('fiche', [
      para(
        text('Les éléments transmis par le préfet\u00A0: dossier départemental sur les risques majeurs, cartes des plans de prévention et des plans particuliers d’intervention. '),
        emphasis('Les informations confidentielles en sont exclues, '),
        strong('comme'),
        text(' le reste, et ceci encore pour une troisième ligne de texte justifié.'),
      ),
    ]);
    const words = wordBoxes((await pdfWriter.write(document, {})).bytes).filter((word) => word.yMin > 50 && word.yMin < 150);
    const lines = [...new Set(words.map((word) => word.yMin))].sort((a, b) => a - b);
    expect(lines).toHaveLength(3);
    const size = fiche.styles.body.size;
    const noBreakSpace = textWidth('\u00A0', 'regular', size);
    // Every line but the last: from the left margin to the right one, ordinary spaces alike.
    for (const y of lines.slice(0, -1)) {
      const line = words.filter((word) => word.yMin === y);
      expect(line[0]!.xMin).toBeCloseTo(mmToPt(fiche.margins.left), 1);
      expect(line.at(-1)!.xMax).toBeCloseTo(mmToPt(210 - fiche.margins.right), 1);
      // Gaps between words, but the no-break space before the colon.
      const gaps = line.slice(1).flatMap((word, i) => (word.text === ':' ? [] : [word.xMin - line[i]!.xMax]));
      expect(gaps.length).toBeGreaterThan(8);
      expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThan(0.05);
      expect(Math.min(...gaps)).toBeGreaterThan(textWidth(' ', 'regular', size));
    }
    // The no-break space before the colon keeps its width instead of stretching.
    const first = words.filter((word) => word.yMin === lines[0]);
    const colon = first.findIndex((word) => word.text === ':');
    expect(first[colon]!.xMin - first[colon - 1]!.xMax).toBeCloseTo(noBreakSpace, 1);
    // The italic and bold words sit on the justified second line with the others.
    expect(words.filter((word) => word.yMin === lines[1]).map((word) => word.text)).toEqual(expect.arrayContaining(['informations', 'comme']));
  });

  it('breaks a single-face paragraph into as many lines as pdfkit, hyphenated where pdfkit would', () => {
    const doc = new PDFDocument({ autoFirstPage: false, font: '' });
    doc.registerFont('regular', loadFont('regular') as unknown as Uint8Array);
    handleSoftHyphens(doc);
    doc.font('regular').fontSize(fiche.styles.body.size);
    for (const width of [200, 320, 481]) {
      for (const prose of PROSE) {
        const value = hyphenateText(prose);
        const lines = breakRuns([{ text: value, font: 'regular', link: null }], fiche.styles.body.size, width);
        const height = doc.heightOfString(value, { width, lineGap: 0 });
        expect(lines.length, `${width} pt : ${prose.slice(0, 20)}`).toBe(Math.round(height / doc.currentLineHeight(true)));
        const drawn = lines.map((line) => line.pieces.map((piece) => piece.text).join(''));
        expect(drawn.join(' ').replace(/- ?/g, '').replace(/ +/g, ' ')).toBe(prose.replace(/-/g, ''));
        for (const line of drawn) expect(textWidth(line, 'regular', fiche.styles.body.size)).toBeLessThanOrEqual(width + 0.01);
      }
    }
  });

  it('cuts a word wider than the line between characters', () => {
    const url = 'https://www.exemple.fr/' + 'a'.repeat(120);
    const lines = breakRuns([{ text: `Voir ${url} ici.`, font: 'regular', link: null }], 10, 150);
    const drawn = lines.map((line) => line.pieces.map((piece) => piece.text).join(''));
    expect(drawn.join('').replace(/ /g, '')).toBe(`Voir${url}ici.`);
    for (const line of drawn) expect(textWidth(line, 'regular', 10)).toBeLessThanOrEqual(150.01);
    expect(lines.at(-1)!.last).toBe(true);
    expect(lines.slice(0, -1).every((line) => !line.last)).toBe(true);
  });
});
