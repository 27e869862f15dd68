// The published packages, read directly: tests check the directory against its sources.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface OfficialEntry {
  code: string;
  nom: string;
  type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  zone: 'metro' | 'drom' | 'com';
  departement: string;
  region: string;
  typeLiaison?: number;
  population?: number;
  codesPostaux?: string[];
  chefLieu?: string;
  commune?: string;
}

let cache: OfficialEntry[] | undefined;

export function officialEntries(): OfficialEntry[] {
  cache ??= JSON.parse(
    readFileSync(require.resolve('@etalab/decoupage-administratif/data/communes.json'), 'utf8'),
  ) as OfficialEntry[];
  return cache;
}
