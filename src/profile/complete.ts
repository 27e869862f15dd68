import { aForm, byInseeCode, byName, communesWithCodePrefix, deForm, routingLabel, type Commune } from '../communes/index.js';
import { KitError, warning, type Diagnostic, type Location } from '../diagnostics/index.js';
import type { DataPath } from './locate.js';
import type { WrittenProfile } from './schema.js';
import { fold } from './suggest.js';

/** The commune as the rest of the program sees it: written values checked, the rest filled in. */
export interface CommuneInfo {
  code_insee: string;
  nom: string;
  code_postal: string;
  /** "de Sains", "du Havre", "d’Ambérieu-en-Bugey" (from the INSEE article type). */
  de: string;
  /** "à Sains", "au Havre", "aux Abymes" (from the INSEE article type). */
  a: string;
  departement: { code: string; nom: string };
  region: { code: string; nom: string };
  population?: number;
}

/** A profile completed from the official data: what templates and layouts receive. */
export type Profile = Omit<WrittenProfile, 'commune' | 'mairie'> & {
  commune: CommuneInfo;
  mairie: WrittenProfile['mairie'] & { code_postal: string; libelle_acheminement: string };
};

const list = (codes: readonly string[]) => codes.join(', ');

/**
 * Fills what the profile leaves out from the official directory (name, postal code,
 * département, region, population, La Poste routing label) and checks what it gives: a code
 * that is not a commune's, a name or a postal code that does not go with the code are errors
 * naming the valid values. Pure given the data.
 */
export function completeProfile(written: WrittenProfile, locate: (path: DataPath) => Location): { profile: Profile; warnings: Diagnostic[] } {
  const errors: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const found = byInseeCode(written.commune.code_insee);
  if (!found.commune) {
    const code = written.commune.code_insee;
    const suggestions = written.commune.nom ? byName(written.commune.nom).map((match) => match.commune).slice(0, 5) : nearestCodes(code);
    throw new KitError({
      code: 'ProfileInvalid',
      message: `commune.code_insee : ${found.message}`,
      location: locate(['commune', 'code_insee']),
      actual: written.commune.code_insee,
      expected: 'le code INSEE d’une commune actuelle',
      hint: suggestions.length
        ? `${written.commune.nom ? `pour « ${written.commune.nom} »` : 'codes proches'} : ${suggestions.map((c) => `${c.code} (${c.nom}, ${c.departement.code})`).join(', ')} ; ou cherchez votre commune avec kit init --commune "<nom>".`
        : 'cherchez le code de votre commune avec kit init --commune "<nom>".',
    });
  }
  const commune = found.commune;
  // A code shared by a commune nouvelle and its commune déléguée is the commune nouvelle's own.
  if (found.via && found.via.type !== 'code-partage' && found.note) {
    warnings.push(warning({ code: 'CommuneRedirected', message: found.note, location: locate(['commune', 'code_insee']), actual: written.commune.code_insee }));
  }
  if (written.commune.nom !== undefined && fold(written.commune.nom) !== fold(commune.nom)) {
    errors.push({
      severity: 'error',
      code: 'ProfileInvalid',
      message: `commune.nom : « ${written.commune.nom} » n’est pas le nom de la commune ${commune.code} (${commune.nom}).`,
      location: locate(['commune', 'nom']),
      actual: written.commune.nom,
      expected: commune.nom,
      hint: `corrigez le code INSEE, ou écrivez nom: "${commune.nom}" (ou supprimez la ligne : le nom officiel sera utilisé).`,
    });
  }
  const communePostcode = checkPostcode(commune, written.commune.code_postal, ['commune', 'code_postal'], locate, errors, warnings);
  const mairiePostcode = written.mairie.code_postal ?? communePostcode;
  // A CEDEX code (with its own routing label) is not in the list of codes serving the commune.
  if (written.mairie.code_postal !== undefined && written.mairie.libelle_acheminement === undefined) {
    checkPostcode(commune, written.mairie.code_postal, ['mairie', 'code_postal'], locate, errors, warnings);
  }
  if (errors.length > 0) throw new KitError(errors);
  return {
    profile: {
      ...written,
      commune: {
        code_insee: commune.code,
        nom: commune.nom,
        code_postal: communePostcode,
        de: deForm(commune),
        a: aForm(commune),
        departement: { code: commune.departement.code, nom: commune.departement.nom },
        region: { code: commune.region.code, nom: commune.region.nom },
        ...(commune.population !== null && { population: commune.population }),
      },
      mairie: {
        ...written.mairie,
        code_postal: mairiePostcode,
        libelle_acheminement: written.mairie.libelle_acheminement ?? routingLabel(commune, mairiePostcode) ?? commune.nom,
      },
    },
    warnings,
  };
}

/** The postal code to use: the one written if it serves the commune, else the commune's own. */
function checkPostcode(
  commune: Commune,
  written: string | undefined,
  path: DataPath,
  locate: (path: DataPath) => Location,
  errors: Diagnostic[],
  warnings: Diagnostic[],
): string {
  const codes = commune.codesPostaux;
  if (written !== undefined) {
    if (codes.length === 0 || codes.includes(written)) return written;
    errors.push({
      severity: 'error',
      code: 'ProfileInvalid',
      message: `${path.join('.')} : ${written} ne dessert pas ${commune.nom} (${commune.code}).`,
      location: locate(path),
      actual: written,
      expected: codes.length === 1 ? codes[0]! : `un de : ${list(codes)}`,
      hint: codes.length === 1 ? `écrivez code_postal: "${codes[0]}", ou supprimez la ligne.` : `choisissez le code postal de la mairie parmi ${list(codes)}.`,
    });
    return written;
  }
  const [first = ''] = codes;
  if (codes.length > 1 && path[0] === 'commune') {
    warnings.push(
      warning({
        code: 'PostcodeChosen',
        message: `${commune.nom} a ${codes.length} codes postaux ; ${first} est utilisé pour la commune.`,
        location: locate(path),
        expected: list(codes),
        hint: 'indiquez celui de la mairie : code_postal: "…" sous mairie:.',
      }),
    );
  }
  return first;
}

/** Communes of the same département whose codes are closest to a code that exists nowhere. */
function nearestCodes(code: string): Commune[] {
  const departement = code.startsWith('97') ? code.slice(0, 3) : code.slice(0, 2);
  const number = (value: string) => Number.parseInt(value.slice(departement.length), 10);
  const target = number(code);
  if (Number.isNaN(target)) return [];
  return communesWithCodePrefix(departement)
    .sort((a, b) => Math.abs(number(a.code) - target) - Math.abs(number(b.code) - target))
    .slice(0, 3);
}
