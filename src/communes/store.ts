import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { KitError } from '../diagnostics/index.js';
import { keep } from '../kept.js';
import { cleanRoutingLabel, deriveRoutingLabel } from './labels.js';
import type { Acheminement, Commune, Territoire, Tncc, TypeRattachement, Zone } from './types.js';

/**
 * The data file written by scripts/build-communes.mjs, read on the first lookup only: commands that
 * never look a commune up never read it. Same relative path from src/communes/ and dist/communes/.
 */
export const COMMUNES_DATA_FILE = fileURLToPath(new URL('../../data/communes.json', import.meta.url));
const FORMAT = 'kit-citoyen/communes@1';

type RawPoste = [codePostal: string, libelle?: string, codeSource?: string];
type RawCommune = [code: string, nom: string, tncc: Tncc | null, population: number | null, postes: RawPoste[]];
type RawRattachee = [code: string, nom: string, type: 'D' | 'A' | 'M', parent: string];

interface RawData {
  format: string;
  regions: [code: string, nom: string, tncc: Tncc][];
  departements: [code: string, nom: string, tncc: Tncc, region: string, zone: Zone][];
  communes: RawCommune[];
  rattachees: RawRattachee[];
  anciensCodes: [ancien: string, code: string][];
}

const TYPES: Record<RawRattachee[2], TypeRattachement> = {
  D: 'commune-deleguee',
  A: 'commune-associee',
  M: 'arrondissement-municipal',
};

export interface Rattachee {
  readonly code: string;
  readonly nom: string;
  readonly type: TypeRattachement;
  /** Code of the current commune it belongs to. */
  readonly parent: string;
}

interface DepartementInfo extends Territoire {
  readonly region: Territoire;
  readonly zone: Zone;
}

/**
 * Communes kept once materialised. A lookup returns the same object for the same code while it
 * is kept; a batch of every commune of France (35,000 rows, each thread looking its communes up)
 * would otherwise hold them all, 11 MB per thread by the end.
 */
const KEPT_COMMUNES = 4_096;

/** The directory in memory. Communes are materialised on demand, the most recent kept. */
export class Directory {
  readonly size: number;
  private readonly raw: RawCommune[];
  private readonly indexByCode = new Map<string, number>();
  private readonly departements = new Map<string, DepartementInfo>();
  private readonly cache = new Map<number, Commune>();
  readonly rattachees = new Map<string, Rattachee>();
  readonly anciensCodes = new Map<string, string>();

  constructor(data: RawData) {
    if (data.format !== FORMAT) {
      throw dataError(`format ${JSON.stringify(data.format)} inattendu (${FORMAT} attendu)`);
    }
    const regions = new Map<string, Territoire>();
    for (const [code, nom] of data.regions) regions.set(code, Object.freeze({ code, nom }));
    for (const [code, nom, , region, zone] of data.departements) {
      const r = regions.get(region);
      if (!r) throw dataError(`région ${region} du département ${code} absente`);
      this.departements.set(code, Object.freeze({ code, nom, region: r, zone }));
    }
    this.raw = data.communes;
    this.size = data.communes.length;
    data.communes.forEach((row, i) => this.indexByCode.set(row[0], i));
    for (const [code, nom, type, parent] of data.rattachees) {
      this.rattachees.set(code, Object.freeze({ code, nom, type: TYPES[type], parent }));
    }
    for (const [ancien, code] of data.anciensCodes) this.anciensCodes.set(ancien, code);
  }

  /** Communes materialised and kept. */
  get kept(): number {
    return this.cache.size;
  }

  /** The current commune with this INSEE code, if any. */
  byCode(code: string): Commune | undefined {
    const i = this.indexByCode.get(code);
    return i === undefined ? undefined : this.at(i);
  }

  /** Position of a current commune in the data (for indexes), if the code is one. */
  indexOf(code: string): number | undefined {
    return this.indexByCode.get(code);
  }

  at(index: number): Commune {
    const cached = this.cache.get(index);
    if (cached) return cached;
    const row = this.raw[index];
    if (!row) throw new RangeError(`commune n° ${index} hors limites`);
    return keep(this.cache, index, this.materialise(row), KEPT_COMMUNES);
  }

  // Cheap fields for indexing and ranking, without materialising a Commune.
  codeAt(index: number): string {
    return this.raw[index]![0];
  }

  nomAt(index: number): string {
    return this.raw[index]![1];
  }

  populationAt(index: number): number {
    return this.raw[index]![3] ?? 0;
  }

  postalCodesAt(index: number): string[] {
    return this.raw[index]![4].map((p) => p[0]);
  }

  private materialise([code, nom, tncc, population, postes]: RawCommune): Commune {
    const departement = this.departements.get(departementOfCode(code));
    if (!departement) throw dataError(`département de la commune ${code} absent`);
    const acheminements = postes.map(([codePostal, published, codeSource]): Acheminement => {
      if (published === undefined) {
        return Object.freeze({ codePostal, libelle: deriveRoutingLabel(nom), origine: 'derive' });
      }
      if (codeSource === undefined) {
        return Object.freeze({
          codePostal,
          libelle: cleanRoutingLabel(published, { nom }),
          origine: 'officiel',
          libelleSource: published,
        });
      }
      const arrondissement = this.rattachees.get(codeSource)?.type === 'arrondissement-municipal';
      return Object.freeze({
        codePostal,
        libelle: cleanRoutingLabel(published, { arrondissement, nom }),
        origine: 'rattachee',
        libelleSource: published,
        codeSource,
      });
    });
    return Object.freeze({
      code,
      nom,
      tncc,
      departement: Object.freeze({ code: departement.code, nom: departement.nom }),
      region: departement.region,
      zone: departement.zone,
      population,
      codesPostaux: Object.freeze(postes.map((p) => p[0])),
      acheminements: Object.freeze(acheminements),
    });
  }
}

/** INSEE commune codes start with their département: 3 characters overseas (97x, 98x), 2 elsewhere. */
export function departementOfCode(code: string): string {
  return /^9[78]/.test(code) ? code.slice(0, 3) : code.slice(0, 2);
}

function dataError(detail: string, cause?: unknown): KitError {
  return new KitError(
    {
      code: 'Internal',
      message: `Données des communes illisibles (${COMMUNES_DATA_FILE}) : ${detail}.`,
      hint: 'Régénérez-les : node scripts/build-communes.mjs',
    },
    cause === undefined ? undefined : { cause },
  );
}

let directory: Directory | undefined;
let loads = 0;
let lastLoadMs = 0;

/** The directory, read and indexed on the first call. */
export function getDirectory(): Directory {
  if (directory) return directory;
  const started = performance.now();
  let text: string;
  try {
    text = readFileSync(COMMUNES_DATA_FILE, 'utf8');
  } catch (cause) {
    throw dataError('fichier absent', cause);
  }
  let data: RawData;
  try {
    data = JSON.parse(text) as RawData;
  } catch (cause) {
    throw dataError('JSON invalide', cause);
  }
  directory = new Directory(data);
  loads++;
  lastLoadMs = performance.now() - started;
  return directory;
}

/**
 * How many times the data file was read and indexed (0 until the first lookup), how long the
 * last load took, and how many communes are kept materialised.
 */
export function communesLoadStats(): { loads: number; lastLoadMs: number; kept: number } {
  return { loads, lastLoadMs, kept: directory?.kept ?? 0 };
}
