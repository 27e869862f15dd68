import { describe, expect, it } from 'vitest';
import { GENERAL_REFLEXES, RISK_INSTRUCTIONS } from '../../src/knowledge/index.js';
import { RISK_KEYS, type RiskKey } from '../../src/profile/index.js';

/**
 * What domain.md §1.6 lists for each risk, as key phrases the data must contain (in the part
 * where domain.md puts them). Written from domain.md, not copied from the data.
 */
const EXPECTED: Record<RiskKey, { avant: string[]; pendant: string[]; apres: string[] }> = {
  inondation: {
    avant: ['lieux d’hébergement', 'diagnostic de vulnérabilité', 'kit d’urgence 72 h', 'batardeaux', 'surélever', 'zone refuge'],
    pendant: ['Coupez le gaz et l’électricité', 'papiers', 'voiture hors de la zone inondable', 'aérations', 'étage', 'Ne vous engagez jamais', 'sous-sols', 'ascenseur', 'chercher vos enfants', 'appels'],
    apres: ['eau du robinet est potable', 'chauffez doucement', 'gants et des bottes', 'Photographiez les dégâts'],
  },
  'submersion-marine': {
    avant: ['points de refuge', 'kit d’urgence 72 h'],
    pendant: ['embouchure des rivières', 'n’allez jamais sur la plage', 'point haut', 'première n’est pas toujours la plus forte'],
    apres: ['autorisation des autorités'],
  },
  seisme: {
    avant: ['loin des fenêtres', 'Fixez les meubles lourds', 'kit d’urgence 72 h', 'vulnérabilité de votre bâtiment'],
    pendant: ['Restez où vous êtes', 'mur porteur', 'protégez votre tête', 'lignes électriques', 'restez dans le véhicule', 'flamme'],
    apres: ['répliques', 'sans prendre l’ascenseur', 'Coupez l’eau, le gaz et l’électricité', 'Ne fumez pas', 'bâtiment endommagé', 'radio'],
  },
  'mouvement-de-terrain': {
    avant: ['point de rassemblement'],
    pendant: ['fuyez latéralement', 'sans revenir sur vos pas', 'point en hauteur', 'sous un meuble solide', 'dès les premiers signes', 'bâtiment endommagé'],
    apres: ['Signalez aux autorités', 'sans leur accord', 'assureur'],
  },
  'feu-de-foret': {
    avant: ['barbecue', 'mégots', 'étincelles', 'Débroussaillez', '200 m', '50 m', 'bouteilles de gaz loin de la maison'],
    pendant: ['18 ou le 112', '114', 'précisément le lieu', 'voiture n’est pas un abri sûr', 'tuyau d’arrosage', 'bas des portes', 'linge humide', 'consignes des autorités'],
    apres: ['fin de l’alerte'],
  },
  avalanche: {
    avant: ['bulletin', '1 à 5', 'pistes fermées', 'damier jaune et noir', 'DVA', 'pelle', 'sonde', 'jamais seul', 'un par un'],
    pendant: ['sur le côté', 'bâtons', 'voies respiratoires', 'natation', 'poche d’air'],
    apres: ['112'],
  },
  tempete: {
    avant: ['attachez', 'fenêtres', 'éclairage de secours', 'réserve d’eau', 'appareil médical électrique', 'vigilance de Météo-France'],
    pendant: ['vérandas', 'forêt', 'littoral', 'pylônes', 'feux de détresse', 'sous un pont'],
    apres: ['fil électrique tombé', 'toits', 'assureur'],
  },
  cyclone: {
    avant: ['juin', 'élaguez', 'ravines', 'gouttières', '10 L', 'radio à piles', 'alerte orange', 'faites le plein', 'sans fenêtre', 'évacuation'],
    pendant: ['rouge ou violette', 'pièce la plus sûre', 'levée de l’alerte'],
    apres: ['Restez prudent'],
  },
  'eruption-volcanique': {
    avant: ['itinéraire d’évacuation', 'centre d’accueil', 'ORSEC', 'masques et médicaments'],
    pendant: ['partez immédiatement', 'loin des vallées', 'fermez portes et fenêtres', 'masque et lunettes', 'réserves d’eau'],
    apres: ['Humidifiez les cendres'],
  },
  tsunami: {
    avant: ['séisme long ou fort', 'retrait', 'grondement', 'point de refuge', '10 m'],
    pendant: ['sans attendre l’alerte officielle', 'à pied', '3e étage', 'embouchure des rivières', 'jamais sur la plage'],
    apres: ['Plusieurs vagues', 'autorisation des autorités'],
  },
  radon: {
    avant: ['10 min par jour', 'hiver comme en été', 'entrées d’air', 'fissures'],
    pendant: ['mesure', '1 ou 2 m', '20 cm', '2 mois', 'mi-septembre', 'fin février', '20 €'],
    apres: ['300 Bq/m³', '1 000 Bq/m³', 'mesure de contrôle'],
  },
  industriel: {
    avant: ['plaquette', 'signal national d’alerte', 'ruban adhésif'],
    pendant: ['bâtiment solide', 'quittez-la', 'calfeutrez', 'ventilation et climatisation', 'fenêtres', 'linge humide', 'étincelle', 'Ne téléphonez pas', 'sur ordre des autorités'],
    apres: ['fin d’alerte', '30 secondes'],
  },
  nucleaire: {
    avant: ['iode stable', 'kit d’urgence 72 h'],
    pendant: ['bâtiment solide', 'ventilation', 'radio', 'chercher vos enfants', 'préfet le demande', 'moins efficace', '65 mg', '2 pour les adultes', '1 de 3 à 12 ans', '½', '¼', 'boisson'],
    apres: ['évacuer', 'consignes de circulation'],
  },
  'rupture-de-barrage': {
    avant: ['corne de brume', 'points hauts'],
    pendant: ['évacuez immédiatement', 'à pied', 'points hauts', 'Ne revenez pas', 'ascenseur', 'sous-sol'],
    apres: ['30 secondes'],
  },
  'transport-matieres-dangereuses': {
    avant: ['plaque orange', '40 × 30 cm', 'code du danger', 'numéro ONU', '30 × 30 cm'],
    pendant: ['suraccident', 'ne fumez pas', '18 ou au 112', '17', 'bornes', 'lieu', 'type de transport', 'victimes', 'feu, fuite, explosion', 'ne touchez pas le produit', 'changez de vêtements', 'perpendiculairement au vent', 'bâtiment le plus proche'],
    apres: ['aérez'],
  },
  minier: {
    avant: ['anciennes galeries', 'installations de surface'],
    pendant: ['premiers signes d’affaissement', 'prévenez les autorités'],
    apres: ['accord des autorités'],
  },
};

