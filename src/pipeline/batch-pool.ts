import { Worker } from 'node:worker_threads';
import { KitError, type Diagnostic } from '../diagnostics/index.js';
import type { OutputFormat } from '../writers/index.js';
import { RowQueue } from './batch-queue.js';
import type { RowOptions, RowOutcome, RowRenderer, RowTask } from './batch-row.js';

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
 * Old-generation heap of a worker, in MB. A worker holds the kit, the fonts, the shared shaping
 * cache and the print file it is putting together (~40 MB live): without a limit V8 lets garbage pile
 * up to hundreds of MB per thread before collecting; much closer to the live size, it collects
 * all the time (64 MB: a third slower).
 */
export const WORKER_HEAP_MB = 96;

/**
 * Young generation of each thread of a batch, in MB (V8's default is 32 to 64 on 64-bit): most of
 * a row's objects die young, and a smaller nursery is collected more often at little cost
 * (10,000 letters, 2 threads: default 117 s and 371 MB peak RSS; 16 MB 96 s, 313 MB; 12 MB
 * 99 s, 288 MB; 8 MB was 12 % slower).
 */
export const YOUNG_HEAP_MB = 12;

/** Where rows are rendered: a worker thread, or this thread (RowQueue). */
interface Slot {
  /** Rows given and not finished. */
  readonly size: number;
  run(task: RowTask): Promise<RowOutcome>;
  close(): Promise<void>;
}

/** How long a stopping worker may take to finish its rows. */
const STOP_TIMEOUT_MS = 10_000;

const STOPPED = () => new Error('publipostage : fils de calcul arrêtés.');

/** A worker thread (`batch-worker.ts`) and the rows it was given. */
class WorkerSlot implements Slot {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (outcome: RowOutcome) => void; reject: (error: Error) => void }>();
  private closed = false;
  /** Resolves when the thread has ended, whatever the reason. */
  private readonly exited: Promise<void>;

  constructor(setup: WorkerSetup) {
    this.worker = new Worker(new URL('./batch-worker.js', import.meta.url), { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: YOUNG_HEAP_MB } });
    this.worker.on('message', (reply: WorkerReply) => {
      const pending = this.pending.get(reply.id);
      if (!pending) return;
      this.pending.delete(reply.id);
      if ('error' in reply) pending.reject(errorFromData(reply.error));
      else pending.resolve(reply.outcome);
    });
    this.worker.on('error', (error: Error & { code?: string }) =>
      this.fail(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new Error(`un fil de calcul du publipostage a manqué de mémoire (${WORKER_HEAP_MB} Mo) ; relancez avec --jobs 1.`, { cause: error }) : error),
    );
    this.exited = new Promise((resolve) =>
      this.worker.on('exit', (code) => {
        if (!this.closed) this.fail(new Error(`un fil de calcul du publipostage s’est arrêté (code ${code}).`));
        resolve();
      }),
    );
  }

  get size(): number {
    return this.pending.size;
  }

  run(task: RowTask): Promise<RowOutcome> {
    return new Promise((resolve, reject) => {
      this.pending.set(task.id, { resolve, reject });
      this.worker.postMessage(task);
    });
  }

  /** Lets the worker finish the rows it started (no half-written file), then it ends. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // Ended already (out of memory, crashed): nothing to wait for.
    this.worker.postMessage('stop');
    // A worker stuck for good (it never is: a row takes milliseconds) is ended all the same.
    const timer = setTimeout(() => void this.worker.terminate(), STOP_TIMEOUT_MS);
    await this.exited;
    clearTimeout(timer);
    this.fail(STOPPED());
  }

  private fail(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}

/** This thread's own renderer. */
class LocalSlot implements Slot {
  constructor(private readonly queue: RowQueue) {}

  get size(): number {
    return this.queue.size;
  }

  run(task: RowTask): Promise<RowOutcome> {
    return this.queue.run(task);
  }

  close(): Promise<void> {
    return this.queue.stop(STOPPED());
  }
}

/**
 * The threads rendering a batch's rows: this thread (its renderer given as `local`) and
 * `workers` worker threads. `run` gives a row to the slot that has its group (the rows of one
 * print file must be drawn by one renderer, in order), or, for the first row of a group, to the
 * least busy slot; the caller bounds how many rows are in flight (back-pressure). `close`
 * drops the rows not started and waits for the others.
 */
export class BatchPool {
  private readonly slots: Slot[];
  private closed = false;
  private readonly groups = new Map<number, Slot>();

  constructor(workers: number, setup: WorkerSetup, local: Promise<RowRenderer>) {
    this.slots = [new LocalSlot(new RowQueue(local)), ...Array.from({ length: workers }, () => new WorkerSlot(setup))];
  }

  /** Renders `task` in the slot of `group`; `last`: no more rows of this group will come. */
  run(task: RowTask, group: number, last: boolean): Promise<RowOutcome> {
    if (this.closed) return Promise.reject(STOPPED());
    // On a tie, a worker rather than this thread, which also reads the CSV.
    const slot = this.groups.get(group) ?? this.slots.reduce((best, candidate) => (candidate.size <= best.size ? candidate : best));
    if (last) this.groups.delete(group);
    else this.groups.set(group, slot);
    return slot.run(task);
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((slot) => slot.close()));
  }
}
