import { z } from 'zod';
import { RISK_KEYS } from './risks.js';

/**
 * The commune profile (design.md §8). Field names are a contract: fields may be added, these
 * names stay. Every object is strict: an unknown key is an error (with a "did you mean").
 * All scalars reach the schema as strings (the YAML is read with the failsafe schema), so
 * `code_postal: 01000` keeps its leading zero.
 */
const text = z.string().trim().min(1, 'ne doit pas être vide');

const postcode = z
  .string()
  .trim()
  .regex(/^\d{5}$/, 'un code postal a 5 chiffres (par exemple "35610")');

const inseeCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^(\d{5}|2[AB]\d{3})$/, 'un code INSEE a 5 caractères (par exemple "35248" ou "2A004")');

const email = z.string().trim().regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'une adresse électronique (nom@domaine.fr)');

const phone = z
  .string()
  .trim()
  .regex(/^\+?[\d .-]{2,20}$/, 'un numéro de téléphone (par exemple "02 99 00 00 00")');

const streetLines = z.array(text).min(1, 'au moins une ligne d’adresse').max(2, 'au plus deux lignes d’adresse');

export const civilites = ['Madame', 'Monsieur'] as const;

/** The points the resilience letter can make, in the order it makes them. */
export const resiliencePoints = ['alimentation', 'sante', 'risques'] as const;

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'une date au format AAAA-MM-JJ (par exemple "2026-10-13")')
  .refine((value) => {
    const [year, month, day] = value.split('-').map(Number) as [number, number, number];
    const probe = new Date(Date.UTC(year, month - 1, day));
    return probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  }, 'une date qui existe au calendrier');

export const profileSchema = z.strictObject({
  commune: z.strictObject({
    code_insee: inseeCode.describe('Code officiel géographique INSEE de la commune (5 caractères).'),
    nom: text.optional().describe('Nom officiel de la commune (« Le Havre ») ; rempli et vérifié d’après le code INSEE.'),
    code_postal: postcode.optional().describe('Code postal de la commune ; rempli d’après le code INSEE, et vérifié s’il est donné.'),
  }),
  mairie: z.strictObject({
    adresse: streetLines.describe('Une ou deux lignes d’adresse de la mairie (numéro et voie).'),
    code_postal: postcode.optional().describe('Code postal de la mairie (par défaut celui de la commune).'),
    distribution: text
      .optional()
      .describe('Mention de distribution (ligne 5 de l’adresse) : boîte postale, CS, TSA ou lieu-dit, par exemple « CS 10001 ».'),
    libelle_acheminement: text
      .optional()
      .describe('Libellé d’acheminement La Poste (ligne 6, après le code postal), par exemple « RENNES CEDEX » ; par défaut, le nom de la commune.'),
    email: email.optional(),
    telephone: phone.optional(),
  }),
  maire: z.strictObject({
    civilite: z.enum(civilites).describe('Madame ou Monsieur.'),
    prenom: text.optional(),
    nom: text,
    appellation: text.optional().describe('Remplace l’appellation par défaut (« Madame la Maire », « Monsieur le Maire »).'),
  }),
  expediteur: z.strictObject({
    nom: text.describe('Prénom et nom de la personne qui signe.'),
    qualite: text.optional().describe('Par exemple « Habitante du quartier de la Gare ».'),
    association: text.optional(),
    adresse: streetLines,
    code_postal: postcode,
    commune: text,
    email: email.optional(),
    telephone: phone.optional(),
    signature: text.optional().describe('Image de la signature, relative au profil.'),
    ligne_retour: z
      .enum(['oui', 'non'])
      .optional()
      .describe('« oui » : une ligne en petits caractères avec l’adresse de l’expéditeur en haut de la fenêtre de l’enveloppe, au-dessus du destinataire, pour le retour du courrier.'),
  }),
  risques: z.array(z.enum(RISK_KEYS)).optional().describe('Familles de risques majeurs de la commune.'),
  heure_civique: z
    .strictObject({
      site: z
        .url({ protocol: /^https?$/, hostname: z.regexes.domain })
        .optional()
        .describe('Adresse web (https://…) de la page de l’Heure civique.'),
      contact: text.optional(),
      missions: z.array(text).optional(),
    })
    .optional(),
  resilience: z
    .strictObject({
      points: z
        .array(z.enum(resiliencePoints))
        .min(1, 'au moins un point')
        .optional()
        .describe('Points à aborder dans la lettre du kit « resilience » : alimentation, sante, risques (par défaut les trois).'),
    })
    .optional(),
  reunion: z
    .strictObject({
      date: isoDate.describe('Date de la réunion publique, au format AAAA-MM-JJ (par exemple "2026-10-13").'),
      heure: text.optional().describe('Heure de la réunion, par exemple « 18 h 30 ».'),
      lieu: text.describe('Lieu de la réunion, par exemple « Salle des fêtes, place de l’Église ».'),
    })
    .optional()
    .describe('Réunion publique annoncée par le kit « securite-solidaire ».'),
  entraide: z
    .strictObject({
      services: z.array(text).optional().describe('Ce que vous proposez à vos voisins, par exemple « faire des courses », « arroser les plantes ».'),
      immeuble: text.optional().describe('Nom de l’immeuble ou de la rue, imprimé sur l’affiche et le panneau.'),
    })
    .optional()
    .describe('Kit « entraide » : ce que vous proposez à vos voisins.'),
  identite: z
    .strictObject({
      logo: text.optional(),
      couleur: z
        .string()
        .regex(/^#[0-9a-fA-F]{6}$/, 'une couleur au format #rrvvbb')
        .optional(),
    })
    .optional(),
});

/** The profile as written and validated, before completion from the official data. */
export type WrittenProfile = z.infer<typeof profileSchema>;
