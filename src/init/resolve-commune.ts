import { allCommunes, byInseeCode, byName, byPostalCode, nameKey, search, type Commune, type Redirection, type SearchHit } from '../communes/index.js';
import { KitError } from '../diagnostics/index.js';
import { damerau } from '../profile/suggest.js';

/**
 * `--commune <code INSEE | nom | code postal>` → one commune of the official directory, or the
 * reason why not, with the candidates to choose from. Pure given the directory.
 */

export interface CommuneCandidate {
  commune: Commune;
  /** The postal code the candidate was found by, if any. */
  codePostal?: string;
  /** How a name or code of a commune déléguée / arrondissement led to it. */
  via?: Redirection;
  /** How the candidate was read ("code postal", "code INSEE"), when the same text reads two ways. */
  reading?: string;
  /** What to pass to `--commune` to get exactly this commune. */
  argument: string;
}

export type CommuneResolution =
  | {
      found: true;
      commune: Commune;
      /** The postal code typed (it serves the commune). */
      codePostal?: string;
      /** French sentences to tell the user (a déléguée code led to its commune nouvelle…). */
      notes: string[];
    }
  | {
      found: false;
      reason: 'ambiguous' | 'unknown' | 'format';
      /** French sentence for the user. */
      message: string;
      /** The communes meant, for an ambiguous text; the nearest ones, for an unknown one. */
      candidates: CommuneCandidate[];
    };

const INSEE_CODE = /^(?:\d{5}|2[AB]\d{3})$/i;
const POSTAL_CODE = /^\d{5}$/;
const quote = (text: string): string => `« ${text} »`;

export function resolveCommune(query: string): CommuneResolution {
  const text = query.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (text === '') {
    return { found: false, reason: 'format', message: 'aucune commune indiquée.', candidates: [] };
  }
  if (/^\d{4}$/.test(text)) {
    return {
      found: false,
      reason: 'format',
      message: `${quote(text)} a 4 chiffres ; un code INSEE ou un code postal en a 5 : un zéro initial a peut-être été perdu (0${text} ?).`,
      candidates: [],
    };
  }
  if (INSEE_CODE.test(text)) return byCode(text.toUpperCase());

  // "35610 Sains" or "Sains 35610": a postal code and a name.
  const leading = /^(\d{5}) (.+)$/.exec(text);
  if (leading) return byNameAndPostcode(leading[2]!, leading[1]!);
  const trailing = /^(.+?) (\d{5})$/.exec(text);
  if (trailing) return byNameAndPostcode(trailing[1]!, trailing[2]!);
  // "Sainte-Colombe (35)": a name and its département.
  const withDepartement = /^(.+?) ?\((\d{1,3}|2[AB])\)$/i.exec(text);
  if (withDepartement) return byNameOnly(withDepartement[1]!, withDepartement[2]!.toUpperCase());
  return byNameOnly(text);
}

// ---------------------------------------------------------------------------------------------

function byCode(code: string): CommuneResolution {
  const insee = byInseeCode(code);
  const served = POSTAL_CODE.test(code) ? byPostalCode(code) : [];
  if (insee.commune && served.every((commune) => commune.code === insee.commune.code)) {
    const codePostal = served.length > 0 ? code : undefined;
    return { found: true, commune: insee.commune, ...(codePostal !== undefined && { codePostal }), notes: insee.note ? [insee.note] : [] };
  }
  if (insee.commune) {
    // 13001: the INSEE code of Aix-en-Provence and a postal code of Marseille.
    const candidates = [
      candidate(insee.commune, { reading: `code INSEE${insee.via ? ` (${insee.via.nom ?? insee.via.code})` : ''}`, ...(insee.via && { via: insee.via }) }),
      ...served.filter((commune) => commune.code !== insee.commune.code).map((commune) => candidate(commune, { codePostal: code, reading: 'code postal' })),
    ];
    return {
      found: false,
      reason: 'ambiguous',
      message: `${quote(code)} est à la fois un code INSEE et un code postal : ${candidates.length} communes possibles.`,
      candidates,
    };
  }
  if (served.length === 1) return { found: true, commune: served[0]!, codePostal: code, notes: [] };
  if (served.length > 1) {
    return {
      found: false,
      reason: 'ambiguous',
      message: `le code postal ${quote(code)} dessert ${served.length} communes.`,
      candidates: served.map((commune) => candidate(commune, { codePostal: code })),
    };
  }
  return {
    found: false,
    reason: 'unknown',
    message: POSTAL_CODE.test(code) ? `aucune commune n’a le code INSEE ou le code postal ${quote(code)}.` : `aucune commune n’a le code INSEE ${quote(code)}.`,
    candidates: [],
  };
}

