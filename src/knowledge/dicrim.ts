import { SOURCES } from './sources.js';
import type { Source } from './types.js';

export interface ChecklistItem {
  point: string;
  /** Why or under which text (optional, printed in a smaller voice). */
  precision?: string;
  sources: readonly Source[];
}

const CURRENT_RULES = [SOURCES.decret2023, SOURCES.decret2023Atd31];

/**
 * What a DICRIM must contain, then what it should contain where relevant (domain.md §1.4), under
 * the rules in force since décret 2023-881. Never the pre-2023 wording (two-month notice, zone 2).
 */
export const DICRIM_CONTENT: { obligatoire: readonly ChecklistItem[]; selon_les_cas: readonly ChecklistItem[] } = {
  obligatoire: [
    {
      point: 'La description de chaque risque majeur qui concerne la commune et de ses conséquences prévisibles pour les personnes, les biens et l’environnement.',
      sources: [SOURCES.dicrimIrma, SOURCES.dicrimPremilhat],
    },
    {
      point: 'Les mesures de prévention, de protection et de sauvegarde prévues pour la commune, y compris celles prises par le maire au titre de ses pouvoirs de police.',
      sources: [SOURCES.dicrimIrma],
    },
    { point: 'Les consignes de sécurité à appliquer si le risque survient.', sources: [SOURCES.dicrimIrma] },
    {
      point: 'Les éléments transmis ou mis à disposition par le préfet : dossier départemental sur les risques majeurs (DDRM), cartes des plans de prévention des risques et des plans particuliers d’intervention.',
      precision: 'Les informations confidentielles (défense, sûreté de l’État, secret industriel) en sont exclues.',
      sources: [SOURCES.dicrimIrma],
    },
    {
      point: 'Les modalités d’alerte et l’organisation des secours.',
      precision: 'Article L125-2 du code de l’environnement.',
      sources: CURRENT_RULES,
    },
    {
      point: 'Les garanties d’assurance contre les catastrophes naturelles.',
      precision: 'Article L125-1 du code des assurances.',
      sources: CURRENT_RULES,
    },
    {
      point: 'La date de sa dernière révision, qui doit avoir moins de cinq ans.',
      precision: 'Révision au moins tous les cinq ans depuis le décret no 2023-881 du 15 septembre 2023.',
      sources: CURRENT_RULES,
    },
    {
      point: 'Des actions de communication qui l’accompagnent, notamment sur les mesures de sauvegarde.',
      precision: 'Décret no 2023-881 ; le maire informe la population sur les risques au moins une fois tous les deux ans.',
      sources: CURRENT_RULES,
    },
  ],
  selon_les_cas: [
    {
      point: 'Les mesures du plan communal de sauvegarde (PCS) qui concernent la protection de la population.',
      precision: 'Le DICRIM est intégré au PCS (article R731-2 du code de la sécurité intérieure) et mis à jour après sa révision.',
      sources: [SOURCES.pcsBanqueTerritoires],
    },
    { point: 'La carte des cavités souterraines et des marnières.', sources: [SOURCES.dicrimPremilhat, SOURCES.dicrimIrma] },
    { point: 'La liste ou la carte des repères de crues.', sources: [SOURCES.dicrimPremilhat, SOURCES.dicrimIrma] },
    { point: 'Les événements marquants survenus dans la commune.', sources: [SOURCES.dicrimPremilhat, SOURCES.dicrimIrma] },
    { point: 'Les numéros utiles, le kit d’urgence 72 h et le plan familial de mise en sûreté.', sources: [SOURCES.dicrimIrma] },
    { point: 'Où s’informer : DDRM de la préfecture, site Géorisques (georisques.gouv.fr).', sources: [SOURCES.dicrimIrma] },
  ],
};

/** The commune's periodic duties that letters may cite (domain.md §1.3), in their current form. */
export const COMMUNE_DUTIES: { items: readonly string[]; sources: readonly Source[] } = {
  items: [
    'Le DICRIM est révisé au moins tous les cinq ans (décret no 2023-881 du 15 septembre 2023).',
    'Le maire fait connaître les risques majeurs à la population au moins une fois tous les deux ans, par tout moyen approprié (article L125-2 du code de l’environnement).',
    'Le plan communal de sauvegarde est arrêté dans les deux ans qui suivent la notification de l’obligation par le préfet, révisé au moins tous les cinq ans, et consultable en mairie sans les données personnelles ni les informations sensibles (articles L731-3 et R731-8 du code de la sécurité intérieure).',
    'Un plan intercommunal de sauvegarde doit être adopté dans chaque intercommunalité concernée avant le 26 novembre 2026.',
    'Sauf adjoint chargé de la sécurité civile, le maire désigne un correspondant incendie et secours dans les six mois qui suivent l’installation du conseil municipal.',
  ],
  sources: [SOURCES.decret2023, SOURCES.pcsBanqueTerritoires, SOURCES.pcsMairesDeFrance, SOURCES.correspondantIncendie],
};
