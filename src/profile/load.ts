import { open } from 'node:fs/promises';
import { KitError, type Diagnostic } from '../diagnostics/index.js';
import { LIMITS } from './limits.js';
import { completeProfile, type Profile } from './complete.js';
import { parseProfile, tooLarge } from './parse.js';

/**
 * Reads and validates the profile at `path`. Locations and messages name the file as
 * `displayName` (by default the path exactly as the user gave it: never made absolute here).
 */
export async function loadProfile(path: string, displayName: string = path): Promise<{ profile: Profile; warnings: Diagnostic[] }> {
  const parsed = parseProfile(await readProfileFile(path, displayName), displayName);
  const completed = completeProfile(parsed.profile, parsed.locate);
  return { profile: completed.profile, warnings: [...parsed.warnings, ...completed.warnings] };
}

async function readProfileFile(path: string, name: string): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
    const stats = await handle.stat();
    if (stats.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    if (stats.size > LIMITS.maxBytes) throw tooLarge(stats.size, name);
    return await handle.readFile();
  } catch (error) {
    if (error instanceof KitError) throw error;
    throw readError(error, name);
  } finally {
    await handle?.close();
  }
}

function readError(error: unknown, name: string): KitError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const location = { file: name };
  const withCause = { cause: error };
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new KitError(
        { code: 'ProfileRead', message: `profil introuvable : ${name}`, location, hint: 'indiquez le chemin avec --profile, ou créez un profil avec kit init.' },
        withCause,
      );
    case 'EISDIR':
      return new KitError(
        { code: 'ProfileRead', message: `${name} est un dossier, pas un fichier de profil.`, location, hint: 'indiquez le fichier YAML lui-même avec --profile, par exemple --profile commune.yaml.' },
        withCause,
      );
    case 'EACCES':
    case 'EPERM':
      return new KitError(
        { code: 'ProfileRead', message: `profil illisible : ${name} (accès refusé).`, location, hint: 'vérifiez les droits de lecture du fichier, ou copiez-le dans votre dossier.' },
        withCause,
      );
    default:
      return new KitError(
        { code: 'ProfileRead', message: `lecture du profil impossible : ${name}${code ? ` (${code})` : ''}.`, location, hint: 'vérifiez le chemin donné à --profile.' },
        withCause,
      );
  }
}
