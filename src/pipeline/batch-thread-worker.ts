// The batch's own thread (see batch-thread.ts): runs generateBatch with the request it was
// given, reports progress, then the result or the error, as plain data.
import { parentPort, workerData } from 'node:worker_threads';
import { generateBatch } from './batch.js';
import { errorToData } from './batch-pool.js';
import type { ThreadedRequest, ThreadMessage } from './batch-thread.js';

const { request, aborted } = workerData as { request: ThreadedRequest; aborted: boolean };
const port = parentPort!;
const controller = new AbortController();
if (aborted) controller.abort();
port.on('message', (message: unknown) => {
  if (message === 'abort') controller.abort();
});
const send = (message: ThreadMessage) => port.postMessage(message);

try {
  const result = await generateBatch({ ...request, signal: controller.signal, onProgress: (done, total) => send({ kind: 'progress', done, total }) });
  send({ kind: 'result', result });
} catch (error) {
  send({ kind: 'error', error: errorToData(error) });
}
port.close();
