import { SOURCES } from './sources.js';
import type { Source } from './types.js';

/**
 * Access to administrative documents (domain.md §1.11, CRPA): the delays a letter may quote
 * and the citizen's sheet explains.
 */
export const DOCUMENT_ACCESS = {
  delai_reponse: 'un mois',
  delai_cada: 'deux mois',
  delai_avis_cada: 'un mois',
  articles: 'articles L311-1, R311-12, R311-13, R311-15 et R343-1 et suivants du code des relations entre le public et l’administration',
  etapes: [
    'Toute personne peut demander la communication d’un document administratif, sans avoir à dire pourquoi.',
    'Sans réponse de la mairie dans un délai d’un mois, la demande est implicitement refusée.',
    'Vous avez alors deux mois pour saisir la Commission d’accès aux documents administratifs (CADA), étape obligatoire avant tout recours devant le juge.',
    'La CADA rend son avis dans un délai d’un mois.',
    'Les informations relatives à l’environnement, dont les risques, bénéficient d’un droit d’accès renforcé.',
    'Le plan communal de sauvegarde est consultable, sans les données personnelles ni les informations sensibles pour la sécurité.',
  ],
  cada_site: 'https://www.cada.fr',
  sources: [SOURCES.cadaDelais],
} as const satisfies { etapes: readonly string[]; sources: readonly Source[]; [key: string]: unknown };
