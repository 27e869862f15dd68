import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/document/ast.js';
import { affiche, flyer } from '../../src/layout/index.js';
import { countLines, fitBlocks, measureBlocks, scaleType, textWidth } from '../../src/writers/fit.js';

const para = (value: string): Block => ({ type: 'paragraph', children: [{ type: 'text', value }] });
const SENTENCE = 'Le samedi 14 mars, venez planter des arbres avec nous dans le parc de la mairie. Apportez vos gants.';
const body = (count: number): Block[] => Array.from({ length: count }, () => para(SENTENCE));
const zone = { width: affiche.body.width, height: affiche.body.height };

describe('fitBlocks', () => {
  it('keeps full size when the text fits', () => {
    const fit = fitBlocks(body(3), zone, affiche, affiche.fit);
    expect(fit).toMatchObject({ scale: 1, overflow: false });
    expect(fit.height).toBeGreaterThan(0);
    expect(fit.height).toBeLessThanOrEqual(zone.height);
  });

  it('shrinks the type to the largest step that fits', () => {
    const blocks = body(11);
    expect(measureBlocks(blocks, zone.width, affiche)).toBeGreaterThan(zone.height);
    const fit = fitBlocks(blocks, zone, affiche, affiche.fit);
    expect(fit.overflow).toBe(false);
    expect(fit.scale).toBeLessThan(1);
    expect(fit.scale).toBeGreaterThanOrEqual(affiche.fit.minScale);
    expect(fit.height).toBeLessThanOrEqual(zone.height);
    // One step larger would not fit.
    const larger = scaleType(affiche, fit.scale + affiche.fit.step);
    expect(measureBlocks(blocks, zone.width, larger)).toBeGreaterThan(zone.height);
  });

  it('reports an overflow at the smallest scale', () => {
    const fit = fitBlocks(body(40), zone, affiche, affiche.fit);
    expect(fit).toMatchObject({ scale: affiche.fit.minScale, overflow: true });
    expect(fit.height).toBeGreaterThan(zone.height);
  });

  it('grows with the text and with narrower columns', () => {
    expect(measureBlocks(body(4), 128, flyer)).toBeGreaterThan(measureBlocks(body(2), 128, flyer));
    expect(measureBlocks(body(2), 60, flyer)).toBeGreaterThan(measureBlocks(body(2), 128, flyer));
  });
});

describe('countLines', () => {
  it('wraps greedily at spaces: a line holds what fits', () => {
    const words = [{ text: 'un deux trois quatre', font: 'regular' as const }];
    const full = textWidth('un deux trois quatre', 'regular', 10);
    expect(countLines(words, full + 1, 10)).toBe(1);
    expect(countLines(words, textWidth('un deux trois ', 'regular', 10) + 0.1, 10)).toBe(2);
  });

  it('breaks at soft hyphens, counting the hyphen drawn', () => {
    const word = [{ text: 'aa bb cons\u00adtruc\u00adtion', font: 'regular' as const }];
    const width = textWidth('aa bb cons-', 'regular', 10) + 0.1;
    expect(countLines(word, width, 10)).toBe(2);
  });
});
