/** Keys of the risk families a profile may list (design.md §8, domain.md §1.5), with their French names as used in a sentence. */
export const RISK_LABELS = {
  inondation: 'inondation',
  'submersion-marine': 'submersion marine',
  seisme: 'séisme',
  'mouvement-de-terrain': 'mouvement de terrain',
  'feu-de-foret': 'feu de forêt',
  avalanche: 'avalanche',
  tempete: 'tempête',
  cyclone: 'cyclone',
  'eruption-volcanique': 'éruption volcanique',
  tsunami: 'tsunami',
  radon: 'radon',
  industriel: 'risque industriel',
  nucleaire: 'risque nucléaire',
  'rupture-de-barrage': 'rupture de barrage',
  'transport-matieres-dangereuses': 'transport de matières dangereuses',
  minier: 'risque minier',
} as const;

export type RiskKey = keyof typeof RISK_LABELS;

export const RISK_KEYS = Object.keys(RISK_LABELS) as [RiskKey, ...RiskKey[]];
