import { randomBytes } from 'node:crypto';
import { link, mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileSystemError } from './errors.js';

/**
 * The number of a temporary name (8 hex digits, as batch.ts expects them): drawn at random once
 * per thread, then counted up — drawing 4 random bytes for each of a batch's files showed in its
 * profile. The temporary name is the file's own, the process's id and this number; a name that
 * exists anyway is refused (`wx`), never overwritten.
 */
let lastNumber = randomBytes(4).readUInt32BE();
function temporaryNumber(): string {
  lastNumber = (lastNumber + 1) >>> 0;
  return lastNumber.toString(16).padStart(8, '0');
}

/**
 * Writes one file atomically: in full under a temporary name beside it, then put in place —
 * by `link` (fails if the file exists: never a silent overwrite) or, with `replace`, by
 * `rename`. A crash or a kill at any moment leaves either the old state or the whole new file,
 * never a truncated one: what a resumed batch relies on.
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array, options: { replace: boolean; displayPath: string }): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${temporaryNumber()}.tmp`);
  try {
    // The folder usually exists (a batch writes thousands of files into one): make it only when
    // the write says it is missing.
    await writeFile(temp, bytes, { flag: 'wx' }).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(temp, bytes, { flag: 'wx' });
    });
    if (options.replace) await rename(temp, target);
    else {
      await link(temp, target);
      await unlink(temp);
    }
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw fileSystemError(error, options.displayPath);
  }
}
