import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileSystemError } from './errors.js';

/**
 * Writes one file atomically: in full under a temporary name beside it, then put in place —
 * by `link` (fails if the file exists: never a silent overwrite) or, with `replace`, by
 * `rename`. A crash or a kill at any moment leaves either the old state or the whole new file,
 * never a truncated one: what a resumed batch relies on.
 *
 * Synchronous: its callers are a batch's threads, which have nothing else to do meanwhile, and
 * a file written through fs/promises costs two to three times the time (four trips through
 * libuv's thread pool and their promises, measured on 60 kB letters).
 */
export function writeFileAtomic(target: string, bytes: Uint8Array, options: { replace: boolean; displayPath: string }): void {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    try {
      writeFileSync(temp, bytes, { flag: 'wx' });
    } catch (error) {
      // The folder usually exists (a batch writes thousands of files into one): make it only
      // when the write says it is missing.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(temp, bytes, { flag: 'wx' });
    }
    if (options.replace) renameSync(temp, target);
    else {
      linkSync(temp, target);
      unlinkSync(temp);
    }
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Not written, or already gone.
    }
    throw fileSystemError(error, options.displayPath);
  }
}
