const MONTHS = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
];

/** Reads `YYYY-MM-DD` (the form the context carries) without any time-zone shift. */
export function parseIsoDate(value: string): { year: number; month: number; day: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return { year, month, day };
}

/**
 * Long French date: "23 novembre 2026", "1er décembre 2026" (domain.md §4: lowercase month,
 * no leading zero, "1er" for the first day; no-break spaces so the date never splits).
 */
export function longFrenchDate(iso: string): string {
  const date = parseIsoDate(iso);
  if (!date) throw new TypeError(`date attendue au format AAAA-MM-JJ, trouvé « ${iso} »`);
  const day = date.day === 1 ? '1er' : String(date.day);
  return `${day}\u00A0${MONTHS[date.month - 1]}\u00A0${date.year}`;
}

/** Today's date as `YYYY-MM-DD`, from SOURCE_DATE_EPOCH when set (reproducible runs). */
export function isoDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}
