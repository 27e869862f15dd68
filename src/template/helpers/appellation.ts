/** What the template receives as `maire`: only the fields the appellation needs. */
export interface MayorLike {
  civilite: 'Madame' | 'Monsieur';
  appellation?: string | undefined;
}

/**
 * "Madame la Maire" by default for a woman (Académie française, 2019), "Monsieur le Maire" for
 * a man; a profile may override it (e.g. "Madame le Maire"). The closing formula must repeat
 * exactly the appellation of the opening, so both come from this one function.
 */
export function appellation(maire: MayorLike): string {
  if (maire.appellation) return maire.appellation;
  return maire.civilite === 'Madame' ? 'Madame la Maire' : 'Monsieur le Maire';
}
