import { Chalk, type ChalkInstance } from 'chalk';

/** The terminal as the commands see it: injected, so that tests run commands in-process. */
export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  color: ChalkInstance;
}

/** No colour when NO_COLOR is set, TERM is dumb, or stderr is not a terminal (pipes, CI logs). */
export function colorFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): ChalkInstance {
  const enabled = stream.isTTY === true && env.NO_COLOR === undefined && env.TERM !== 'dumb' && env.FORCE_COLOR !== '0';
  return new Chalk({ level: enabled ? 1 : 0 });
}

export function processIo(): Io {
  // `kit … | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    color: colorFor(process.stderr, process.env),
  };
}