describe('safety instructions per risk (domain.md §1.6)', () => {
  it('has instructions, before, during and after, with a source, for every risk key of the profile', () => {
    expect(Object.keys(RISK_INSTRUCTIONS).sort()).toEqual([...RISK_KEYS].sort());
    for (const key of RISK_KEYS) {
      const entry = RISK_INSTRUCTIONS[key];
      expect(entry.avant.length, key).toBeGreaterThan(0);
      expect(entry.pendant.length, key).toBeGreaterThan(0);
      expect(entry.apres.length, key).toBeGreaterThan(0);
      expect(entry.sources.length, key).toBeGreaterThan(0);
    }
  });

  it.each(RISK_KEYS)('%s: holds every item domain.md lists, in its part', (key) => {
    const entry = RISK_INSTRUCTIONS[key];
    for (const part of ['avant', 'pendant', 'apres'] as const) {
      const text = entry[part].join('\n');
      for (const phrase of EXPECTED[key][part]) expect(text, `${key} / ${part}`).toContain(phrase);
    }
  });

  it('keeps the general reflexes of any alert', () => {
    const text = GENERAL_REFLEXES.items.join('\n');
    for (const phrase of ['bâtiment solide', 'radio', 'France Info', 'urgence vitale', 'chercher les enfants', 'consignes des autorités', 'fin de l’alerte']) {
      expect(text).toContain(phrase);
    }
  });

  it('never tells to take iodine before the préfet says so, nor to shelter in a car from a forest fire', () => {
    expect(RISK_INSTRUCTIONS.nucleaire.pendant.join(' ')).toMatch(/que lorsque le préfet le demande/);
    expect(RISK_INSTRUCTIONS['feu-de-foret'].pendant.join(' ')).toMatch(/voiture n’est pas un abri/);
  });
});
