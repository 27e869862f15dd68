import { postalUpper } from '../postal/normalize.js';

/**
 * La Poste routing labels (libellé d'acheminement) in the form line 6 of an address needs
 * (NF Z10-011, domain.md §3.1): capitals, no accents, letters, digits and single spaces.
 *
 * codes-postaux publishes them from DGFiP's FIMOCT, with that file's habits, which we undo:
 * - hyphens and apostrophes ("AMBERIEU-EN-BUGEY", "SAINT GENIEZ D'OLT ET D'AUBRAC") → spaces;
 * - the article put last in parentheses ("ABERGEMENT-DE-CUISERY (L )", "ROCHETTE(LA)",
 *   "EPINE (L')") → put back first: "L ABERGEMENT DE CUISERY", "LA ROCHETTE", "L EPINE";
 * - a postal code glued at the end ("SAINT CHAFFREY 05330") → removed;
 * - arrondissement numbers of Paris/Lyon/Marseille ("PARIS 16", "MARSEILLE 6EME"), when the label was
 *   filed under an arrondissement → the city alone, as La Poste routes it ("PARIS").
 * - a label cut at 30 characters inside the last word of the name → the name ("… EN BERR" → "… EN BERRY").
 * Abbreviations La Poste chose ("ST REMY BOUZEMONT", "LE BOULLAY LES 2 EGLISES") are kept as published.
 */
export function cleanRoutingLabel(
  published: string,
  options: { arrondissement?: boolean; nom?: string } = {},
): string {
  let text = published.trim().replace(/\s+\d{5}$/, '');
  const trailingArticle = /^(.*?)\s*\(\s*(LES|LE|LA|L)\s*'?\s*\)$/.exec(text);
  if (trailingArticle) text = `${trailingArticle[2]} ${trailingArticle[1]}`;
  let label = postalUpper(text);
  if (options.arrondissement) label = label.replace(/ \d+(?:ER|E|EME)?$/, '');
  if (options.nom !== undefined && published.length === FIMOCT_WIDTH) label = untruncate(label, options.nom);
  return label;
}

/** FIMOCT cuts labels at 30 characters, sometimes inside a word ("VILLENTROIS-FAVEROLLES-EN-BERR"). */
const FIMOCT_WIDTH = 30;

/**
 * A label cut inside the last word of the commune's name gets the name back, in the La Poste form,
 * when that fits the 32 characters La Poste prints: "… EN BERR" → "… EN BERRY". Labels that are not
 * the commune's name (a former name, a locality) are left as published.
 */
function untruncate(label: string, nom: string): string {
  const full = postalUpper(nom);
  if (label === full || !full.startsWith(label) || full[label.length] === ' ') return label;
  const derived = deriveRoutingLabel(nom);
  return derived.length <= LABEL_MAX ? derived : label;
}

/** Longest routing label La Poste prints (commonly cited limit; domain.md §3.1). */
const LABEL_MAX = 32;

/**
 * A routing label for a commune and postal code La Poste publishes none for (188 pairs in 2026,
 * mostly postal codes added to a commune since codes-postaux was last built): the name by the same
 * rules, with SAINT/SAINTE shortened to ST/STE as La Poste does when the name is too long.
 */
export function deriveRoutingLabel(nom: string): string {
  const label = postalUpper(nom);
  if (label.length <= LABEL_MAX) return label;
  return label.replace(/\bSAINTE\b/g, 'STE').replace(/\bSAINT\b/g, 'ST');
}
