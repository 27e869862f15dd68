/**
 * Visual snapshots: a few pages of the built-in kits, made by the built binary for the profile
 * test/fixtures/visual/commune.yaml at a fixed date, rasterized in grey at 30 dpi by Poppler
 * (`pdftoppm -r 30 -gray`) and compared with the reference images test/fixtures/visual/*.pgm.
 * A page fails when more than 1 % of its pixels differ by more than 64 grey levels: small
 * anti-aliasing differences pass, a moved, missing or resized block does not.
 *
 * After an intended change of the rendering, look at the new pages, then rewrite the references:
 *   UPDATE_VISUAL=1 npx vitest run test/e2e/visual.test.ts
 * (to view a reference: `pdftoppm -r 30 -png` on the PDF, or any image viewer that reads PGM).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EPOCH_2026_11_23, ROOT, runKit } from '../helpers/cli.js';
import { compareImages, readPgm } from '../helpers/raster.js';
import { tempDir } from '../helpers/tmpdir.js';

const UPDATE = process.env.UPDATE_VISUAL === '1';
const MAX_SHARE = 0.01;
const THRESHOLD = 64;
const REFERENCES = path.join(ROOT, 'test', 'fixtures', 'visual');
const PROFILE = path.join(REFERENCES, 'commune.yaml');

/** Snapshot name, kit, document, page (1-based), extra options of `kit generate`. */
const PAGES: [string, string, string, number, string[]][] = [
  ['resilience-lettre-maire-p1', 'resilience', 'lettre-maire', 1, []],
  ['dicrim-consignes-p1', 'dicrim', 'consignes', 1, []],
  ['dicrim-affiche-reflexes', 'dicrim', 'affiche-reflexes', 1, []],
  ['entraide-affiche-hall', 'entraide', 'affiche-hall', 1, []],
  ['heure-civique-flyer-2xA5', 'heure-civique', 'flyer', 1, ['--flyer', 'A4-2xA5']],
];

const poppler = spawnSync('pdftoppm', ['-v'], { encoding: 'utf8' }).status === 0;
// CI installs Poppler (.ci/run): there, its absence is a failure, not a skip.
const run = poppler || process.env.CI === 'true' ? describe : describe.skip;

/** One page of a PDF as 8-bit grey PGM bytes, 30 dpi. */
function rasterize(pdf: string, page: number, dir: string): Uint8Array {
  const base = path.join(dir, `${path.basename(pdf, '.pdf')}-${page}`);
  execFileSync('pdftoppm', ['-r', '30', '-gray', '-f', String(page), '-l', String(page), '-singlefile', pdf, base], { timeout: 60_000 });
  return new Uint8Array(readFileSync(`${base}.pgm`));
}

run('visual snapshots of built-in documents (pdftoppm, 30 dpi, grey)', () => {
  let dir = '';
  const pdfOf = (kit: string, document: string) => path.join(dir, 'sortie', kit, `${document}.pdf`);

  beforeAll(() => {
    dir = tempDir();
    const kits = new Map<string, { documents: string[]; options: string[] }>();
    for (const [, kit, document, , options] of PAGES) {
      const entry = kits.get(kit) ?? { documents: [], options };
      entry.documents.push(document);
      kits.set(kit, entry);
    }
    for (const [kit, { documents, options }] of kits) {
      const result = runKit(['generate', kit, '--profile', PROFILE, '--documents', documents.join(','), '--format', 'pdf', '--strict', ...options], {
        cwd: dir,
        env: { SOURCE_DATE_EPOCH: EPOCH_2026_11_23 },
      });
      if (result.status !== 0) throw new Error(`kit generate ${kit} : code ${result.status}\n${result.stderr}`);
    }
  });

  it.each(PAGES)('%s looks like its reference', (name, kit, document, page) => {
    const actual = rasterize(pdfOf(kit, document), page, dir);
    const reference = path.join(REFERENCES, `${name}.pgm`);
    if (UPDATE) writeFileSync(reference, actual);
    expect(existsSync(reference), `${reference} absente : lancez UPDATE_VISUAL=1 npx vitest run test/e2e/visual.test.ts`).toBe(true);
    const difference = compareImages(readPgm(actual), readPgm(new Uint8Array(readFileSync(reference))), THRESHOLD);
    if (difference.share > MAX_SHARE) {
      // Keep the actual image after the temporary folder is gone, to look at it.
      const kept = path.join(mkdtempSync(path.join(tmpdir(), 'kit-visual-')), `${name}.pgm`);
      writeFileSync(kept, actual);
      console.error(`${name} : image obtenue dans ${kept} (référence : ${reference})`);
    }
    expect(difference.sizeMismatch, `${name} : taille`).toBeUndefined();
    expect(difference.share, `${name} : part des pixels qui diffèrent de plus de ${THRESHOLD} niveaux de gris`).toBeLessThanOrEqual(MAX_SHARE);
  });

  it('tells pages apart: the letter is not the consignes sheet, nor the letter moved 8 mm down', () => {
    const letter = readPgm(new Uint8Array(readFileSync(path.join(REFERENCES, 'resilience-lettre-maire-p1.pgm'))));
    const sheet = readPgm(new Uint8Array(readFileSync(path.join(REFERENCES, 'dicrim-consignes-p1.pgm'))));
    expect(compareImages(sheet, letter, THRESHOLD).share).toBeGreaterThan(MAX_SHARE);
    // The letter with its page shifted down by 10 pixels (about 8 mm): one block moved.
    const shifted = new Uint8Array(letter.pixels.length).fill(255);
    shifted.set(letter.pixels.subarray(0, letter.pixels.length - 10 * letter.width), 10 * letter.width);
    expect(compareImages({ ...letter, pixels: shifted }, letter, THRESHOLD).share).toBeGreaterThan(MAX_SHARE);
  });
});
