import { deForm } from './de-form.js';
import { nameKey, nameKeys } from './normalize.js';
import { departementOfCode, getDirectory, type Directory, type Rattachee } from './store.js';
import type { Commune, InseeLookup, NameMatch, NameOptions, Redirection, SearchHit } from './types.js';

const quote = (text: string): string => `« ${text} »`;
let frCollator: Intl.Collator | undefined;
const collate = (a: string, b: string): number =>
  (frCollator ??= new Intl.Collator('fr', { sensitivity: 'base', numeric: true })).compare(a, b);

/** An INSEE commune code: 5 digits, or 2A/2B + 3 digits (Corsica). Never a number. */
const INSEE_CODE = /^(?:\d{5}|2[AB]\d{3})$/;
const POSTAL_CODE = /^\d{5}$/;

// ---------------------------------------------------------------------------------------------
// By INSEE code

/**
 * The commune whose mayor receives letters for this INSEE code:
 * - a current commune's code → that commune (for the 584 codes it shares with one of its communes
 *   déléguées, the commune nouvelle wins, with a note when the names differ);
 * - a commune déléguée / associée → its commune nouvelle (chef-lieu), with a note;
 * - an arrondissement municipal (75101–75120, 69381–69389, 13201–13216) → Paris, Lyon, Marseille;
 * - a former code no longer used by any entry (merged communes) → the commune that took it over.
 * A malformed or unknown code gives `commune: undefined` and the reason, in French.
 */
export function byInseeCode(code: string): InseeLookup {
  const wanted = code.trim().toUpperCase();
  if (!INSEE_CODE.test(wanted)) {
    const lostZero = /^\d{4}$/.test(wanted) ? ` ; un zéro initial a peut-être été perdu (tableur) : 0${wanted} ?` : '';
    return {
      commune: undefined,
      reason: 'format',
      message: `${quote(code)} n’est pas un code INSEE de commune (5 caractères : 5 chiffres, ou 2A/2B et 3 chiffres pour la Corse)${lostZero}`,
    };
  }
  const directory = getDirectory();
  const commune = directory.byCode(wanted);
  const rattachee = directory.rattachees.get(wanted);
  if (commune) {
    if (rattachee && rattachee.nom !== commune.nom) {
      return {
        commune,
        via: { type: 'code-partage', code: wanted, nom: rattachee.nom },
        note: `${wanted} est le code de la commune nouvelle ${commune.nom} et aussi celui de sa commune déléguée ${rattachee.nom} : c’est la commune nouvelle qui est retenue.`,
      };
    }
    return { commune };
  }
  if (rattachee) {
    const parent = directory.byCode(rattachee.parent);
    if (parent) return { commune: parent, via: redirection(rattachee), note: rattacheeNote(rattachee, parent) };
  }
  const successor = directory.anciensCodes.get(wanted);
  const current = successor === undefined ? undefined : directory.byCode(successor);
  if (current) {
    return {
      commune: current,
      via: { type: 'ancien-code', code: wanted },
      note: `${wanted} est un ancien code INSEE : la commune est aujourd’hui ${current.nom} (${current.code}).`,
    };
  }
  return {
    commune: undefined,
    reason: 'inconnu',
    message: `Aucune commune n’a le code INSEE ${quote(wanted)}.`,
  };
}

function redirection(r: Rattachee): Redirection {
  return { type: r.type, code: r.code, nom: r.nom };
}

function rattacheeNote(r: Rattachee, parent: Commune): string {
  const what =
    r.type === 'arrondissement-municipal'
      ? `l’arrondissement municipal ${r.nom}`
      : `${r.nom}, commune ${r.type === 'commune-deleguee' ? 'déléguée' : 'associée'} rattachée à ${parent.nom}`;
  return `${r.code} est le code de ${what} : les lettres vont au maire ${deForm(parent)} (${parent.code}).`;
}

// ---------------------------------------------------------------------------------------------
// By name

interface NameIndex {
  /** Sorted search keys. */
  keys: string[];
  /** For each key: a commune index (≥ 0) or -(i + 1) for the i-th rattachée. */
  refs: Int32Array;
  /** For each key: 1 when it is the name without its article ("havre" for Le Havre). */
  articleless: Uint8Array;
  rattachees: Rattachee[];
}

const nameIndexes = new WeakMap<Directory, NameIndex>();

