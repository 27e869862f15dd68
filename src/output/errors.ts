import { KitError } from '../diagnostics/index.js';

const REASONS: Record<string, { message: string; hint: string }> = {
  EACCES: { message: 'accès refusé', hint: 'choisissez un autre dossier avec --out, ou vérifiez les droits du dossier.' },
  EPERM: { message: 'opération refusée', hint: 'fermez le fichier s’il est ouvert dans un autre logiciel (Word, lecteur PDF), puis relancez.' },
  EBUSY: { message: 'fichier occupé', hint: 'fermez le fichier s’il est ouvert dans un autre logiciel, puis relancez.' },
  ENOSPC: { message: 'disque plein', hint: 'libérez de la place ou choisissez un autre dossier avec --out.' },
  EROFS: { message: 'disque en lecture seule', hint: 'choisissez un autre dossier avec --out.' },
  ENOTDIR: { message: 'un fichier porte le nom d’un dossier attendu', hint: 'choisissez un autre dossier avec --out.' },
  EISDIR: { message: 'un dossier porte déjà ce nom', hint: 'renommez ou déplacez ce dossier, ou choisissez un autre dossier avec --out.' },
  EEXIST: { message: 'le fichier existe déjà', hint: 'ajoutez --force pour le remplacer.' },
};

/** Maps a file-system error to a French KitError (exit 7), naming the file. */
export function fileSystemError(error: unknown, displayPath: string): KitError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
  const reason = REASONS[code] ?? { message: `écriture impossible (${code || String(error)})`, hint: 'vérifiez le dossier de sortie.' };
  return new KitError({ code: 'OutputWrite', message: `${displayPath} : ${reason.message}.`, location: { file: displayPath }, hint: reason.hint }, { cause: error });
}
