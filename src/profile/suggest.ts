/**
 * "Vouliez-vous dire … ?": the closest allowed word to what the user wrote, compared without
 * accents, case, spaces, dashes, underscores or dots, by Damerau-Levenshtein distance (a swap of
 * two neighbouring letters counts one), plus a few common synonyms.
 */

const SYNONYMS: Readonly<Record<string, string>> = {
  // keys
  tel: 'telephone',
  portable: 'telephone',
  mail: 'email',
  courriel: 'email',
  cp: 'code_postal',
  insee: 'code_insee',
  ville: 'commune',
  titre: 'civilite',
  // civilités
  mme: 'Madame',
  mlle: 'Madame',
  melle: 'Madame',
  mademoiselle: 'Madame',
  m: 'Monsieur',
  mr: 'Monsieur',
  // risques
  tmd: 'transport-matieres-dangereuses',
  barrage: 'rupture-de-barrage',
  seveso: 'industriel',
  volcan: 'eruption-volcanique',
};

export interface Suggestion {
  value: string;
  /** The two words differ only by accents, case or separators. */
  sameLetters: boolean;
}

/** The word compared: no accents, lower case, no separators. */
export function fold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_.-]+/g, '');
}

export function suggest(input: string, candidates: readonly string[]): Suggestion | undefined {
  const folded = fold(input);
  if (folded === '') return undefined;
  const synonym = SYNONYMS[folded];
  if (synonym !== undefined && candidates.includes(synonym)) return { value: synonym, sameLetters: false };
  let best: Suggestion | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = damerau(folded, fold(candidate));
    if (distance < bestDistance && distance <= tolerance(candidate)) {
      best = { value: candidate, sameLetters: distance === 0 };
      bestDistance = distance;
    }
  }
  return best;
}

/** Typos allowed: none for very short words, one up to 5 letters, two beyond. */
function tolerance(candidate: string): number {
  const length = fold(candidate).length;
  return length < 3 ? 0 : length <= 5 ? 1 : 2;
}

/** Optimal string alignment distance (insertions, deletions, substitutions, adjacent swaps). */
export function damerau(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const rows: number[][] = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => rows[i]?.[j] ?? Infinity;
  for (let i = 1; i <= x.length; i++) {
    const row = rows[i]!;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) value = Math.min(value, at(i - 2, j - 2) + 1);
      row[j] = value;
    }
  }
  return at(x.length, y.length);
}
