import type { RiskKey } from '../profile/risks.js';
import { SOURCES } from './sources.js';
import type { Source } from './types.js';

/**
 * Safety instructions per risk family (domain.md §1.6, "bons réflexes"), as the consignes sheet
 * and the DICRIM checklist show them. Paraphrased from the cited pages; a sentence added here
 * must come from one of the entry's sources.
 */
export interface RiskInstructions {
  /** Heading of the risk's section: « Inondation ». */
  titre: string;
  /** One sentence that says what the risk is or why it matters (optional). */
  note?: string;
  avant: readonly string[];
  pendant: readonly string[];
  apres: readonly string[];
  /** Headings of the three parts when « Avant / Pendant / Après » does not fit (radon). */
  intitules?: { avant: string; pendant: string; apres: string };
  sources: readonly Source[];
}

const KIT = 'Préparez votre kit d’urgence 72 h (voir la fiche dédiée).';

export const RISK_INSTRUCTIONS: Readonly<Record<RiskKey, RiskInstructions>> = {
  inondation: {
    titre: 'Inondation',
    avant: [
      'Renseignez-vous en mairie sur les inondations possibles dans votre quartier et sur les lieux d’hébergement prévus.',
      'Faites réaliser un diagnostic de vulnérabilité de votre logement.',
      KIT,
      'Prévoyez des sacs de sable ou des batardeaux (barrières amovibles) et de quoi surélever vos meubles.',
      'Aménagez une zone refuge à l’étage, avec une issue qui permette d’être évacué.',
    ],
    pendant: [
      'Coupez le gaz et l’électricité.',
      'Mettez en hauteur vos meubles et vos papiers importants.',
      'Déplacez votre voiture hors de la zone inondable.',
      'Fermez portes, fenêtres et aérations.',
      'Montez à l’étage, dans votre zone refuge.',
      'Ne vous engagez jamais, à pied ou en voiture, dans une zone inondée.',
      'Ne descendez ni dans les sous-sols ni dans les garages, et ne prenez pas l’ascenseur.',
      'N’allez pas chercher vos enfants à l’école : les enseignants les mettent en sécurité.',
      'Limitez vos appels téléphoniques et suivez les consignes des autorités.',
    ],
    apres: [
      'Demandez à la mairie si l’eau du robinet est potable.',
      'Aérez et chauffez doucement pour faire sécher le logement.',
      'Nettoyez avec des gants et des bottes.',
      'Photographiez les dégâts pour votre assurance.',
    ],
    sources: [SOURCES.georisquesInondation, SOURCES.bonsReflexes2023],
  },
  'submersion-marine': {
    titre: 'Submersion marine',
    note: 'La mer envahit le littoral, le plus souvent lors d’une tempête : les consignes sont celles d’une inondation rapide, avec la prudence du bord de mer.',
    avant: [
      'Renseignez-vous en mairie sur les zones submersibles et sur les points de refuge en hauteur.',
      'Suivez la vigilance météorologique de Météo-France.',
      KIT,
      'Aménagez une zone refuge à l’étage, avec une issue qui permette d’être évacué.',
    ],
    pendant: [
      'Éloignez-vous du rivage et de l’embouchure des rivières ; n’allez jamais sur la plage pour regarder.',
      'Gagnez un point haut ou l’étage d’un bâtiment solide.',
      'Coupez le gaz et l’électricité ; fermez portes, fenêtres et aérations.',
      'Ne vous engagez jamais, à pied ou en voiture, dans une zone inondée, et ne descendez pas dans les sous-sols.',
      'Plusieurs vagues peuvent se succéder : la première n’est pas toujours la plus forte.',
    ],
    apres: [
      'Ne revenez sur le littoral qu’avec l’autorisation des autorités.',
      'Demandez à la mairie si l’eau du robinet est potable.',
      'Nettoyez avec des gants et des bottes, et photographiez les dégâts pour votre assurance.',
    ],
    sources: [SOURCES.georisquesInondation, SOURCES.tsunamiLamentin],
  },
  seisme: {
    titre: 'Séisme',
    avant: [
      'Repérez les endroits où vous abriter : loin des fenêtres, sous un meuble solide.',
      'Fixez les meubles lourds et les appareils.',
      KIT,
      'Faites vérifier la vulnérabilité de votre bâtiment.',
    ],
    pendant: [
      'Restez où vous êtes : abritez-vous contre un mur porteur ou sous un meuble solide, et protégez votre tête.',
      'Éloignez-vous des fenêtres.',
      'À l’extérieur, éloignez-vous des bâtiments, des lignes électriques et des arbres.',
      'En voiture, arrêtez-vous loin des bâtiments et des fils électriques, et restez dans le véhicule jusqu’à la fin des secousses.',
      'N’allumez aucune flamme.',
    ],
    apres: [
      'Attendez-vous à des répliques.',
      'Évacuez le bâtiment dans le calme, sans prendre l’ascenseur.',
      'Coupez l’eau, le gaz et l’électricité.',
      'Ne fumez pas et n’allumez aucune flamme.',
      'Ne rentrez pas dans un bâtiment endommagé.',
      'Écoutez la radio pour connaître les consignes.',
    ],
    sources: [SOURCES.georisquesSeisme],
  },
  'mouvement-de-terrain': {
    titre: 'Mouvement de terrain',
    avant: [
      'Renseignez-vous en mairie sur les secteurs exposés (glissements, chutes de blocs, cavités) et sur le point de rassemblement prévu.',
      KIT,
    ],
    pendant: [
      'Face à un éboulement ou à un glissement, fuyez latéralement, hors de sa trajectoire, sans revenir sur vos pas.',
      'Gagnez un point en hauteur.',
      'À l’intérieur, abritez-vous sous un meuble solide, loin des fenêtres.',
      'En cas d’effondrement du sol : évacuez dès les premiers signes, sans prendre l’ascenseur, éloignez-vous et rejoignez le point de rassemblement.',
      'N’entrez pas dans un bâtiment endommagé.',
    ],
    apres: [
      'Signalez aux autorités les dangers que vous constatez.',
      'Ne regagnez pas votre logement sans leur accord.',
      'Déclarez les dégâts à votre assureur.',
    ],
    sources: [SOURCES.mouvementTerrainReignier, SOURCES.mouvementTerrainAles],
  },
  'feu-de-foret': {
    titre: 'Feu de forêt',
    avant: [
      'Ne faites ni barbecue ni feu près de la végétation.',
      'Jetez vos mégots dans un cendrier, jamais par la fenêtre de la voiture.',
      'Ne faites pas de travaux qui produisent des étincelles près des herbes sèches.',
      'Débroussaillez autour de votre maison : dans les zones exposées, c’est une obligation légale pour les habitations situées à moins de 200 m d’un bois ou d’une forêt, le plus souvent sur 50 m autour des constructions.',
      'Rangez carburant, bois et bouteilles de gaz loin de la maison.',
    ],
    pendant: [
      'Si vous voyez un départ de feu, appelez le 18 ou le 112 (le 114 pour les personnes sourdes ou malentendantes) et indiquez précisément le lieu.',
      'Abritez-vous dans une maison débroussaillée : une voiture n’est pas un abri sûr.',
      'Rentrez le tuyau d’arrosage avant l’arrivée du feu.',
      'Bouchez les aérations et le bas des portes.',
      'Respirez à travers un linge humide.',
      'Suivez les consignes des autorités.',
    ],
    apres: [
      'Ne sortez de votre abri que sur consigne des autorités, à la fin de l’alerte.',
      'Déclarez les dégâts à votre assureur.',
    ],
    sources: [SOURCES.feuDeForet, SOURCES.debroussaillement],
  },
  avalanche: {
    titre: 'Avalanche',
    avant: [
      'Consultez le bulletin d’estimation du risque d’avalanche de Météo-France (échelle de 1 à 5).',
      'Respectez les pistes fermées et les drapeaux des stations : jaune (risque faible), damier jaune et noir (risque marqué ou fort), noir (risque très fort).',
      'Hors piste, emportez toujours un détecteur de victimes d’avalanche (DVA), une pelle et une sonde, et ne partez jamais seul.',
      'Traversez les pentes à risque un par un.',
    ],
    pendant: [
      'Si vous êtes emporté, essayez de fuir sur le côté.',
      'Débarrassez-vous des bâtons et du sac lourd.',
      'Protégez vos voies respiratoires et faites des mouvements de natation pour rester en surface.',
      'Quand l’avalanche s’arrête, créez une poche d’air devant votre visage et économisez votre souffle.',
    ],
    apres: ['Témoin d’une avalanche, donnez l’alerte au 112.'],
    sources: [SOURCES.avalanche],
  },
  tempete: {
    titre: 'Tempête et vents violents',
    avant: [
      'Rentrez ou attachez tout ce que le vent peut emporter.',
      'Protégez vos fenêtres.',
      'Prévoyez un éclairage de secours et une réserve d’eau.',
      'Si vous dépendez d’un appareil médical électrique, prévenez votre prestataire.',
      'Reportez vos déplacements et suivez la vigilance de Météo-France.',
    ],
    pendant: [
      'Restez à l’intérieur, loin des fenêtres et des vérandas.',
      'Ne vous promenez ni en forêt ni sur le littoral.',
      'En voiture, arrêtez-vous loin des arbres et des pylônes, feux de détresse allumés.',
      'Ne vous abritez pas sous un pont.',
    ],
    apres: [
      'Ne touchez jamais un fil électrique tombé au sol.',
      'Ne montez pas sur les toits.',
      'Photographiez les dégâts, puis contactez la mairie et votre assureur.',
    ],
    sources: [SOURCES.tempeteSdis77, SOURCES.tempeteLeHavre],
  },
  cyclone: {
    titre: 'Cyclone',
    note: 'Aux Antilles, l’alerte suit des couleurs : jaune (soyez attentifs), orange (terminez vos préparatifs), rouge (protégez-vous), violette (confinement : personne dehors), grise (la menace s’éloigne, restez prudents). À La Réunion : pré-alerte, alerte orange, alerte rouge.',
    avant: [
      'Dès le début de la saison (à partir de juin), élaguez les arbres, dégagez ravines et gouttières.',
      'Constituez des réserves d’eau et de nourriture (les guides locaux conseillent au moins 10 L d’eau par personne), des outils, une trousse de premiers secours et une radio à piles.',
      'En alerte orange : consolidez le toit et les ouvertures, rentrez tout ce qui peut être projeté et faites le plein de la voiture.',
      'Préparez la pièce la plus sûre du logement : sans fenêtre, et pas au sous-sol.',
      'Si vous habitez en zone inondable ou sur le littoral, préparez votre évacuation.',
    ],
    pendant: [
      'En alerte rouge ou violette, restez dans la pièce la plus sûre.',
      'Ne sortez jamais avant la levée de l’alerte.',
      'Écoutez la radio pour suivre les consignes.',
    ],
    apres: [
      'Restez prudent : la menace qui s’éloigne laisse des dangers derrière elle.',
      'Ne touchez jamais un fil électrique tombé au sol.',
      'Photographiez les dégâts pour votre assurance.',
    ],
    sources: [SOURCES.cycloneGosier],
  },
  'eruption-volcanique': {
    titre: 'Éruption volcanique',
    avant: [
      'Repérez l’itinéraire d’évacuation et le centre d’accueil prévus par le plan ORSEC volcan.',
      'Si vous souffrez des voies respiratoires, gardez masques et médicaments à portée de main.',
      KIT,
    ],
    pendant: [
      'Quand l’évacuation est ordonnée, partez immédiatement.',
      'Si vous ne pouvez pas partir, abritez-vous dans un bâtiment, loin des vallées.',
      'En cas de retombées de cendres, fermez portes et fenêtres, et portez masque et lunettes à l’extérieur.',
      'Protégez les réserves d’eau.',
    ],
    apres: ['Humidifiez les cendres avant de les balayer.', 'Ne revenez chez vous qu’avec l’autorisation des autorités.'],
    sources: [SOURCES.volcanMartinique],
  },
  tsunami: {
    titre: 'Tsunami',
    avant: [
      'Connaissez les signes qui annoncent un tsunami : un séisme long ou fort ressenti sur la côte, un retrait ou une montée soudaine et inhabituelle de la mer, un grondement venant du large.',
      'Repérez le point de refuge le plus proche (les guides locaux indiquent au moins 10 m d’altitude).',
    ],
    pendant: [
      'Dès ces signes, quittez le rivage sans attendre l’alerte officielle.',
      'Gagnez à pied l’intérieur des terres ou un point de refuge en hauteur, à défaut les étages supérieurs d’un bâtiment solide (au-dessus du 3e étage).',
      'Éloignez-vous de l’embouchure des rivières.',
      'N’allez jamais sur la plage pour regarder.',
    ],
    apres: [
      'Plusieurs vagues peuvent se succéder et la première n’est pas toujours la plus forte : restez à l’abri.',
      'Ne revenez qu’avec l’autorisation des autorités.',
    ],
    sources: [SOURCES.tsunamiLamentin],
  },
  radon: {
    titre: 'Radon',
    note: 'Gaz radioactif naturel venu du sol, le radon est la deuxième cause de cancer du poumon après le tabac.',
    intitules: { avant: 'Réduire', pendant: 'Mesurer', apres: 'Agir selon le résultat' },
    avant: [
      'Aérez votre logement au moins 10 min par jour, en hiver comme en été.',
      'Ne bouchez pas les entrées d’air.',
      'Colmatez les fissures et les passages de canalisations.',
    ],
    pendant: [
      'Seule une mesure permet de connaître la concentration : un ou deux détecteurs dans les pièces de vie (au rez-de-chaussée si possible), à 1 ou 2 m de hauteur et à au moins 20 cm des murs.',
      'Laissez-les en place au moins 2 mois, entre mi-septembre et fin février.',
      'Comptez environ 20 € par détecteur, analyse par un laboratoire agréé comprise.',
    ],
    apres: [
      'Le niveau de référence est de 300 Bq/m³ en moyenne annuelle : au-delà, des actions simples s’imposent (aération, étanchéité).',
      'Au-delà de 1 000 Bq/m³, des travaux sont nécessaires, suivis d’une mesure de contrôle.',
    ],
    sources: [SOURCES.radonRecosante],
  },
  industriel: {
    titre: 'Accident industriel',
    avant: [
      'Demandez en mairie la plaquette d’information diffusée par l’exploitant et la préfecture.',
      'Apprenez à reconnaître le signal national d’alerte.',
      'Préparez votre kit d’urgence 72 h, avec un rouleau de ruban adhésif large.',
    ],
    pendant: [
      'Entrez dans un bâtiment solide ; si vous êtes en voiture, quittez-la pour vous y abriter.',
      'Fermez portes et fenêtres, calfeutrez les ouvertures et les aérations avec le ruban adhésif, arrêtez ventilation et climatisation.',
      'Éloignez-vous des fenêtres.',
      'En cas d’irritation, respirez à travers un linge humide.',
      'Ne fumez pas, et ne provoquez ni flamme ni étincelle.',
      'Ne téléphonez pas ; n’évacuez que sur ordre des autorités.',
    ],
    apres: ['Attendez le signal de fin d’alerte (un son continu de 30 secondes) pour sortir.'],
    sources: [SOURCES.georisquesIndustriel],
  },
  nucleaire: {
    titre: 'Accident nucléaire',
    avant: [
      'Près d’une centrale nucléaire, gardez chez vous les comprimés d’iode stable distribués aux habitants.',
      KIT,
    ],
    pendant: [
      'Mettez-vous à l’abri dans un bâtiment solide, fermez tout et coupez la ventilation.',
      'Restez informé par la radio et limitez vos appels.',
      'N’allez pas chercher vos enfants à l’école.',
      'Ne prenez l’iode stable que lorsque le préfet le demande : pris trop tôt, il est moins efficace.',
      'Doses, en comprimés de 65 mg : 2 pour les adultes (femmes enceintes comprises) et les plus de 12 ans ; 1 de 3 à 12 ans ; ½ d’1 mois à 3 ans ; ¼ avant 1 mois. Le comprimé peut être dissous dans une boisson.',
    ],
    apres: ['Tenez-vous prêt à évacuer avec votre kit, et respectez les consignes de circulation.'],
    sources: [SOURCES.irsnNucleaire, SOURCES.iodeStable],
  },
  'rupture-de-barrage': {
    titre: 'Rupture de barrage',
    avant: [
      'Apprenez à reconnaître le signal propre aux grands barrages, de type corne de brume.',
      'Repérez les points hauts indiqués par le DICRIM.',
      KIT,
    ],
    pendant: [
      'Au signal, évacuez immédiatement, à pied, vers les points hauts indiqués.',
      'Ne revenez pas sur vos pas.',
      'Ne prenez pas l’ascenseur et ne vous réfugiez pas dans un sous-sol.',
    ],
    apres: ['Attendez la fin de l’alerte (un son continu de 30 secondes) et l’accord des autorités pour revenir.'],
    sources: [SOURCES.signalNational],
  },
  'transport-matieres-dangereuses': {
    titre: 'Transport de matières dangereuses',
    avant: [
      'Apprenez à reconnaître les véhicules de matières dangereuses : plaque orange de 40 × 30 cm (en haut le code du danger, en bas le numéro ONU de la matière) et étiquettes en losange de 30 × 30 cm.',
    ],
    pendant: [
      'Témoin d’un accident : balisez les lieux pour éviter un suraccident, éloignez les personnes, ne fumez pas.',
      'Donnez l’alerte au 18 ou au 112 (et au 17), ou au numéro d’urgence de l’exploitant inscrit sur les bornes d’une canalisation ; précisez le lieu, le type de transport, le nombre de victimes, la nature du sinistre (feu, fuite, explosion) et, si vous les voyez, les codes du produit et du danger.',
      'En cas de fuite, ne touchez pas le produit (en cas de contact, lavez-vous et changez de vêtements).',
      'Quittez la zone perpendiculairement au vent et mettez-vous à l’abri dans le bâtiment le plus proche.',
    ],
    apres: ['À la fin de l’alerte, aérez la pièce où vous vous êtes abrité.'],
    sources: [SOURCES.tmdRhone, SOURCES.tmdPlaques],
  },
  minier: {
    titre: 'Risque minier',
    avant: ['Ne pénétrez jamais dans d’anciennes galeries de mine et ne marchez pas sur les installations de surface.'],
    pendant: [
      'Aux premiers signes d’affaissement, évacuez et prévenez les autorités.',
      'Éloignez-vous sans prendre l’ascenseur et rejoignez le point de rassemblement.',
    ],
    apres: ['Ne regagnez pas votre logement sans l’accord des autorités.', 'Déclarez les dégâts à votre assureur.'],
    sources: [SOURCES.mouvementTerrainAles],
  },
};

/** The reflexes of any alert, whatever the risk (domain.md §1.6, first paragraph). */
export const GENERAL_REFLEXES: { items: readonly string[]; sources: readonly Source[] } = {
  items: [
    'Mettez-vous à l’abri dans un bâtiment solide, ou évacuez si l’ordre en est donné.',
    'Écoutez la radio sur un poste à piles (station locale de Radio France, France Info, France Inter) et suivez les comptes officiels.',
    'Ne téléphonez qu’en cas d’urgence vitale : les réseaux doivent rester libres pour les secours.',
    'N’allez pas chercher les enfants à l’école : les enseignants appliquent le plan de mise en sûreté de l’établissement.',
    'Suivez les consignes des autorités.',
    'Ne quittez votre abri qu’à la fin de l’alerte.',
  ],
  sources: [SOURCES.reflexesIsere],
};
