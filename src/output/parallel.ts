/**
 * Calls on the file system made at once by `eachInParallel`. Checking or placing a batch's files
 * is three or four calls per file that wait on the file system (tens of microseconds each, almost
 * none of it processor time): one file at a time, 35,000 letters took seconds before the first
 * row and about ten after the last.
 */
const PARALLEL = 16;

/**
 * Calls `act` on each item, PARALLEL at a time, in order. After a failure no item is started and
 * the ones running are waited for. Returns how many items were started, and the first failure
 * with its item.
 */
export async function eachInParallel<T>(items: Iterable<T>, act: (item: T, index: number) => Promise<void>): Promise<{ started: number; failure?: { error: unknown; item: T } }> {
  let failure: { error: unknown; item: T } | undefined;
  let running: Promise<void>[] = [];
  let started = 0;
  for (const item of items) {
    const index = started++;
    running.push(act(item, index).catch((error: unknown) => void (failure ??= { error, item })));
    if (running.length === PARALLEL) {
      await Promise.all(running);
      running = [];
      if (failure) break;
    }
  }
  await Promise.all(running);
  return { started, ...(failure && { failure }) };
}
