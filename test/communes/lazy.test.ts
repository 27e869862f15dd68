import type * as NodeFs from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Count reads of the data file through node:fs, whatever the module reading it.
const reads = vi.hoisted(() => ({ paths: [] as string[] }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof NodeFs>();
  const readFileSync = ((path: Parameters<typeof fs.readFileSync>[0], ...rest: unknown[]) => {
    reads.paths.push(String(path));
    return (fs.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});

const dataReads = (): number => reads.paths.filter((p) => p.endsWith('communes.json')).length;

describe('lazy loading of the commune data', () => {
  beforeEach(() => {
    vi.resetModules();
    reads.paths.length = 0;
  });

  it('does not read the data when the module is imported', async () => {
    const communes = await import('../../src/communes/index.js');
    expect(communes.communesLoadStats().loads).toBe(0);
    expect(dataReads()).toBe(0);
    // Functions that need no data do not load it either.
    expect(communes.deForm({ nom: 'Le Havre', tncc: 2 })).toBe('du Havre');
    expect(communes.byInseeCode('1001').commune).toBeUndefined();
    expect(communes.byPostalCode('abc')).toEqual([]);
    expect(communes.byName('')).toEqual([]);
    expect(dataReads()).toBe(0);
  });

  it('reads and indexes the data once, on the first lookup', async () => {
    const communes = await import('../../src/communes/index.js');
    expect(communes.byInseeCode('2A004').commune?.nom).toBe('Ajaccio');
    expect(communes.communesLoadStats().loads).toBe(1);
    expect(dataReads()).toBe(1);
    communes.byName('Sainte-Colombe');
    communes.byPostalCode('51300');
    communes.search('356');
    expect(communes.communesLoadStats().loads).toBe(1);
    expect(dataReads()).toBe(1);
  });

  it('returns the same commune object for the same code', async () => {
    const communes = await import('../../src/communes/index.js');
    const a = communes.byInseeCode('75056').commune;
    const b = communes.byName('Paris')[0]?.commune;
    expect(a).toBeDefined();
    expect(b).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
  });

  it('keeps the last few thousand communes looked up, not all: a batch of every commune stays flat', async () => {
    const communes = await import('../../src/communes/index.js');
    const paris = communes.byInseeCode('75056').commune;
    const all = communes.allCommunes();
    expect(all.length).toBeGreaterThan(34_000);
    const { kept } = communes.communesLoadStats();
    expect(kept).toBeGreaterThan(1_000);
    expect(kept).toBeLessThan(all.length / 4);
    // Paris, materialised again once dropped: the same commune.
    expect(communes.byInseeCode('75056').commune).toEqual(paris);
  });
});
