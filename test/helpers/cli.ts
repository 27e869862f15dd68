import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/kit.js', import.meta.url));

export interface KitRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built binary as a user would (`node bin/kit.js …`), without a terminal. */
export function runKit(args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): KitRun {
  if (!existsSync(new URL('../../dist/cli/main.js', import.meta.url))) {
    throw new Error('dist/ absent : lancez « npm run build » (npm test le fait).');
  }
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...options.env };
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd, env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** SOURCE_DATE_EPOCH of 23 November 2026, 09:00 UTC. */
export const EPOCH_2026_11_23 = String(Date.UTC(2026, 10, 23, 9) / 1000);