function nameIndex(directory: Directory): NameIndex {
  const cached = nameIndexes.get(directory);
  if (cached) return cached;
  const entries: { key: string; ref: number; articleless: number }[] = [];
  const add = (nom: string, ref: number): void => {
    const { key, withoutArticle } = nameKeys(nom);
    entries.push({ key, ref, articleless: 0 });
    if (withoutArticle !== undefined) entries.push({ key: withoutArticle, ref, articleless: 1 });
  };
  for (let i = 0; i < directory.size; i++) add(directory.nomAt(i), i);
  const rattachees = [...directory.rattachees.values()];
  rattachees.forEach((r, i) => add(r.nom, -(i + 1)));
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.ref - b.ref));
  const index: NameIndex = {
    keys: entries.map((e) => e.key),
    refs: Int32Array.from(entries, (e) => e.ref),
    articleless: Uint8Array.from(entries, (e) => e.articleless),
    rattachees,
  };
  nameIndexes.set(directory, index);
  return index;
}

function lowerBound(keys: readonly string[], key: string): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** "1" → "01", "2a" → "2A"; anything else as typed, trimmed. */
function normaliseDepartement(value: string): string {
  const d = value.trim().toUpperCase();
  return /^\d$/.test(d) ? `0${d}` : d;
}

/**
 * Communes by name, for a person typing it: accents, case, hyphens, apostrophes and spaces do not
 * matter, "St"/"Ste" stand for "Saint"/"Sainte", a leading article may be left out ("Havre").
 * Exact matches come first, then names starting with the query; within each, current communes before
 * communes déléguées / associées / arrondissements (which lead to their commune, see `via`), then by
 * population, largest first. Homonyms are all listed (12 Sainte-Colombe): tell them apart by
 * `commune.departement`. Each commune appears once, with its best match.
 */
export function byName(query: string, options: NameOptions = {}): NameMatch[] {
  const key = nameKey(query);
  if (key === '') return [];
  const directory = getDirectory();
  const index = nameIndex(directory);
  const departement = options.departement === undefined ? undefined : normaliseDepartement(options.departement);

  // Best match per commune: rank = tier (exact, exact without article, prefix, prefix without
  // article) * 2 + (matched through a rattachée ? 1 : 0).
  const best = new Map<number, { rank: number; via?: Redirection }>();
  for (let i = lowerBound(index.keys, key); i < index.keys.length; i++) {
    const candidate = index.keys[i]!;
    if (!candidate.startsWith(key)) break;
    const ref = index.refs[i]!;
    const rattachee = ref < 0 ? index.rattachees[-ref - 1]! : undefined;
    const communeIndex = rattachee ? directory.indexOf(rattachee.parent) : ref;
    if (communeIndex === undefined) continue;
    if (departement !== undefined && departementOfCode(directory.codeAt(communeIndex)) !== departement) continue;
    const tier = (candidate === key ? 0 : 2) + index.articleless[i]!;
    const rank = tier * 2 + (rattachee ? 1 : 0);
    const previous = best.get(communeIndex);
    if (previous === undefined || rank < previous.rank) {
      best.set(communeIndex, rattachee ? { rank, via: redirection(rattachee) } : { rank });
    }
  }

  const ranked = [...best.entries()].map(([communeIndex, match]) => ({
    communeIndex,
    ...match,
    population: directory.populationAt(communeIndex),
    nom: directory.nomAt(communeIndex),
    code: directory.codeAt(communeIndex),
  }));
  ranked.sort(
    (a, b) =>
      a.rank - b.rank ||
      b.population - a.population ||
      collate(a.nom, b.nom) ||
      (a.code < b.code ? -1 : 1),
  );
  const limited = options.limit === undefined ? ranked : ranked.slice(0, Math.max(0, options.limit));
  return limited.map(({ communeIndex, rank, via }) => {
    const commune = directory.at(communeIndex);
    const match = rank < 4 ? 'exact' : 'prefix';
    return via ? { commune, match, via } : { commune, match };
  });
}

// ---------------------------------------------------------------------------------------------
// By postal code

interface PostalIndex {
  byCode: Map<string, number[]>;
  /** Distinct postal codes, sorted (prefix search). */
  codes: string[];
}

const postalIndexes = new WeakMap<Directory, PostalIndex>();

function postalIndex(directory: Directory): PostalIndex {
  const cached = postalIndexes.get(directory);
  if (cached) return cached;
  const byCode = new Map<string, number[]>();
  for (let i = 0; i < directory.size; i++) {
    for (const cp of directory.postalCodesAt(i)) {
      const list = byCode.get(cp);
      if (list) list.push(i);
      else byCode.set(cp, [i]);
    }
  }
  const index: PostalIndex = { byCode, codes: [...byCode.keys()].sort() };
  postalIndexes.set(directory, index);
  return index;
}

