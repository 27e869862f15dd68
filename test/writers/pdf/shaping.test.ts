import { describe, expect, it } from 'vitest';
import { pdfWriter } from '../../../src/writers/pdf/index.js';
import { SharedWordCache, shapingCache } from '../../../src/writers/pdf/shaping.js';
import { para, sampleLetter, text } from './sample.js';

describe('shared shaping cache', () => {
  it('is shared by the documents of a process', async () => {
    await pdfWriter.write(sampleLetter(), {});
    const before = shapingCache.size('regular');
    expect(before).toBeGreaterThan(50);
    await pdfWriter.write(sampleLetter(), {});
    expect(shapingCache.size('regular')).toBe(before);
    await pdfWriter.write(sampleLetter([para(text('Xylophone zygomatique'))]), {});
    expect(shapingCache.size('regular')).toBeGreaterThan(before);
  });

  it('starts over once it holds more than its bound', () => {
    const cache = new SharedWordCache(10, 2);
    const first = cache.forDocument('bold');
    for (let i = 0; i < 11; i++) first[`mot${i} `] = {};
    expect(cache.forDocument('bold')).toBe(first); // checked every 2 documents
    const next = cache.forDocument('bold');
    expect(next).not.toBe(first);
    expect(cache.size('bold')).toBe(0);
    expect(cache.forDocument('italic')).not.toBe(next);
  });
});
