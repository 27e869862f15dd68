import fc from 'fast-check';

/**
 * Property tests draw the same cases on every run (CI must not fail at random); set FC_SEED to
 * explore other cases locally, e.g. `FC_SEED=$RANDOM npx vitest run`. A failure prints the seed
 * and the shrunk counterexample, to be turned into a fixed case.
 */
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20_261_123) });
