/**
 * The official directory of French communes (domain.md §5), as the rest of the program sees it.
 * Source: @etalab/decoupage-administratif (INSEE) and codes-postaux (La Poste routing labels),
 * extracted at build time into data/communes.json by scripts/build-communes.mjs.
 */

/** metro (Corsica included), drom (971–974, 976), com (collectivités d'outre-mer, TAAF, Clipperton). */
export type Zone = 'metro' | 'drom' | 'com';

/**
 * INSEE TNCC ("typeLiaison"): the article and charnière of a name (domain.md §5.4).
 * 0 consonant, 1 vowel or mute h, 2 Le, 3 La, 4 Les, 5 L', 6 Aux, 7 Las, 8 Los.
 */
export type Tncc = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export interface Territoire {
  readonly code: string;
  readonly nom: string;
}

/** Where a routing label comes from. */
export type OrigineLibelle =
  /** codes-postaux, filed under this commune's code and this postal code. */
  | 'officiel'
  /** codes-postaux, filed under an arrondissement municipal or a commune déléguée of this commune. */
  | 'rattachee'
  /** Not published for this pair: derived from the commune's name by the La Poste rules. */
  | 'derive';

export interface Acheminement {
  readonly codePostal: string;
  /** La Poste libellé d'acheminement in line-6 form: capitals, no accents, no punctuation. */
  readonly libelle: string;
  readonly origine: OrigineLibelle;
  /** The label as published (codes-postaux), before cleaning; absent when derived. */
  readonly libelleSource?: string;
  /** For origine "rattachee": the INSEE code the label was filed under. */
  readonly codeSource?: string;
}

/** A current commune ("commune-actuelle"): the one whose mayor receives letters. */
export interface Commune {
  /** INSEE code, always a 5-character string: "01001", "2A004", "97101". */
  readonly code: string;
  /** Official name, with its article, accents and straight apostrophe: "L'Haÿ-les-Roses". */
  readonly nom: string;
  /** INSEE TNCC; null for the collectivités d'outre-mer, which have none. */
  readonly tncc: Tncc | null;
  readonly departement: Territoire;
  readonly region: Territoire;
  readonly zone: Zone;
  /** Population municipale (INSEE); null where INSEE publishes none (TAAF, Clipperton). */
  readonly population: number | null;
  /** Postal codes serving the commune (La Poste), sorted; empty for the TAAF districts. */
  readonly codesPostaux: readonly string[];
  /** One routing label per postal code, in the order of codesPostaux. */
  readonly acheminements: readonly Acheminement[];
}

export type TypeRattachement = 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';

/** How a code or a name that is not a current commune's led to one. */
export interface Redirection {
  readonly type: TypeRattachement | 'ancien-code' | 'code-partage';
  /** The code looked up (or the code of the name matched). */
  readonly code: string;
  /** Name of the commune déléguée / associée / arrondissement; absent for a former code. */
  readonly nom?: string;
}

export type InseeLookup =
  | {
      readonly commune: Commune;
      /** Present when the code is not (only) the current commune's own. */
      readonly via?: Redirection;
      /** French sentence explaining the redirection, for the user. */
      readonly note?: string;
    }
  | {
      readonly commune: undefined;
      readonly reason: 'format' | 'inconnu';
      /** French sentence for the user. */
      readonly message: string;
    };

export interface NameMatch {
  readonly commune: Commune;
  readonly match: 'exact' | 'prefix';
  /** Present when the name matched is that of a commune déléguée / associée / arrondissement. */
  readonly via?: Redirection;
}

export interface NameOptions {
  /** Only communes of this département ("01", "2A", "971"; "1" is read as "01"). */
  departement?: string;
  /** At most this many results (all by default). */
  limit?: number;
}

export interface SearchHit {
  /** What a prompt shows: "Sains (35) — 35610". */
  readonly label: string;
  readonly commune: Commune;
  /** The postal code the hit is about, when the search was by postal code (or the commune has only one). */
  readonly codePostal?: string;
  readonly via?: Redirection;
}
