import { Worker } from 'node:worker_threads';
import type { Profile } from '../profile/complete.js';
import { KitError, type Diagnostic } from '../diagnostics/index.js';
import type { OutputFormat } from '../writers/index.js';
import type { PlannedRowFile } from './batch-plan.js';
import type { RowOptions, RowOutcome } from './batch-row.js';

/** What every worker needs to render rows: it loads the kit and the writers once. */
export interface WorkerSetup {
  kit: string;
  kitPaths: readonly string[];
  cwd: string;
  documents?: readonly string[];
  formats: readonly OutputFormat[];
  date: string;
  options: RowOptions;
}

export interface RowTask {
  id: number;
  profile: Profile;
  files: readonly PlannedRowFile[];
}

/** An error crossing threads as plain data: a KitError keeps its diagnostics. */
export type ErrorData = { diagnostics: readonly Diagnostic[] } | { message: string; stack?: string };

export type WorkerReply = { id: number; outcome: RowOutcome } | { id: number; error: ErrorData };

export function errorToData(error: unknown): ErrorData {
  if (error instanceof KitError) return { diagnostics: error.diagnostics };
  if (error instanceof Error) return { message: error.message, ...(error.stack !== undefined && { stack: error.stack }) };
  return { message: String(error) };
}

export function errorFromData(data: ErrorData): Error {
  if ('diagnostics' in data) return new KitError([...data.diagnostics]);
  const error = new Error(data.message);
  if (data.stack !== undefined) error.stack = data.stack;
  return error;
}

/**
 * Old-generation heap of a worker, in MB. A worker holds the kit, the fonts and one row at a
 * time: without a limit V8 lets garbage pile up to hundreds of MB per thread before collecting
 * (measured: peak RSS of 2,000 letters with 2 workers 630 MB without, 520 MB at 96, 420 MB at 64).
 */
export const WORKER_HEAP_MB = 64;

interface Pending {
  resolve: (outcome: RowOutcome) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

/**
 * N worker threads rendering rows (`batch-worker.ts`). `run` gives a row to the least busy
 * worker; the caller bounds how many rows are in flight (back-pressure). `close` terminates them.
 */
export class BatchPool {
  private readonly slots: Slot[];
  private closed = false;

  constructor(size: number, setup: WorkerSetup) {
    const entry = new URL('./batch-worker.js', import.meta.url);
    this.slots = Array.from({ length: size }, () => {
      const slot: Slot = { worker: new Worker(entry, { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } }), pending: new Map() };
      slot.worker.on('message', (reply: WorkerReply) => {
        const pending = slot.pending.get(reply.id);
        if (!pending) return;
        slot.pending.delete(reply.id);
        if ('error' in reply) pending.reject(errorFromData(reply.error));
        else pending.resolve(reply.outcome);
      });
      const fail = (error: Error) => {
        for (const pending of slot.pending.values()) pending.reject(error);
        slot.pending.clear();
      };
      slot.worker.on('error', (error: Error & { code?: string }) =>
        fail(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new Error(`un fil de calcul du publipostage a manqué de mémoire (${WORKER_HEAP_MB} Mo) ; relancez avec --jobs 1.`, { cause: error }) : error),
      );
      slot.worker.on('exit', (code) => {
        if (!this.closed) fail(new Error(`un fil de calcul du publipostage s’est arrêté (code ${code}).`));
      });
      return slot;
    });
  }

  run(task: RowTask): Promise<RowOutcome> {
    if (this.closed) return Promise.reject(new Error('publipostage : fils de calcul arrêtés.'));
    const slot = this.slots.reduce((best, candidate) => (candidate.pending.size < best.pending.size ? candidate : best));
    return new Promise((resolve, reject) => {
      slot.pending.set(task.id, { resolve, reject });
      slot.worker.postMessage(task);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(
      this.slots.map(async (slot) => {
        await slot.worker.terminate();
        for (const pending of slot.pending.values()) pending.reject(new Error('publipostage : fils de calcul arrêtés.'));
        slot.pending.clear();
      }),
    );
  }
}
