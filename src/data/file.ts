import { open, type FileHandle } from 'node:fs/promises';
import { KitError } from '../diagnostics/index.js';

/** Size of the chunks read from the file: also the window in which the encoding is chosen. */
const CHUNK = 64 * 1024;

/**
 * The bytes of a CSV file, chunk by chunk, for `readRows`. The file is opened on the first
 * read and closed when reading ends or stops. Errors are `CsvRead` (exit code 6), naming the
 * file as `displayName` (the path as the user typed it).
 */
export async function* csvFileSource(path: string, displayName: string = path): AsyncGenerator<Uint8Array> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    if ((await handle.stat()).isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    for await (const chunk of handle.createReadStream({ highWaterMark: CHUNK, autoClose: false, start: 0 })) {
      yield chunk as Buffer;
    }
  } catch (error) {
    if (error instanceof KitError) throw error;
    throw readError(error, displayName);
  } finally {
    await handle?.close();
  }
}

function readError(error: unknown, name: string): KitError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const location = { file: name };
  const cause = { cause: error };
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new KitError({ code: 'CsvRead', message: `fichier CSV introuvable : ${name}`, location, hint: 'vérifiez le chemin donné à --csv.' }, cause);
    case 'EISDIR':
      return new KitError({ code: 'CsvRead', message: `${name} est un dossier, pas un fichier CSV.`, location, hint: 'indiquez le fichier lui-même, par exemple --csv maires.csv.' }, cause);
    case 'EACCES':
    case 'EPERM':
      return new KitError(
        { code: 'CsvRead', message: `fichier CSV illisible : ${name} (accès refusé).`, location, hint: 'vérifiez les droits de lecture, ou fermez le fichier s’il est ouvert dans un tableur qui le verrouille.' },
        cause,
      );
    default:
      return new KitError({ code: 'CsvRead', message: `lecture du fichier CSV impossible : ${name}${code ? ` (${code})` : ''}.`, location, hint: 'vérifiez le chemin donné à --csv.' }, cause);
  }
}
