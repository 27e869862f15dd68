import { Worker } from 'node:worker_threads';
import type { BatchRequest, BatchResult } from './batch.js';
import { errorFromData, YOUNG_HEAP_MB, type ErrorData } from './batch-pool.js';

/** The request as it crosses to the batch's thread: plain data (no signal, no callback). */
export type ThreadedRequest = Omit<BatchRequest, 'signal' | 'onProgress' | 'writers'>;

export type ThreadMessage = { kind: 'progress'; done: number; total: number } | { kind: 'result'; result: BatchResult } | { kind: 'error'; error: ErrorData };

/**
 * Old-generation heap of the batch's thread, in MB. Its live data is small (the kit, the fonts,
 * the communes, the plan: ~60 MB), but V8 sizes a heap from its limit: with the default limit
 * (a quarter of the RAM), 1,000 letters in one thread reached 410 MB of RSS, mostly garbage;
 * with this limit and YOUNG_HEAP_MB, 230 MB at the same speed.
 */
export const BATCH_HEAP_MB = 256;

/**
 * `generateBatch` in a thread of its own, so that its memory has a limit (a process cannot lower
 * its own heap limit once started; a worker thread gets one at birth). Progress and the result
 * come back as messages; aborting the signal (Ctrl-C) stops the batch as in one thread: the rows
 * written are kept, and the error says how to resume.
 */
export async function generateBatchInThread(request: BatchRequest): Promise<BatchResult> {
  // Run from the TypeScript sources (tests), there is no compiled thread to start.
  if (import.meta.url.endsWith('.ts')) return (await import('./batch.js')).generateBatch(request);
  const { signal, onProgress, writers, ...data } = request;
  if (writers) throw new Error('generateBatchInThread: writers cannot cross to a thread');
  const worker = new Worker(new URL('./batch-thread-worker.js', import.meta.url), {
    workerData: { request: data satisfies ThreadedRequest, aborted: signal?.aborted === true, progress: onProgress !== undefined },
    resourceLimits: { maxOldGenerationSizeMb: BATCH_HEAP_MB, maxYoungGenerationSizeMb: YOUNG_HEAP_MB },
  });
  const abort = () => worker.postMessage('abort');
  signal?.addEventListener('abort', abort, { once: true });
  return await new Promise<BatchResult>((resolve, reject) => {
    let settled = false;
    worker.on('message', (message: ThreadMessage) => {
      if (message.kind === 'progress') onProgress?.(message.done, message.total);
      else {
        settled = true;
        if (message.kind === 'result') resolve(message.result);
        else reject(errorFromData(message.error));
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      settled = true;
      reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new Error(`le publipostage a manqué de mémoire (${BATCH_HEAP_MB} Mo).`, { cause: error }) : error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`le fil du publipostage s’est arrêté (code ${code}).`));
    });
  }).finally(() => {
    signal?.removeEventListener('abort', abort);
    void worker.terminate();
  });
}
