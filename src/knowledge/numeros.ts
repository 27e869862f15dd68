import { SOURCES } from './sources.js';
import type { Source } from './types.js';

export interface EmergencyNumber {
  numero: string;
  service: string;
  /** A few words for a poster. */
  court: string;
  /** Shown on posters too (the others appear on sheets only). */
  essentiel: boolean;
}

/** Free emergency numbers, reachable at any hour (domain.md §1.7). */
export const EMERGENCY_NUMBERS: { items: readonly EmergencyNumber[]; avertissement: string; sources: readonly Source[] } = {
  items: [
    { numero: '112', court: 'Urgences, partout en Europe', service: 'Numéro d’urgence européen, depuis tout téléphone', essentiel: true },
    { numero: '15', court: 'SAMU', service: 'SAMU, urgence médicale', essentiel: true },
    { numero: '17', court: 'Police, gendarmerie', service: 'Police ou gendarmerie', essentiel: true },
    { numero: '18', court: 'Pompiers', service: 'Sapeurs-pompiers', essentiel: true },
    { numero: '114', court: 'Urgences par SMS (personnes sourdes ou malentendantes)', service: 'Personnes sourdes, malentendantes ou aphasiques : SMS, fax, application « Urgence 114 » ou urgence114.fr', essentiel: true },
    { numero: '196', court: 'Sauvetage en mer', service: 'Sauvetage en mer', essentiel: false },
    { numero: '191', court: 'Sauvetage aéronautique', service: 'Sauvetage aéronautique', essentiel: false },
    { numero: '116 117', court: 'Médecin de garde', service: 'Médecin de garde, pour un besoin médical non urgent (en cours de généralisation)', essentiel: false },
  ],
  avertissement: 'Un appel malveillant ou une fausse alerte est un délit (jusqu’à 2 ans d’emprisonnement et 30 000 € d’amende, article 322-14 du code pénal).',
  sources: [SOURCES.numerosUrgence],
};
