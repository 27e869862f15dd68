import { describe, expect, it } from 'vitest';
import { BatchPool } from '../../src/pipeline/batch-pool.js';
import type { RowOptions, RowRenderer, RowTask } from '../../src/pipeline/batch-row.js';

const options: RowOptions = {
  resume: false,
  force: false,
  write: {},
  render: { print: { poster: 'A4', flyer: 'A4-2xA5', bleed: false }, imageDirs: [] },
  volume: { title: 'essai', date: new Date(0), duplex: false },
};
const setup = { kit: 'resilience', kitPaths: [], cwd: process.cwd(), formats: ['pdf' as const], date: '2026-11-23', options };
const task = (id: number): RowTask => ({ id, profile: {} as RowTask['profile'], files: [], volumes: [] });

describe('BatchPool', () => {
  it('a worker that dies fails its rows, and closing the pool does not wait for it', async () => {
    // From the TypeScript sources there is no compiled worker to start: the thread dies at once,
    // as it would out of memory.
    const never = new Promise<RowRenderer>(() => {});
    const pool = new BatchPool(1, setup, never);
    // Group 0 goes to the worker (on a tie, a worker rather than this thread).
    await expect(pool.run(task(0), 0, false)).rejects.toThrow();
    const started = Date.now();
    await pool.close();
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('drops the rows this thread has not started when closed', async () => {
    const never = new Promise<RowRenderer>(() => {});
    const pool = new BatchPool(0, setup, never);
    const row = pool.run(task(0), 0, true);
    await pool.close();
    await expect(row).rejects.toThrow('arrêtés');
  });
});
