import type { RowOutcome, RowRenderer, RowTask } from './batch-row.js';

/**
 * Rows one renderer works on at once: two, so that one row's files are written while the next
 * is drawn. More would only hold more rows in memory: drawing is synchronous.
 */
export const CONCURRENT_ROWS = 2;

interface Queued {
  task: RowTask;
  resolve: (outcome: RowOutcome) => void;
  reject: (error: unknown) => void;
}

/**
 * The rows given to one renderer (a worker thread's, or the batch thread's own), started in the
 * order given, CONCURRENT_ROWS at a time. Order matters: a print file's rows are drawn in CSV
 * order, and `RowRenderer.run` draws a row before its first await, so starting rows in order is
 * drawing them in order. Rows may be given before the renderer is ready (loading the kit and
 * the fonts): they wait.
 */
export class RowQueue {
  private renderer: RowRenderer | undefined;
  private failure: unknown;
  private running = 0;
  private backlog: Queued[] = [];
  private idleWaiters: (() => void)[] = [];

  constructor(ready: Promise<RowRenderer>) {
    ready.then(
      (renderer) => {
        this.renderer = renderer;
        this.pump();
      },
      (error: unknown) => {
        this.failure = error ?? new Error('renderer set-up failed');
        this.pump();
      },
    );
  }

  /** Rows given and not finished. */
  get size(): number {
    return this.running + this.backlog.length;
  }

  run(task: RowTask): Promise<RowOutcome> {
    return new Promise((resolve, reject) => {
      this.backlog.push({ task, resolve, reject });
      this.pump();
    });
  }

  /**
   * Stops: the rows not started are rejected with `error`; resolves once the rows started are
   * done (their files written or their temporary files removed: a batch stopped on an error or
   * by Ctrl-C leaves no half-written file).
   */
  stop(error: Error): Promise<void> {
    for (const queued of this.backlog.splice(0)) queued.reject(error);
    if (this.running === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private pump(): void {
    if (!this.renderer && this.failure === undefined) return;
    while (this.running < CONCURRENT_ROWS && this.backlog.length > 0) {
      const { task, resolve, reject } = this.backlog.shift()!;
      if (!this.renderer) {
        reject(this.failure);
        continue;
      }
      this.running++;
      this.renderer
        .run(task)
        .then(resolve, reject)
        .finally(() => {
          this.running--;
          if (this.running === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
          // The next row after a turn of the event loop: a row's work may resolve entirely in
          // microtasks (a writer that never waits on I/O), and a stop (Ctrl-C, an error
          // elsewhere) arrives as a message, which must not wait for the whole backlog.
          setImmediate(() => this.pump());
        });
    }
  }
}
