import { open, type FileHandle } from 'node:fs/promises';
import { KitError } from '../diagnostics/index.js';

/** Size of the chunks read from the file: also the window in which the encoding is chosen. */
const CHUNK = 64 * 1024;

/** What tells two versions of a file apart without reading it again (a batch reads the CSV twice). */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
}

export interface CsvFileOptions {
  /** Called with the stamp of the file as opened (the first pass keeps it for the second). */
  onStamp?: (stamp: FileStamp) => void;
  /** The stamp the file must still have (second pass): otherwise a `CsvRead` error, before any byte is given. */
  expect?: FileStamp;
}

/**
 * The bytes of a CSV file, chunk by chunk, for `readRows`. The file is opened on the first
 * read and closed when reading ends or stops. Errors are `CsvRead` (exit code 6), naming the
 * file as `displayName` (the path as the user typed it). A file whose size or modification
 * time changes while it is read, or differs from `expect`, is a `CsvRead` error too: the rows
 * read would not be the rows planned.
 */
export async function* csvFileSource(path: string, displayName: string = path, options: CsvFileOptions = {}): AsyncGenerator<Uint8Array> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    const opened = await handle.stat();
    if (opened.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    const stamp = stampOf(opened);
    if (options.expect && !sameStamp(options.expect, stamp)) throw csvChangedError(displayName);
    options.onStamp?.(stamp);
    for await (const chunk of handle.createReadStream({ highWaterMark: CHUNK, autoClose: false, start: 0 })) {
      yield chunk as Buffer;
    }
    if (!sameStamp(stamp, stampOf(await handle.stat()))) throw csvChangedError(displayName);
  } catch (error) {
    if (error instanceof KitError) throw error;
    throw readError(error, displayName);
  } finally {
    await handle?.close();
  }
}

function stampOf(stats: { size: number; mtimeMs: number; ino: number }): FileStamp {
  return { size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino };
}

export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;
}

/** The CSV was modified (or replaced) between the check of every row and the writing of the letters. */
export function csvChangedError(name: string): KitError {
  return new KitError({
    code: 'CsvRead',
    message: `${name} a été modifié pendant le publipostage : ses lignes ne sont plus celles qui ont été vérifiées.`,
    location: { file: name },
    hint: 'fermez le fichier dans le tableur (ou attendez la fin de son enregistrement), puis relancez la commande ; avec --resume, les lettres déjà écrites sont gardées, --force les refait toutes.',
  });
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
