import type { LineCounter } from 'yaml';
import type { Location } from '../diagnostics/index.js';

/** A path into the profile data, as zod reports it: keys and list indices. */
export type DataPath = readonly (string | number)[];

/** What the user wrote at one path of the profile. */
export interface SourceEntry {
  /** `text`, `list` or `section`; `empty` when nothing follows the key (or `~`, `null`). */
  kind: 'text' | 'list' | 'section' | 'empty';
  /** Offset of the key, for map entries. */
  keyOffset?: number;
  /** Offset of the value as written (of the alias, when the value is `*ancre`). */
  valueOffset?: number;
  /** The value as written (cleaned), or a short excerpt of a collection. */
  written?: string;
  /** Number of items, for a list. */
  count?: number;
  /** The YAML null word written for an empty value (`~`, `null`). */
  nullWord?: string;
}

/** `maire.civilite`, `mairie.adresse.1` */
export function dottedPath(path: DataPath): string {
  return path.map(String).join('.');
}

/** `maire.nom`, `risques (élément 2)`; « profil » for the root (for messages; 1-based items). */
export function label(path: DataPath): string {
  if (path.length === 0) return 'profil';
  const keys = path.filter((part) => typeof part === 'string').join('.');
  const items = path.filter((part): part is number => typeof part === 'number').map((i) => `élément ${i + 1}`);
  return items.length > 0 ? `${keys} (${items.join(', ')})` : keys;
}

/** Where each value of the profile was written, by data path. */
export class SourceMap {
  private readonly entries = new Map<string, SourceEntry>();

  get(path: DataPath): SourceEntry | undefined {
    return this.entries.get(JSON.stringify(path));
  }

  set(path: DataPath, entry: SourceEntry): void {
    const key = JSON.stringify(path);
    const previous = this.entries.get(key);
    this.entries.set(key, { ...entry, keyOffset: entry.keyOffset ?? previous?.keyOffset });
  }
}

/** Turns offsets into `file:line:column` locations (1-based, as editors count). */
export class Locator {
  constructor(
    readonly file: string,
    private readonly lineCounter: LineCounter,
  ) {}

  at(offset: number | undefined, field?: string): Location {
    const location: Location = { file: this.file };
    if (offset !== undefined) {
      const { line, col } = this.lineCounter.linePos(offset);
      location.line = line;
      location.column = col;
    }
    if (field !== undefined) location.field = field;
    return location;
  }

  /** The position of a value (of its key when it is empty), else of the nearest written ancestor's key. */
  ofValue(sources: SourceMap, path: DataPath): Location {
    const entry = sources.get(path);
    const offset = entry?.kind === 'empty' ? (entry.keyOffset ?? entry.valueOffset) : (entry?.valueOffset ?? entry?.keyOffset);
    return offset !== undefined ? this.at(offset, dottedPath(path)) : this.ofAncestor(sources, path);
  }

  /** The position of a key (of the item, for a list item), else as `ofValue`. */
  ofKey(sources: SourceMap, path: DataPath): Location {
    const entry = sources.get(path);
    const offset = entry?.keyOffset ?? entry?.valueOffset;
    return offset !== undefined ? this.at(offset, dottedPath(path)) : this.ofAncestor(sources, path);
  }

  /** The key of the nearest written ancestor (`maire:` for a missing `maire.nom`), else the file. */
  ofAncestor(sources: SourceMap, path: DataPath): Location {
    for (let n = path.length - 1; n > 0; n--) {
      const entry = sources.get(path.slice(0, n));
      const offset = entry?.keyOffset ?? entry?.valueOffset;
      if (offset !== undefined) return this.at(offset, dottedPath(path));
    }
    return this.at(undefined, dottedPath(path));
  }
}
