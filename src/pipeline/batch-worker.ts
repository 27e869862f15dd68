// Worker thread of a batch (--jobs N, see batch-pool.ts): loads the kit, the writers and their
// fonts once, then renders and writes the rows it is given, replying with hashes, pages and the
// PDF bytes (transferred, not copied) for the merged print file.
import { parentPort, workerData } from 'node:worker_threads';
import { buildContext } from '../context/build.js';
import { loadKit, selectDocuments } from '../kits/load.js';
import { findKit, kitRoots } from '../kits/registry.js';
import { createTemplateEngine } from '../template/compile.js';
import { loadWriter } from '../writers/index.js';
import { errorToData, type RowTask, type WorkerReply, type WorkerSetup } from './batch-pool.js';
import { writeRow } from './batch-row.js';

const setup = workerData as WorkerSetup;
const port = parentPort!;

const ready = (async () => {
  const writers = await Promise.all(setup.formats.map((format) => loadWriter(format)));
  const kit = await loadKit(await findKit(setup.kit, kitRoots(setup.kitPaths, setup.cwd)), createTemplateEngine());
  return { writers, documents: selectDocuments(kit, setup.documents) };
})();
ready.catch(() => {}); // reported with each row

/** A buffer of its own, so that it can be transferred without taking a pool along. */
function own(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? bytes : new Uint8Array(bytes);
}

port.on('message', (task: RowTask) => {
  void (async () => {
    let reply: WorkerReply;
    const transfer: ArrayBuffer[] = [];
    try {
      const { writers, documents } = await ready;
      const outcome = await writeRow(documents, writers, buildContext(task.profile, setup.date), task.files, setup.options);
      for (const output of outcome.outputs) {
        if (output.pdf) {
          output.pdf = own(output.pdf);
          transfer.push(output.pdf.buffer as ArrayBuffer);
        }
      }
      reply = { id: task.id, outcome };
    } catch (error) {
      reply = { id: task.id, error: errorToData(error) };
    }
    port.postMessage(reply, transfer);
  })();
});