function byNameAndPostcode(name: string, codePostal: string): CommuneResolution {
  const exact = exactMatches(name).filter((match) => match.commune.codesPostaux.includes(codePostal));
  if (exact.length === 1) return found(exact[0]!, codePostal);
  if (exact.length > 1) {
    return {
      found: false,
      reason: 'ambiguous',
      message: `${exact.length} communes nommées ${quote(name)} ont le code postal ${codePostal}.`,
      candidates: exact.map((match) => candidate(match.commune, { codePostal, ...(match.via && { via: match.via }) })),
    };
  }
  const served = byPostalCode(codePostal);
  return {
    found: false,
    reason: 'unknown',
    message:
      served.length > 0
        ? `aucune commune nommée ${quote(name)} n’a le code postal ${codePostal}.`
        : `aucune commune n’a le code postal ${quote(codePostal)}.`,
    candidates: served.length > 0 ? served.map((commune) => candidate(commune, { codePostal })) : nearest(name),
  };
}

function byNameOnly(name: string, departement?: string): CommuneResolution {
  const exact = exactMatches(name, departement);
  if (exact.length === 1) return found(exact[0]!);
  const where = departement === undefined ? '' : ` dans le département ${departement}`;
  if (exact.length > 1) {
    return {
      found: false,
      reason: 'ambiguous',
      message: `${exact.length} communes portent le nom ${quote(name)}${where}.`,
      candidates: exact.map((match) => candidate(match.commune, match.via ? { via: match.via } : {})),
    };
  }
  const prefixed = byName(name, { limit: 8, ...(departement !== undefined && { departement }) });
  return {
    found: false,
    reason: 'unknown',
    message: `aucune commune ne s’appelle ${quote(name)}${where}.`,
    candidates: prefixed.length > 0 ? prefixed.map((match) => candidate(match.commune, match.via ? { via: match.via } : {})) : nearest(name, departement),
  };
}

function exactMatches(name: string, departement?: string): { commune: Commune; via?: Redirection }[] {
  return byName(name, departement === undefined ? {} : { departement }).filter((match) => match.match === 'exact');
}

function found(match: { commune: Commune; via?: Redirection }, codePostal?: string): CommuneResolution {
  const notes = match.via ? [redirectionNote(match.via, match.commune)] : [];
  return { found: true, commune: match.commune, ...(codePostal !== undefined && { codePostal }), notes };
}

/** "Champtoceaux est une commune déléguée rattachée à Orée d'Anjou : les lettres vont au maire d’Orée d'Anjou (49126)." */
export function redirectionNote(via: Redirection, commune: Commune): string {
  const note = byInseeCode(via.code);
  if (note.commune && note.commune.code === commune.code && note.note) return note.note;
  return `${via.nom ?? via.code} mène à la commune ${commune.nom} (${commune.code}).`;
}

/** The names closest to a misspelt one (Damerau-Levenshtein on the search keys), largest first. */
function nearest(name: string, departement?: string): CommuneCandidate[] {
  const key = nameKey(name);
  if (key.length < 3) return [];
  const tolerance = key.length <= 5 ? 1 : 2;
  const scored: { commune: Commune; distance: number }[] = [];
  for (const commune of allCommunes()) {
    if (departement !== undefined && commune.departement.code !== departement.padStart(2, '0')) continue;
    const other = nameKey(commune.nom);
    if (Math.abs(other.length - key.length) > tolerance) continue;
    const distance = damerau(key, other);
    if (distance <= tolerance) scored.push({ commune, distance });
  }
  scored.sort((a, b) => a.distance - b.distance || (b.commune.population ?? 0) - (a.commune.population ?? 0));
  return scored.slice(0, 6).map(({ commune }) => candidate(commune, {}));
}

function candidate(commune: Commune, extra: Omit<CommuneCandidate, 'commune' | 'argument'>): CommuneCandidate {
  return { commune, ...extra, argument: argumentFor(commune) };
}

/**
 * The shortest `--commune` value that leads to this commune alone: its INSEE code, unless the code
 * is also a postal code of other communes; then its name if unique, or its name and département.
 */
