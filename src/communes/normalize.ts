/**
 * Search keys for commune names: what a person types and what INSEE publishes meet here.
 * Accents, case, hyphens, apostrophes, spaces and punctuation do not matter; "St"/"Ste"
 * (and "Sts"/"Stes") mean "Saint"/"Sainte" ("Saints"/"Saintes"); Œ/Æ are spelled OE/AE.
 *   "L'Haÿ-les-Roses", "l hay les roses", "LHAY-LES-ROSES" → "lhaylesroses"
 *   "St-Remy-en-Bouzemont"                               → "saintremyenbouzemont"
 */

const ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte', sts: 'saints', stes: 'saintes' };

/** Articles a name may start with (INSEE TNCC 2–8); a search may omit them ("Havre" → Le Havre). */
const ARTICLES = new Set(['le', 'la', 'les', 'l', 'aux', 'las', 'los']);

export function nameTokens(text: string): string[] {
  return text
    .replace(/[Œœ]/g, 'oe')
    .replace(/[Ææ]/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((token) => token !== '')
    .map((token) => ABBREVIATIONS[token] ?? token);
}

/** The key a name is found by. */
export function nameKey(text: string): string {
  return nameTokens(text).join('');
}

/** The key without a leading article, or undefined when the name has none ("Le Havre" → "havre"). */
export function nameKeyWithoutArticle(text: string): string | undefined {
  const tokens = nameTokens(text);
  if (tokens.length < 2 || !ARTICLES.has(tokens[0]!)) return undefined;
  return tokens.slice(1).join('');
}
