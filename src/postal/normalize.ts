/**
 * Lines 4 to 6 of a French postal address (NF Z10-011, domain.md §3.1): capitals, no accents,
 * no punctuation, single spaces. Œ and Æ are mapped explicitly: Unicode decomposition leaves them.
 */
export function postalUpper(value: string): string {
  return value
    .replace(/Œ/g, 'OE')
    .replace(/œ/g, 'oe')
    .replace(/Æ/g, 'AE')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const REPETITION: Record<string, string> = { BIS: 'B', TER: 'T', QUATER: 'Q', QUINQUIES: 'C' };

/**
 * Street line in postal form: "5 bis, rue de l'Église" → "5 B RUE DE L EGLISE";
 * "12/14 avenue X" and "4 à 8 rue Y" keep only the first number.
 */
export function postalStreet(value: string): string {
  const firstNumber = value.replace(/^(\d+)\s*(?:\/|-|à|a)\s*\d+\b/u, '$1');
  return postalUpper(firstNumber).replace(/^(\d+) (BIS|TER|QUATER|QUINQUIES)\b/, (_, n: string, r: string) => `${n} ${REPETITION[r]}`);
}
