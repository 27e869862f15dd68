/**
 * French agreement: the singular up to (not including) 2 — « 0 voisin », « 1,5 kilo »,
 * « 2 voisins » (Académie française: the plural starts at two).
 */
export function frenchPlural(count: number, singular: string, plural: string): string {
  return Math.abs(count) < 2 ? singular : plural;
}

/** A count from a number, a number written as text ("3", "1,5") or a list (its length). */
export function countOf(value: unknown): number | undefined {
  if (Array.isArray(value)) return value.length;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*-?\d+(?:[.,]\d+)?\s*$/.test(value)) return Number(value.trim().replace(',', '.'));
  return undefined;
}
