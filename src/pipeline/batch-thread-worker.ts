// The batch's own thread (see batch-thread.ts): runs generateBatch with the request it was
// given, reports progress, then the result or the error, as plain data.
import { parentPort, workerData } from 'node:worker_threads';
import { generateBatch } from './batch.js';
import { errorToData } from './batch-pool.js';
import type { ThreadedRequest, ThreadMessage } from './batch-thread.js';

const { request, aborted, progress } = workerData as { request: ThreadedRequest; aborted: boolean; progress: boolean };
const port = parentPort!;
const controller = new AbortController();
if (aborted) controller.abort();
port.on('message', (message: unknown) => {
  if (message === 'abort') controller.abort();
});
const send = (message: ThreadMessage) => port.postMessage(message);

/** Progress at most this often (a bar redrawn per row cost a message per row), and at the end. */
const PROGRESS_EVERY_MS = 50;
let lastProgress = -Infinity;
function onProgress(done: number, total: number): void {
  const now = performance.now();
  if (done < total && now - lastProgress < PROGRESS_EVERY_MS) return;
  lastProgress = now;
  send({ kind: 'progress', done, total });
}

try {
  const result = await generateBatch({ ...request, signal: controller.signal, ...(progress && { onProgress }) });
  send({ kind: 'result', result });
} catch (error) {
  send({ kind: 'error', error: errorToData(error) });
}
port.close();
