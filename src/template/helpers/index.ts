import { appellation, type MayorLike } from './appellation.js';
import { longFrenchDate } from './date.js';
import { aForm, deForm } from '../../communes/de-form.js';
import { frenchList } from './liste.js';
import { countOf, frenchPlural } from './pluriel.js';

/**
 * The helpers a template may call, and nothing else (`knownHelpersOnly`). Each one is pure and
 * total: it validates its argument and throws a TypeError with a French message, which the
 * renderer turns into a located template error.
 */
function requireString(name: string, value: unknown): string {
  if (typeof value !== 'string') throw new TypeError(`{{${name}}} attend un texte, reçu ${describe(value)}`);
  return value;
}

function describe(value: unknown): string {
  if (value === undefined || value === null) return 'une valeur absente';
  if (Array.isArray(value)) return 'une liste';
  return typeof value === 'object' ? 'un objet' : `« ${String(value)} »`;
}

function isMayor(value: unknown): value is MayorLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    ((value as MayorLike).civilite === 'Madame' || (value as MayorLike).civilite === 'Monsieur')
  );
}

export const TEMPLATE_HELPERS = {
  /** {{date_longue date}} → "1er décembre 2026" */
  date_longue: (value: unknown) => longFrenchDate(requireString('date_longue', value)),
  /** {{appellation maire}} → "Madame la Maire" */
  appellation: (value: unknown) => {
    if (!isMayor(value)) throw new TypeError(`{{appellation}} attend l’objet maire (avec civilite), reçu ${describe(value)}`);
    return appellation(value);
  },
  /** {{de commune}} → "du Havre" (official INSEE article); {{de "Le Havre"}} reads the article from the name. */
  de: (value: unknown) => {
    if (typeof value === 'object' && value !== null && typeof (value as { de?: unknown }).de === 'string') return (value as { de: string }).de;
    return deForm({ nom: requireString('de', value).trim(), tncc: null });
  },
  /** {{à commune}} → "au Havre" (official INSEE article); {{à "Les Abymes"}} reads the article from the name. */
  à: (value: unknown) => {
    if (typeof value === 'object' && value !== null && typeof (value as { a?: unknown }).a === 'string') return (value as { a: string }).a;
    return aForm({ nom: requireString('à', value).trim(), tncc: null });
  },
  /** {{liste missions}} → "a, b et c" */
  liste: (value: unknown) => {
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
      throw new TypeError(`{{liste}} attend une liste de textes, reçu ${describe(value)}`);
    }
    return frenchList(value);
  },
  /** {{pluriel missions "mission" "missions"}} → "missions" (a number, a number as text, or a list: its length) */
  pluriel: (count: unknown, singular: unknown, plural: unknown) => {
    const n = countOf(count);
    if (n === undefined) throw new TypeError(`{{pluriel}} attend un nombre ou une liste, reçu ${describe(count)}`);
    return frenchPlural(n, requireString('pluriel', singular), requireString('pluriel', plural));
  },
  /** {{majuscules nom}} → "DUPONT" */
  majuscules: (value: unknown) => requireString('majuscules', value).toLocaleUpperCase('fr-FR'),
} as const;

export type HelperName = keyof typeof TEMPLATE_HELPERS;

export const HELPER_NAMES = Object.keys(TEMPLATE_HELPERS) as HelperName[];
