import type { Source } from './types.js';

/**
 * The pages the knowledge data was checked against (domain.md cites them). One constant per
 * page, so that a data entry names its source and docs/sources.md lists the same URLs.
 */
export const SOURCES = {
  georisquesInondation: { titre: 'Géorisques, « Inondation »', url: 'https://georisques.gouv.fr/minformer-sur-un-risque/inondation' },
  bonsReflexes2023: {
    titre: 'Journée nationale de la résilience face aux risques, « Adoptons les bons réflexes »',
    url: 'https://www.smage2morin.fr/journee-nationale-de-la-resilience-face-aux-risques-du-13-octobre-2023-adoptons-les-bons-reflexes/',
  },
  georisquesSeisme: { titre: 'Géorisques, « Séisme »', url: 'https://www.georisques.gouv.fr/minformer-sur-un-risque/seisme' },
  mouvementTerrainReignier: {
    titre: 'Commune de Reignier-Ésery, « Le risque de mouvement de terrain »',
    url: 'http://reignier-esery.com/wai_fre/Mairie/PCS/Les-risques-Majeurs-sur-la-commune/Le-risque-de-mouvement-de-terrain',
  },
  mouvementTerrainAles: { titre: 'Ville d’Alès, « Mouvement de terrain »', url: 'https://ales.fr/mes-demarches/prevention-des-risques/mouvement-de-terrain' },
  feuDeForet: {
    titre: 'France Bleu, « Les bons réflexes face aux risques d’incendies et de feux de forêt » (campagne du ministère)',
    url: 'https://www.francebleu.fr/infos/faits-divers-justice/les-bons-reflexes-face-aux-risque-incendies-et-feux-de-foret-1657277631',
  },
  debroussaillement: {
    titre: 'Montpellier Infos, « Feux de forêts : quels conseils face aux risques »',
    url: 'https://montpellier-infos.fr/index.php/bons-plans/bon-a-savoir/21673-feux-de-forets-quels-conseils-face-aux-risques',
  },
  georisquesIndustriel: {
    titre: 'Géorisques, « Que faire en cas d’accident industriel »',
    url: 'https://georisques.gouv.fr/me-preparer-me-proteger/que-faire-en-cas-d-accident-industriel',
  },
  irsnNucleaire: {
    titre: 'IRSN, « En cas d’alerte nucléaire, je sais quoi faire »',
    url: 'https://expo-radioactivite.irsn.fr/thematiques/laccident-nucleaire/en-cas-dalerte-nucleaire-je-sais-quoi-faire',
  },
  iodeStable: { titre: 'Campagne d’information sur l’iode stable', url: 'http://www.distribution-iode.com/' },
  signalNational: {
    titre: 'Préfecture de la Charente, « Le signal national d’alerte »',
    url: 'https://www.charente.gouv.fr/layout/set/print/Actions-de-l-Etat/Securite-et-protection-des-personnes/Securite-civile/Planification-et-gestion-des-risques/Le-signal-national-d-alerte',
  },
  tmdRhone: {
    titre: 'Préfecture du Rhône, « Risque de transport de matières dangereuses : les consignes »',
    url: 'https://www.rhone.gouv.fr/Politiques-publiques/Securite-et-protection-de-la-population/La-securite-civile/Les-risques-majeurs/Les-risques-majeurs-dans-le-Rhone/Le-Dossier-Departemental-sur-les-Risques-Majeurs/Risques-technologiques/Risque-de-transport-de-matieres-dangereuses/Les-consignes',
  },
  tmdPlaques: {
    titre: 'Académie de Guadeloupe, « Que faire en cas d’accident TMD »',
    url: 'https://pedagogie.ac-guadeloupe.fr/risques_majeurs/que_faire_en_cas_daccident_tmd',
  },
  tempeteSdis77: {
    titre: 'SDIS 77, « En cas de vents violents »',
    url: 'https://www.sdis77.fr/gestes-qui-sauvent/les-bons-comportements/en-cas-de-vents-violents/',
  },
  tempeteLeHavre: { titre: 'Le Havre Seine Métropole, « Tempêtes »', url: 'https://lehavreseinemetropole.fr/tempetes' },
  cycloneGosier: {
    titre: 'Ville du Gosier, « Les alertes cycloniques »',
    url: 'https://www.villedugosier.fr/vivre-au-gosier/securite/prevention-des-risques/article/les-alertes-cycloniques-kezako',
  },
  volcanMartinique: { titre: 'Risques naturels en Martinique, « Consignes »', url: 'https://risquesnaturels972.com/consignes' },
  tsunamiLamentin: { titre: 'Ville du Lamentin, « Tsunami »', url: 'https://villelamentin971.fr/tsunami/' },
  avalanche: { titre: 'Puyvalador, « Risque d’avalanche »', url: 'https://puyvalador.com/articles.asp?id=4409' },
  radonRecosante: {
    titre: 'Recosanté, « Que faire en présence de radon dans son logement ? »',
    url: 'https://recosante.beta.gouv.fr/articles/que-faire-en-presence-de-radon-dans-son-logement/',
  },
  reflexesIsere: {
    titre: 'Préfecture de l’Isère, « Savoir réagir à une alerte »',
    url: 'https://www.isere.gouv.fr/Actions-de-l-Etat/Risques-majeurs/Tous-publics/Savoir-reagir-a-une-alerte',
  },
  sdis31Signal: { titre: 'SDIS 31, « Le signal d’alerte nationale »', url: 'https://www.sdis31.fr/conseils-prevention/etre-alerte/le-signal-dalerte-nationale/' },
  frAlert: {
    titre: 'Senioractu, « FR-Alert, le nouveau dispositif d’alerte à la population »',
    url: 'https://www.senioractu.com/FR-Alert-le-nouveau-dispositif-d-alerte-a-la-population-francaise_a24656.html',
  },
  numerosUrgence: { titre: 'Senioractu, « Les numéros d’urgence à connaître » (d’après service-public.fr)', url: 'https://www.senioractu.com/Les-numeros-d-urgence-a-connaitre_a23873.html' },
  kit72h: { titre: 'Géorisques, « Mon kit d’urgence 72 h »', url: 'https://georisques.gouv.fr/me-preparer-me-proteger/mon-kit-durgence-72h' },
  sgdsn2025: {
    titre: 'Guide « Tous responsables » (SGDSN, novembre 2025), présenté par macommune.info',
    url: 'https://www.macommune.info/tous-responsables-que-contiennent-le-livret-officiel-et-le-kit-durgence-en-cas-de-guerre/',
  },
  decret2023: {
    titre: 'Décret no 2023-881 du 15 septembre 2023 (résumé de bassinversant.org)',
    url: 'https://bassinversant.org/publication-du-decret-portant-sur-linformation-preventive-exercee-par-les-maires-et-letat-en-matiere-de-risques-majeurs',
  },
  decret2023Atd31: {
    titre: 'ATD 31, « Risques majeurs : un décret apporte des précisions » (décret no 2023-881)',
    url: 'https://atd31.fr/fr/publications/info-lettre/il-2023/info-lettre-337/risques-majeurs-un-decret-apporte-des-precisions-sur-le-contenu-des-informations-et-les-modalites-de-leur-communication-au-public-par-le-maire.html',
  },
  dicrimIrma: {
    titre: 'IRMa, « Le DICRIM »',
    url: 'http://www.irma-grenoble.com/05documentation/04dossiers_articles.php?id_DTart=138&id_DT=14',
  },
  dicrimPremilhat: { titre: 'Commune de Prémilhat, « DICRIM »', url: 'http://premilhat.fr/fr/information/75140/dicrim' },
  pcsBanqueTerritoires: {
    titre: 'Banque des Territoires, « Les nouveaux contours des plans communaux et intercommunaux de sauvegarde »',
    url: 'https://www.banquedesterritoires.fr/les-nouveaux-contours-des-plans-communaux-et-intercommunaux-de-sauvegarde-connus',
  },
  pcsMairesDeFrance: { titre: 'Maires de France, plans communaux et intercommunaux de sauvegarde', url: 'https://mairesdefrance.com/m/article/print.php?id=1599' },
  correspondantIncendie: {
    titre: 'Banque des Territoires, « Les communes ont-elles l’obligation de nommer un correspondant incendie et secours ? »',
    url: 'https://www.banquedesterritoires.fr/les-communes-ont-elles-lobligation-de-nommer-un-correspondant-incendie-et-secours',
  },
  cadaDelais: { titre: 'Madada, « Délais CADA après échange avec l’administration »', url: 'https://forum.madada.fr/t/page-faq-delai-cada-apres-echange-avec-ladministration/1328' },
  heureCivique: { titre: 'L’Heure Civique, foire aux questions', url: 'https://lheurecivique.fr/faq/' },
} as const satisfies Record<string, Source>;