/**
 * Every current commune a postal code serves (51300 serves 46), in alphabetical order. A malformed
 * code (not 5 digits) serves none. Arrondissement postal codes (75008) give their city.
 */
export function byPostalCode(code: string): Commune[] {
  const wanted = code.trim();
  if (!POSTAL_CODE.test(wanted)) return [];
  const directory = getDirectory();
  const communes = (postalIndex(directory).byCode.get(wanted) ?? []).map((i) => directory.at(i));
  return communes.sort((a, b) => collate(a.nom, b.nom) || (a.code < b.code ? -1 : 1));
}

// ---------------------------------------------------------------------------------------------
// Routing label

/**
 * The La Poste routing label (line 6 of the address, after the postal code) for this commune and
 * postal code, or undefined when the postal code does not serve the commune.
 */
export function routingLabel(commune: Commune, postalCode: string): string | undefined {
  const wanted = postalCode.trim();
  return commune.acheminements.find((a) => a.codePostal === wanted)?.libelle;
}

// ---------------------------------------------------------------------------------------------
// As-you-type search

/**
 * Suggestions for a commune prompt, from what has been typed so far: a postal code (or its first
 * digits), an INSEE code, or the start of a name. Labels read "Sains (35) — 35610".
 */
export function search(text: string, limit = 10): SearchHit[] {
  const typed = text.trim();
  if (typed === '' || limit <= 0) return [];
  const hits: SearchHit[] = [];
  const seen = new Set<string>();
  const push = (hit: SearchHit): void => {
    const id = `${hit.commune.code}|${hit.codePostal ?? ''}`;
    if (seen.has(id) || hits.length >= limit) return;
    seen.add(id);
    hits.push(hit);
  };

  if (/^\d{1,5}$/.test(typed)) {
    const directory = getDirectory();
    const index = postalIndex(directory);
    for (let i = lowerBound(index.codes, typed); i < index.codes.length && hits.length < limit; i++) {
      const cp = index.codes[i]!;
      if (!cp.startsWith(typed)) break;
      for (const commune of byPostalCode(cp)) push(hitFor(commune, cp));
    }
  }
  if (INSEE_CODE.test(typed.toUpperCase())) {
    const found = byInseeCode(typed);
    if (found.commune) {
      const codePostal = found.commune.codesPostaux.length === 1 ? found.commune.codesPostaux[0] : undefined;
      const hit = hitFor(found.commune, codePostal, found.via);
      push({ ...hit, label: `${hit.label} (INSEE ${typed.toUpperCase()})` });
    }
  }
  if (!/^\d+$/.test(typed)) {
    for (const match of byName(typed, { limit })) {
      const codePostal = match.commune.codesPostaux.length === 1 ? match.commune.codesPostaux[0] : undefined;
      push(hitFor(match.commune, codePostal, match.via));
    }
  }
  return hits;
}

function hitFor(commune: Commune, codePostal: string | undefined, via?: Redirection): SearchHit {
  const prefix = via?.nom !== undefined && via.type !== 'code-partage' ? `${via.nom} → ` : '';
  const label = `${prefix}${commune.nom} (${commune.departement.code}) — ${postalText(commune, codePostal)}`;
  const hit: SearchHit = codePostal === undefined ? { label, commune } : { label, commune, codePostal };
  return via ? { ...hit, via } : hit;
}

function postalText(commune: Commune, codePostal: string | undefined): string {
  if (codePostal !== undefined) return codePostal;
  const codes = commune.codesPostaux;
  if (codes.length === 0) return 'sans code postal';
  if (codes.length <= 3) return codes.join(', ');
  return `${codes.slice(0, 3).join(', ')}… (${codes.length} codes postaux)`;
}

// ---------------------------------------------------------------------------------------------
// Everything

/** Current communes whose INSEE code starts with `prefix` (a département's code), by INSEE code. */
export function communesWithCodePrefix(prefix: string): Commune[] {
  const directory = getDirectory();
  const list: Commune[] = [];
  for (let i = 0; i < directory.size; i++) if (directory.codeAt(i).startsWith(prefix)) list.push(directory.at(i));
  return list;
}

/** Every current commune (34,969 in 2026), by INSEE code. Materialises them all: for checks and searches. */
export function allCommunes(): Commune[] {
  const directory = getDirectory();
  const list: Commune[] = [];
  for (let i = 0; i < directory.size; i++) list.push(directory.at(i));
  return list;
}
