import { SOURCES } from './sources.js';
import type { Source } from './types.js';

export interface KitItem {
  objet: string;
  detail?: string;
}

/**
 * The household 72-hour kit (domain.md §1.8): the official Géorisques list, then what the SGDSN
 * guide of November 2025 adds, each with its own source.
 */
export const KIT_72H: {
  pourquoi: string;
  objets: readonly KitItem[];
  complements: readonly KitItem[];
  conseils: readonly string[];
  sources: readonly Source[];
  sources_complements: readonly Source[];
} = {
  pourquoi:
    'Les 72 premières heures après une catastrophe sont les plus difficiles : électricité, gaz ou eau coupés, routes bloquées. Ce sac permet d’attendre les secours chez soi ou de partir vite.',
  objets: [
    { objet: 'Radio à piles et piles de rechange', detail: 'pour suivre les consignes des autorités' },
    { objet: 'Médicaments', detail: 'vos traitements en cours' },
    { objet: 'Trousse de premiers secours', detail: 'alcool, pansements, compresses…' },
    { objet: 'Outils de base', detail: 'couteau multifonction, ouvre-boîte…' },
    { objet: 'Nourriture non périssable et sans cuisson', detail: 'conserves, petits pots pour bébé, nourriture pour animaux…' },
    { objet: 'Vêtements chauds et couverture de survie' },
    { objet: 'Lampe de poche et piles de rechange, bougies, briquet ou allumettes' },
    { objet: 'Chargeur de téléphone portable' },
    { objet: 'Paire de lunettes de rechange' },
    { objet: 'Argent liquide', detail: 'les distributeurs peuvent être hors service' },
    { objet: 'Eau potable', detail: '6 L par personne, en bouteilles' },
    { objet: 'Photocopies des papiers importants dans une pochette étanche', detail: 'pièce d’identité, ordonnances…' },
    { objet: 'Double des clés', detail: 'maison, voiture' },
    { objet: 'Jeux', detail: 'pour occuper le temps' },
  ],
  complements: [
    { objet: 'Masques' },
    { objet: 'Batterie externe chargée' },
    { objet: 'Lait infantile et nourriture pour les animaux', detail: 'si besoin' },
    { objet: 'Un petit réchaud', detail: 'pour réchauffer un repas' },
  ],
  conseils: [
    'Rangez le sac dans un endroit facile d’accès, connu de toute la famille.',
    'Vérifiez-le une fois par an : dates de péremption des aliments et des médicaments, piles à remplacer.',
    'Complétez-le après chaque utilisation.',
  ],
  sources: [SOURCES.kit72h],
  sources_complements: [SOURCES.sgdsn2025],
};
