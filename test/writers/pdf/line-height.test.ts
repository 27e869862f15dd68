import { describe, expect, it } from 'vitest';
import { lettre } from '../../../src/layout/index.js';
import { pdfWriter } from '../../../src/writers/pdf/index.js';
import { readPdf } from '../../helpers/pdf.js';
import { para, sampleLetter, text } from './sample.js';

const PT = 25.4 / 72;

describe('PDF line height', () => {
  it('puts the baselines of a wrapped paragraph exactly 14.5 pt apart, across fonts and breaks', async () => {
    const words = 'Les bons réflexes face aux risques majeurs se préparent avant la crise. '.repeat(6);
    const document = sampleLetter([
      para(
        text(words),
        { type: 'strong', children: [text(words)] },
        { type: 'break' },
        { type: 'emphasis', children: [text(words)] },
      ),
    ]);
    const [page] = (await readPdf((await pdfWriter.write(document, {})).bytes)).pages;
    const body = page!.items.filter((it) => it.yTopMm > lettre.bodyTop + 1 && it.xMm < 100);
    const baselines = [...new Set(body.map((it) => Math.round(it.yBaselineMm * 1000) / 1000))].sort((a, b) => a - b);
    expect(baselines.length).toBeGreaterThanOrEqual(8);
    for (let i = 1; i < baselines.length; i++) {
      expect((baselines[i]! - baselines[i - 1]!) / PT).toBeCloseTo(lettre.styles.body.lineHeight, 1);
    }
    for (const item of body) expect(item.fontSizePt).toBeCloseTo(lettre.styles.body.size, 3);
  });
});
