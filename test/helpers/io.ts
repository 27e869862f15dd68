import { Chalk } from 'chalk';
import type { Io } from '../../src/cli/io.js';

/** An in-memory terminal for running commands in-process. */
export function memoryIo(cwd: string, env: NodeJS.ProcessEnv = {}): Io & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    env,
    cwd,
    color: new Chalk({ level: 0 }),
    out: () => out,
    err: () => err,
  };
}
