/** Keys of the risk families a profile may list (design.md §8, domain.md §1.5), with their French labels. */
export const RISK_LABELS = {
  inondation: 'Inondation',
  'submersion-marine': 'Submersion marine',
  seisme: 'Séisme',
  'mouvement-de-terrain': 'Mouvement de terrain',
  'feu-de-foret': 'Feu de forêt',
  avalanche: 'Avalanche',
  tempete: 'Tempête',
  cyclone: 'Cyclone',
  'eruption-volcanique': 'Éruption volcanique',
  tsunami: 'Tsunami',
  radon: 'Radon',
  industriel: 'Risque industriel',
  nucleaire: 'Risque nucléaire',
  'rupture-de-barrage': 'Rupture de barrage',
  'transport-matieres-dangereuses': 'Transport de matières dangereuses',
  minier: 'Risque minier',
} as const;

export type RiskKey = keyof typeof RISK_LABELS;

export const RISK_KEYS = Object.keys(RISK_LABELS) as [RiskKey, ...RiskKey[]];
