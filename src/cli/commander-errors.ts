import type { CommanderError } from 'commander';
import { KitError } from '../diagnostics/index.js';

/** Commander speaks English: its usage errors are translated here (exit 2). */
const TRANSLATIONS: [RegExp, (match: RegExpExecArray) => string][] = [
  [/unknown option '([^']+)'(?:\s*\(Did you mean (.+)\?\))?/, (m) => `option inconnue « ${m[1]} »${m[2] ? ` (vouliez-vous dire ${m[2]} ?)` : ''}.`],
  [/unknown command '([^']+)'(?:\s*\(Did you mean (.+)\?\))?/, (m) => `commande inconnue « ${m[1]} »${m[2] ? ` (vouliez-vous dire ${m[2]} ?)` : ''}.`],
  [/missing required argument '([^']+)'/, (m) => `argument manquant : <${m[1]}>.`],
  [/option '([^']+)' argument missing/, (m) => `l’option ${m[1]} attend une valeur.`],
  [/too many arguments/, () => 'trop d’arguments.'],
];

export function translateCommanderError(error: CommanderError, commandName: string): KitError {
  for (const [pattern, translate] of TRANSLATIONS) {
    const match = pattern.exec(error.message);
    if (match) {
      return new KitError({ code: 'Usage', message: translate(match), hint: `kit ${commandName} --help affiche l’aide.`.replace('kit  ', 'kit ') });
    }
  }
  return new KitError({ code: 'Usage', message: error.message.replace(/^error: /, ''), hint: 'kit --help affiche l’aide.' });
}
