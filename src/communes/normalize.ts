/**
 * Search keys for commune names: what a person types and what INSEE publishes meet here.
 * Accents, case, hyphens, apostrophes, spaces and punctuation do not matter; "St"/"Ste"
 * (and "Sts"/"Stes") mean "Saint"/"Sainte" ("Saints"/"Saintes"); Œ/Æ are spelled OE/AE.
 *   "L'Haÿ-les-Roses", "l hay les roses", "LHAY-LES-ROSES" → "lhaylesroses"
 *   "St-Remy-en-Bouzemont"                               → "saintremyenbouzemont"
 */

const ABBREVIATIONS = new Map([
  ['st', 'saint'],
  ['ste', 'sainte'],
  ['sts', 'saints'],
  ['stes', 'saintes'],
]);

/** Articles a name may start with (INSEE TNCC 2–8); a search may omit them ("Havre" → Le Havre). */
const ARTICLES = new Set(['le', 'la', 'les', 'l', 'aux', 'las', 'los']);

export function nameTokens(text: string): string[] {
  // After NFD, the accents of French (and of the few Breton, Basque, Corsican names) are all in the
  // combining diacritical marks block; Œ/Æ do not decompose and are spelled out first.
  const folded = text
    .replace(/[Œœ]/g, 'oe')
    .replace(/[Ææ]/g, 'ae')
    .normalize('NFD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '');
  const tokens: string[] = [];
  for (const token of folded.split(/[^a-z0-9]+/)) {
    if (token !== '') tokens.push(ABBREVIATIONS.get(token) ?? token);
  }
  return tokens;
}

/** The key a name is found by. */
export function nameKey(text: string): string {
  return nameTokens(text).join('');
}

/**
 * The key, and the key without a leading article when the name has one ("Le Havre" → "lehavre",
 * "havre"): a search may leave the article out.
 */
export function nameKeys(text: string): { key: string; withoutArticle?: string } {
  const tokens = nameTokens(text);
  const key = tokens.join('');
  if (tokens.length < 2 || !ARTICLES.has(tokens[0]!)) return { key };
  return { key, withoutArticle: tokens.slice(1).join('') };
}