export function argumentFor(commune: Commune): string {
  const served = POSTAL_CODE.test(commune.code) ? byPostalCode(commune.code) : [];
  if (served.every((other) => other.code === commune.code)) return commune.code;
  const homonyms = exactMatches(commune.nom);
  if (homonyms.length === 1) return commune.nom;
  const inDepartement = exactMatches(commune.nom, commune.departement.code);
  if (inDepartement.length === 1) return `${commune.nom} (${commune.departement.code})`;
  return commune.code;
}

// ---------------------------------------------------------------------------------------------
// Errors and choices for the user

/** One line per candidate: `Sainte-Colombe (Rhône, 69) — code INSEE 69189, code postal 69560 → --commune 69189`. */
export function candidateLine(item: CommuneCandidate, flag = '--commune'): string {
  const { commune } = item;
  const via = item.via?.nom !== undefined && item.via.type !== 'code-partage' ? `${item.via.nom} → ` : '';
  const codes = item.codePostal !== undefined ? [item.codePostal] : commune.codesPostaux;
  const postal =
    codes.length === 0 ? '' : `, ${codes.length > 1 ? 'codes postaux' : 'code postal'} ${codes.length <= 3 ? codes.join(', ') : `${codes.slice(0, 3).join(', ')}…`}`;
  const reading = item.reading ? ` [lu comme ${item.reading}]` : '';
  return `${via}${commune.nom} (${commune.departement.nom}, ${commune.departement.code}) — code INSEE ${commune.code}${postal}${reading} : ${flag} ${shellQuote(item.argument)}`;
}

const MAX_LISTED = 15;

/** A usage error (exit 2) for a `--commune` that leads to no commune or to several. */
export function communeError(query: string, resolution: Extract<CommuneResolution, { found: false }>, flag = '--commune'): KitError {
  const listed = resolution.candidates.slice(0, MAX_LISTED).map((item) => `    ${candidateLine(item, flag)}`);
  const more = resolution.candidates.length - listed.length;
  if (more > 0) listed.push(`    … et ${more} autre${more > 1 ? 's' : ''}`);
  const intro =
    resolution.reason === 'ambiguous'
      ? '\n  Laquelle ?'
      : resolution.candidates.length > 0
        ? '\n  Vouliez-vous dire :'
        : '';
  const example = resolution.candidates[0]?.argument;
  const hint =
    resolution.reason === 'ambiguous'
      ? `précisez la commune, par exemple ${flag} ${shellQuote(example ?? '35248')}.`
      : resolution.candidates.length > 0
        ? `corrigez le nom, ou passez le code INSEE, par exemple ${flag} ${shellQuote(example ?? '35248')}.`
        : `passez le code INSEE (5 caractères), le code postal ou le nom exact de la commune, par exemple ${flag} 35248 ou ${flag} "Sains".`;
  return new KitError({
    code: 'Usage',
    message: `${flag} : ${resolution.message}${intro}${listed.length > 0 ? `\n${listed.join('\n')}` : ''}`,
    actual: query,
    hint,
  });
}

/** Quotes a value for a POSIX shell when it needs it. */
export function shellQuote(value: string): string {
  return /^[\w@%+=:,./#-]+$/.test(value) ? value : `"${value.replace(/(["\\$`])/g, '\\$1')}"`;
}

export interface CommuneChoice {
  /** What the list shows: "Sains (35) — 35610". */
  name: string;
  value: SearchHit;
  /** Shown under the list for the highlighted entry. */
  description: string;
}

/** The entries of the as-you-type commune prompt for what has been typed so far. */
export function communeChoices(term: string, limit = 12): CommuneChoice[] {
  return search(term, limit).map((hit) => ({
    name: hit.label,
    value: hit,
    description: `${hit.commune.nom} : ${hit.commune.departement.nom} (${hit.commune.departement.code}), code INSEE ${hit.commune.code}${
      hit.via && hit.via.type !== 'code-partage' && hit.via.type !== 'ancien-code' ? ` — ${hit.via.nom ?? hit.via.code} y est rattachée` : ''
    }`,
  }));
}

/** Notes to tell the user about a commune picked in the prompt. */
export function hitNotes(hit: SearchHit): string[] {
  return hit.via && hit.via.type !== 'code-partage' ? [redirectionNote(hit.via, hit.commune)] : [];
}
