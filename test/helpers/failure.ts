import { KitError } from '../../src/diagnostics/index.js';

/** The KitError `run` throws; any other outcome fails the test. */
export function kitFailure(run: () => unknown): KitError {
  try {
    run();
  } catch (error) {
    if (error instanceof KitError) return error;
    throw error;
  }
  throw new Error('une KitError était attendue, rien n’a été levé');
}

/** The KitError the promise of `run` rejects with; any other outcome fails the test. */
export async function kitRejection(run: () => Promise<unknown>): Promise<KitError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof KitError) return error;
    throw error;
  }
  throw new Error('une KitError était attendue, rien n’a été levé');
}
