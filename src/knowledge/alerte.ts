import { SOURCES } from './sources.js';
import type { Source } from './types.js';

/** How an alert sounds, ends and is tested (domain.md §1.7). */
export interface AlertSignal {
  nom: string;
  debut: string;
  fin: string;
  essai: string;
  sources: readonly Source[];
}

/** The national siren signal (signal national d’alerte, about 4 500 sirens). */
export const NATIONAL_SIGNAL: AlertSignal = {
  nom: 'Signal national d’alerte',
  debut: 'un son montant et descendant : trois cycles de 1 minute 41 secondes, séparés par 5 secondes de silence',
  fin: 'un son continu de 30 secondes',
  essai: 'le 1er mercredi de chaque mois à 12 h, un seul cycle de 1 minute 41 secondes',
  sources: [SOURCES.signalNational, SOURCES.sdis31Signal],
};

/** The signal downstream of large dams (« corne de brume »). */
export const DAM_SIGNAL: AlertSignal = {
  nom: 'Signal des grands barrages (corne de brume)',
  debut: 'des émissions de 2 secondes séparées par 3 secondes, pendant au moins 2 minutes',
  fin: 'un son continu de 30 secondes',
  essai: 'le 1er mercredi de mars, juin, septembre et décembre à 12 h 15 : trois émissions de 2 secondes séparées par 3 secondes',
  sources: [SOURCES.signalNational],
};

/** What the siren cannot say, and the phone alert that complements it. */
export const ALERT_NOTES: { items: readonly string[]; sources: readonly Source[] } = {
  items: [
    'La sirène ne dit pas la nature du danger : mettez-vous à l’abri et écoutez la radio.',
    'FR-Alert : en cas de danger grave, un message s’affiche avec une sonnerie particulière sur les téléphones portables présents dans la zone, sans application ni inscription ; il dit la nature du danger, le lieu et ce qu’il faut faire.',
  ],
  sources: [SOURCES.signalNational, SOURCES.frAlert],
};
