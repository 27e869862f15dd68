import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics/index.js';
import { RISK_KEYS, type RiskKey } from '../profile/risks.js';
import { profileSchema } from '../profile/schema.js';
import { fold, suggest } from '../profile/suggest.js';
import type { Civilite } from './answers.js';

/**
 * The answers of `kit init` that are plain text, each with its flag (1:1 with a profile field),
 * what it is called in a French sentence, an example, and the schema that checks it — the same
 * one `kit check` uses, so that what `kit init` accepts is what the profile accepts.
 */
export interface TextField {
  /** Dotted path of the profile field. */
  path: string;
  flag: string;
  /** For « réponse manquante : le nom du maire ». */
  what: string;
  example: string;
  schema: z.ZodType;
}

const { commune, mairie, maire, expediteur, identite } = profileSchema.shape;
const identity = identite.unwrap().shape;

export const TEXT_FIELDS = {
  communeCodePostal: { path: 'commune.code_postal', flag: '--commune-code-postal', what: 'le code postal de la commune', example: '75004', schema: commune.shape.code_postal.unwrap() },
  mairieAdresse: { path: 'mairie.adresse', flag: '--mairie-adresse', what: 'l’adresse de la mairie (numéro et voie)', example: '1 place de la Mairie', schema: mairie.shape.adresse.element },
  mairieEmail: { path: 'mairie.email', flag: '--mairie-email', what: 'l’e-mail de la mairie', example: 'mairie@exemple.fr', schema: mairie.shape.email.unwrap() },
  mairieTelephone: { path: 'mairie.telephone', flag: '--mairie-telephone', what: 'le téléphone de la mairie', example: '02 99 00 00 00', schema: mairie.shape.telephone.unwrap() },
  mairePrenom: { path: 'maire.prenom', flag: '--maire-prenom', what: 'le prénom du maire', example: 'Camille', schema: maire.shape.prenom.unwrap() },
  maireNom: { path: 'maire.nom', flag: '--maire-nom', what: 'le nom du maire', example: 'Dupont', schema: maire.shape.nom },
  maireAppellation: { path: 'maire.appellation', flag: '--maire-appellation', what: 'l’appellation du maire', example: 'Madame le Maire', schema: maire.shape.appellation.unwrap() },
  expediteurNom: { path: 'expediteur.nom', flag: '--expediteur-nom', what: 'le nom de l’expéditeur (vous, qui signez)', example: 'Alex Martin', schema: expediteur.shape.nom },
  expediteurQualite: { path: 'expediteur.qualite', flag: '--expediteur-qualite', what: 'la qualité de l’expéditeur', example: 'Habitant de la commune', schema: expediteur.shape.qualite.unwrap() },
  expediteurAssociation: { path: 'expediteur.association', flag: '--expediteur-association', what: 'le nom de l’association', example: 'Collectif Exemple', schema: expediteur.shape.association.unwrap() },
  expediteurAdresse: { path: 'expediteur.adresse', flag: '--expediteur-adresse', what: 'l’adresse de l’expéditeur (numéro et voie)', example: '12 rue des Lilas', schema: expediteur.shape.adresse.element },
  expediteurCodePostal: { path: 'expediteur.code_postal', flag: '--expediteur-code-postal', what: 'le code postal de l’expéditeur', example: '35610', schema: expediteur.shape.code_postal },
  expediteurCommune: { path: 'expediteur.commune', flag: '--expediteur-commune', what: 'la commune de l’expéditeur', example: 'Sains', schema: expediteur.shape.commune },
  expediteurEmail: { path: 'expediteur.email', flag: '--expediteur-email', what: 'l’e-mail de l’expéditeur', example: 'alex@exemple.fr', schema: expediteur.shape.email.unwrap() },
  expediteurTelephone: { path: 'expediteur.telephone', flag: '--expediteur-telephone', what: 'le téléphone de l’expéditeur', example: '06 00 00 00 00', schema: expediteur.shape.telephone.unwrap() },
  expediteurSignature: { path: 'expediteur.signature', flag: '--expediteur-signature', what: 'l’image de la signature', example: 'signature.png', schema: expediteur.shape.signature.unwrap() },
  logo: { path: 'identite.logo', flag: '--logo', what: 'le logo', example: 'logo.png', schema: identity.logo.unwrap() },
  couleur: { path: 'identite.couleur', flag: '--couleur', what: 'la couleur', example: '#1d4e89', schema: identity.couleur.unwrap() },
} as const satisfies Record<string, TextField>;

