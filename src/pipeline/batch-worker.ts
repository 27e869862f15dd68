// Worker thread of a batch (--jobs N, see batch-pool.ts): loads the kit, the writers and their
// fonts once, then renders and writes the rows it is given, in the order given (RowQueue),
// replying with the files' hashes and pages.
import { parentPort, workerData } from 'node:worker_threads';
import { loadKit, selectDocuments } from '../kits/load.js';
import { findKit, kitRoots } from '../kits/registry.js';
import { createTemplateEngine } from '../template/compile.js';
import { loadWriter } from '../writers/index.js';
import { errorToData, type WorkerReply, type WorkerSetup } from './batch-pool.js';
import { RowQueue } from './batch-queue.js';
import { RowRenderer, type RowTask } from './batch-row.js';

const setup = workerData as WorkerSetup;
const port = parentPort!;

const queue = new RowQueue(
  (async () => {
    const writers = await Promise.all(setup.formats.map((format) => loadWriter(format)));
    const kit = await loadKit(await findKit(setup.kit, kitRoots(setup.kitPaths, setup.cwd)), createTemplateEngine());
    return RowRenderer.create(selectDocuments(kit, setup.documents), writers, setup.date, setup.options);
  })(),
);

const reply = (message: WorkerReply) => port.postMessage(message);

/** `stop`: drop the rows not started, finish the others, then end (see BatchPool.close). */
port.on('message', (task: RowTask | 'stop') => {
  if (task === 'stop') {
    void queue.stop(new Error('publipostage arrêté')).then(() => process.exit(0));
    return;
  }
  queue.run(task).then(
    (outcome) => reply({ id: task.id, outcome }),
    (error: unknown) => reply({ id: task.id, error: errorToData(error) }),
  );
});