export type TextFieldId = keyof typeof TEXT_FIELDS;

/** Fields given as repeatable flags (`--mairie-adresse "…" --mairie-adresse "…"`): 1–2 lines. */
export const LINE_FIELDS = ['mairieAdresse', 'expediteurAdresse'] as const satisfies readonly TextFieldId[];
export type LineFieldId = (typeof LINE_FIELDS)[number];

export const CIVILITE_FIELD = { path: 'maire.civilite', flag: '--maire-civilite', what: 'la civilité du maire', example: 'Madame' } as const;
export const COMMUNE_FIELD = { path: 'commune', flag: '--commune', what: 'la commune', example: 'Sains' } as const;
export const RISQUES_FIELD = { path: 'risques', flag: '--risques', what: 'les risques majeurs', example: 'inondation,seisme' } as const;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F]/;

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * One text answer, as typed or passed: NFC, trimmed; empty means "no answer" (`undefined`), which
 * is an error only for a required field. Otherwise checked by the profile's own schema.
 */
export function checkText(id: TextFieldId, raw: string, required: boolean): Checked<string | undefined> {
  const value = raw.normalize('NFC').trim();
  if (value === '') return required ? { ok: false, message: 'réponse obligatoire.' } : { ok: true, value: undefined };
  if (CONTROL.test(value)) return { ok: false, message: 'caractère de contrôle (tabulation, saut de ligne…) non admis.' };
  const result = TEXT_FIELDS[id].schema.safeParse(value);
  if (!result.success) return { ok: false, message: `« ${value} » ne convient pas : ${result.error.issues[0]?.message ?? 'valeur invalide'}.` };
  return { ok: true, value };
}

const CIVILITES: Readonly<Record<string, Civilite>> = {
  madame: 'Madame',
  mme: 'Madame',
  monsieur: 'Monsieur',
  m: 'Monsieur',
  mr: 'Monsieur',
};

/** "Madame", "madame", "Mme" → Madame; "Monsieur", "M.", "Mr" → Monsieur. */
export function checkCivilite(raw: string): Checked<Civilite> {
  const value = CIVILITES[fold(raw.normalize('NFC').trim())];
  if (value) return { ok: true, value };
  const guess = suggest(raw, ['Madame', 'Monsieur']);
  return { ok: false, message: `« ${raw} » n’est pas une civilité : Madame ou Monsieur${guess ? ` (vouliez-vous dire ${guess.value} ?)` : ''}.` };
}

/** "inondation, Séisme,tmd" → keys; "" or "aucun" → none. Unknown keys are errors with a suggestion. */
export function checkRisques(raw: string): Checked<RiskKey[]> {
  const items = raw
    .split(',')
    .map((item) => item.normalize('NFC').trim())
    .filter(Boolean);
  if (items.length === 1 && ['aucun', 'aucune', 'none'].includes(fold(items[0]!))) return { ok: true, value: [] };
  const keys: RiskKey[] = [];
  const unknown: string[] = [];
  for (const item of items) {
    const key = RISK_KEYS.find((candidate) => fold(candidate) === fold(item));
    if (key) {
      if (!keys.includes(key)) keys.push(key);
      continue;
    }
    const guess = suggest(item, RISK_KEYS);
    unknown.push(`« ${item} »${guess ? ` (vouliez-vous dire ${guess.value} ?)` : ''}`);
  }
  if (unknown.length > 0) {
    return { ok: false, message: `risque inconnu : ${unknown.join(', ')}. Clés possibles : ${RISK_KEYS.join(', ')}.` };
  }
  return { ok: true, value: keys };
}

/** « réponse manquante : le nom du maire. Sans terminal, passez --maire-nom "Dupont" » (exit 2). */
export function missingAnswer(field: { path: string; flag: string; what: string; example: string }): Diagnostic {
  return {
    severity: 'error',
    code: 'Usage',
    message: `réponse manquante : ${field.what}. Sans terminal, passez ${field.flag} "${field.example}"`,
    location: { field: field.path },
  };
}

/** The advice closing a list of missing answers. */
export const MISSING_HINT = 'kit init --help liste toutes les options ; dans un terminal, kit init pose les questions.';

/** A flag whose value the profile would refuse (exit 2), said before any question is asked. */
export function invalidFlag(field: { path: string; flag: string }, raw: string, message: string): Diagnostic {
  return {
    severity: 'error',
    code: 'Usage',
    message: `${field.flag} : ${message}`,
    location: { field: field.path },
    actual: raw,
  };
}
