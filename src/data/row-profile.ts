import type { z } from 'zod';
import { byInseeCode } from '../communes/index.js';
import { isKitError, warning, type Diagnostic, type Location } from '../diagnostics/index.js';
import { completeProfile, type Profile } from '../profile/complete.js';
import { FORMATS } from '../profile/formats.js';
import { orList, quote } from '../profile/french.js';
import { label, type DataPath } from '../profile/locate.js';
import { RISK_LABELS } from '../profile/risks.js';
import { profileSchema } from '../profile/schema.js';
import { suggest } from '../profile/suggest.js';
import { CIVILITE_VALUES, labelFor, labelKey } from './aliases.js';
import type { BaseProfile } from './base-profile.js';
import { fieldByPath, PROFILE_FIELDS, type ProfileField } from './fields.js';
import type { Column } from './headers.js';
import type { CsvRow } from './read.js';

/** The base profile of a batch, and where its values were written (for messages). */
export interface BaseInput {
  profile: BaseProfile;
  /** Location of a value of the base profile (`association.yaml:4:9`); without it, the file only. */
  locate?: (path: DataPath) => Location;
  /** Name of the base profile file, for messages when `locate` is not given. */
  file?: string;
}

export interface RowContext {
  /** Name of the CSV file, as shown in messages. */
  file: string;
  columns: readonly Column[];
  base?: BaseInput | undefined;
}

/** A row that gives a valid profile, completed from the official data. */
export interface ValidRow {
  kind: 'valid';
  /** Number of the data record, from 1. */
  row: number;
  /** Line of the CSV file where the row starts. */
  line: number;
  profile: Profile;
  warnings: Diagnostic[];
}

/** A row that gives no letter: its errors (then its warnings), each with the CSV line. */
export interface InvalidRow {
  kind: 'invalid';
  row: number;
  line: number;
  diagnostics: Diagnostic[];
}

export type RowResult = ValidRow | InvalidRow;

type Data = Record<string, unknown>;

/** Where each value of the merged profile came from: the column, by dotted data path. */
type Origins = Map<string, Column>;

/**
 * One CSV row → one completed profile (design.md §8): the base profile, then the row's non-empty
 * cells set at their paths (an empty cell leaves the base value), validated with the strict
 * `profileSchema` and completed from the official directory with `completeProfile`. Every
 * message names the CSV line and the column (`location.field` is the header as written; the
 * message gives the profile path too). Pure given the directory.
 *
 * Cells are read as a spreadsheet holds them:
 * - a list field (`mairie.adresse`) takes its lines from « Adresse » and « Adresse 2 » (or
 *   `mairie.adresse.1`, `.2`), or from one cell with line breaks (Alt+Entrée in Excel);
 *   `risques` may also be separated by commas or semicolons, and be written as labels
 *   (« Séisme », « feu de forêt »);
 * - the civility may be « Mme », « M. », « MADAME », or the RNE's « F » / « M »;
 * - a code of 4 digits (INSEE code, postal code) lost its leading zero in a spreadsheet: it is
 *   put back, with a warning (the code is then checked against the official data);
 * - when the row gives the town hall's postal code and it serves the commune, it is also the
 *   commune's (so that a commune with several codes gets the one of the address, silently).
 */
export function rowToProfile(row: CsvRow, context: RowContext): RowResult {
  const warnings: Diagnostic[] = [...row.warnings];
  const origins: Origins = new Map();
  const data = cloneBase(context.base?.profile);
  const at = (column: Column): Location => ({ file: context.file, line: row.line, field: column.header });

  const byField = new Map<ProfileField, Column[]>();
  for (const column of context.columns) {
    if (!column.target) continue;
    const list = byField.get(column.target.field) ?? [];
    list.push(column);
    byField.set(column.target.field, list);
  }

  for (const [field, columns] of byField) {
    if (field.kind === 'list') {
      const lines: { text: string; column: Column }[] = [];
      const ordered = [...columns].sort((a, b) => (a.target!.item ?? 0) - (b.target!.item ?? 0));
      for (const column of ordered) {
        const value = row.values.get(column.target!.key) ?? '';
        for (const text of splitList(field, value)) lines.push({ text, column });
      }
      if (lines.length === 0) continue;
      setAt(data, field.keys, lines.map(({ text }) => normalizeItem(field, text)));
      origins.set(field.path, lines[0]!.column);
      lines.forEach(({ column }, index) => origins.set(`${field.path}.${index}`, column));
      continue;
    }
    const column = columns[0]!;
    const value = row.values.get(column.target!.key) ?? '';
    if (value === '') continue;
    setAt(data, field.keys, normalizeValue(field, value, column, at(column), warnings));
    origins.set(field.path, column);
  }
  postcodeOfCommune(data, origins);

  const located = new RowLocator(context, row, origins, data);
  const parsed = profileSchema.safeParse(data);
  if (!parsed.success) {
    return { kind: 'invalid', row: row.row, line: row.line, diagnostics: [...csvIssues(parsed.error.issues, located), ...warnings] };
  }
  try {
    const completed = completeProfile(parsed.data, (path) => located.at(path));
    return { kind: 'valid', row: row.row, line: row.line, profile: completed.profile, warnings: [...warnings, ...completed.warnings.map((d) => located.retell(d))] };
  } catch (error) {
    if (!isKitError(error)) throw error;
    const diagnostics = error.diagnostics.map((d) => located.retell(d));
    return { kind: 'invalid', row: row.row, line: row.line, diagnostics: [...diagnostics.filter((d) => d.severity === 'error'), ...diagnostics.filter((d) => d.severity !== 'error'), ...warnings] };
  }
}

/** The base profile copied into fresh null-prototype sections (the rows never share or alter it). */
function cloneBase(base: BaseProfile | undefined): Data {
  const data: Data = Object.create(null) as Data;
  if (!base) return data;
  for (const [key, value] of Object.entries(base)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) data[key] = [...(value as unknown[])];
    else if (value !== null && typeof value === 'object') data[key] = Object.assign(Object.create(null) as Data, value);
    else data[key] = value;
  }
  return data;
}

function setAt(data: Data, keys: readonly string[], value: unknown): void {
  let current = data;
  for (const key of keys.slice(0, -1)) {
    const next = current[key];
    if (next === undefined || next === null || typeof next !== 'object' || Array.isArray(next)) current[key] = Object.create(null) as Data;
    current = current[key] as Data;
  }
  current[keys[keys.length - 1]!] = value;
}

function getAt(data: unknown, path: DataPath): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Object.hasOwn(current, key) ? (current as Record<string | number, unknown>)[key] : undefined;
  }
  return current;
}

/** A list cell's items: lines; for `risques`, also commas and semicolons. */
function splitList(field: ProfileField, value: string): string[] {
  const separator = field.values ? /[\n;,]+/ : /\n+/;
  return value
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** A risk written as a key or as its label, in any case: « Séisme », « feu de forêt » → the key. */
function normalizeItem(field: ProfileField, text: string): string {
  if (!field.values) return text;
  const wanted = labelKey(text);
  const labels = RISK_LABELS as Readonly<Record<string, string>>;
  return field.values.find((value) => labelKey(value) === wanted || (Object.hasOwn(labels, value) && labelKey(labels[value]!) === wanted)) ?? text;
}

const CODE_KEYS = new Set(['code_insee', 'code_postal']);

function normalizeValue(field: ProfileField, value: string, column: Column, location: Location, warnings: Diagnostic[]): string {
  if (field.kind === 'choice' && field.values) {
    const key = labelKey(value);
    const exact = field.values.find((allowed) => labelKey(allowed) === key);
    if (exact) return exact;
    if (field.path === 'maire.civilite' && Object.hasOwn(CIVILITE_VALUES, key)) return CIVILITE_VALUES[key]!;
    return value;
  }
  const last = field.keys[field.keys.length - 1] ?? '';
  if (CODE_KEYS.has(last) && /^\d{4}$/.test(value)) {
    const padded = `0${value}`;
    warnings.push(
      warning({
        code: 'CsvRow',
        message: `colonne ${quote(column.header)} : ${quote(value)} lu ${quote(padded)} (zéro initial rétabli).`,
        location,
        actual: value,
        expected: padded,
        hint: 'le tableur a supprimé le zéro initial : mettez la colonne au format Texte avant d’y saisir ou d’y coller les codes.',
      }),
    );
    return padded;
  }
  return value;
}

/**
 * A postal code given for the town hall that serves the commune is also the commune's, unless
 * the row or the base profile gives one (completeProfile would otherwise pick the commune's
 * first code and warn, for Marseille or Rennes, although the row says which one).
 */
function postcodeOfCommune(data: Data, origins: Origins): void {
  const column = origins.get('mairie.code_postal');
  const mairie = getAt(data, ['mairie']) as Data | undefined;
  const commune = getAt(data, ['commune']) as Data | undefined;
  if (!column || !mairie || !commune || commune.code_postal !== undefined || mairie.libelle_acheminement !== undefined) return;
  const code = typeof commune.code_insee === 'string' ? commune.code_insee : undefined;
  const postcode = mairie.code_postal;
  if (code === undefined || typeof postcode !== 'string') return;
  const found = byInseeCode(code).commune;
  if (found?.codesPostaux.includes(postcode)) {
    commune.code_postal = postcode;
    origins.set('commune.code_postal', column);
  }
}

/** Locations and names of the fields of one row: the column that gave a value, or the base profile. */
class RowLocator {
  constructor(
    readonly context: RowContext,
    readonly row: CsvRow,
    readonly origins: Origins,
    readonly data: Data,
  ) {}

  column(path: DataPath): Column | undefined {
    const keys = path.filter((part): part is string => typeof part === 'string');
    return this.origins.get(path.map(String).join('.')) ?? this.origins.get(keys.join('.'));
  }

  /** The column declared for a field, even when its cell is empty. */
  declared(path: DataPath): Column | undefined {
    const keys = path.filter((part): part is string => typeof part === 'string').join('.');
    return this.context.columns.find((column) => column.target?.field.path === keys);
  }

  at(path: DataPath): Location {
    const column = this.column(path);
    if (column) return { file: this.context.file, line: this.row.line, field: column.header };
    const base = this.context.base;
    if (base && getAt(base.profile, path) !== undefined) {
      return base.locate ? base.locate(path) : { ...(base.file !== undefined && { file: base.file }), field: path.map(String).join('.') };
    }
    return { file: this.context.file, line: this.row.line, field: path.map(String).join('.') };
  }

  /** `colonne « Code postal » (mairie.code_postal)`, or `mairie.code_postal` for a value of the base profile. */
  name(path: DataPath): string {
    const column = this.column(path);
    return column ? `colonne ${quote(column.header)} (${label(path)})` : label(path);
  }

  /** A diagnostic of `completeProfile`, told for a CSV row: code, message and hint. */
  retell(diagnostic: Diagnostic): Diagnostic {
    const code = diagnostic.code === 'ProfileInvalid' ? 'CsvRow' : diagnostic.code;
    const match = /^([a-z_]+(?:\.[a-z_]+)+) : /.exec(diagnostic.message);
    const path = match ? match[1]!.split('.') : undefined;
    const fromCsv = path !== undefined && this.column(path) !== undefined;
    const message = path && fromCsv ? `${this.name(path)} : ${diagnostic.message.slice(match![0].length)}` : diagnostic.message;
    return { ...diagnostic, code, message: this.elsewhere(message, diagnostic.location), ...this.hintFor(diagnostic, path, fromCsv) };
  }

  /** A message located in the base profile still names the CSV row it is about. */
  elsewhere(message: string, location: Location | undefined): string {
    if (location?.file === undefined || location.file === this.context.file) return message;
    return `${message.replace(/\.$/, '')} (pour la ligne ${this.row.line} de ${this.context.file}).`;
  }

  private hintFor(diagnostic: Diagnostic, path: string[] | undefined, fromCsv: boolean): { hint?: string } {
    if (diagnostic.code === 'PostcodeChosen') {
      const column = this.declared(['mairie', 'code_postal']);
      return { hint: column ? `remplissez la colonne ${quote(column.header)} avec le code postal de la mairie.` : 'ajoutez une colonne « Code postal » : celui de la mairie.' };
    }
    if (!fromCsv || !path) return {};
    const key = path[path.length - 1];
    if (diagnostic.message.includes('ne dessert pas')) {
      const cedex = key === 'code_postal' && path[0] === 'mairie' ? ' ; pour un code CEDEX, ajoutez une colonne « Libellé d’acheminement »' : '';
      return { hint: `corrigez la cellule (${diagnostic.expected ?? 'code postal de la commune'}), ou videz-la : celui de la commune sera utilisé${cedex}.` };
    }
    if (key === 'nom' && path[0] === 'commune') {
      return { hint: `corrigez le code INSEE, ou écrivez ${quote(diagnostic.expected ?? '…')} dans la cellule (ou videz-la : le nom officiel sera utilisé).` };
    }
    return {};
  }
}

type Issue = z.core.$ZodIssue;

/** CSV hints for formatted values (the profile's FORMATS give YAML ones). */
const CSV_HINTS: Readonly<Record<string, string>> = {
  code_postal: 'un code postal a 5 chiffres (« 35610 ») ; corrigez la cellule.',
  code_insee: 'le code INSEE (5 caractères, « 35248 », « 2A004 » en Corse) n’est pas le code postal ; cherchez-le avec kit init --commune "<nom>".',
  email: 'une adresse comme mairie@exemple.fr ; corrigez la cellule.',
  telephone: 'des chiffres, espaces, points ou tirets (« 02 99 00 00 00 ») ; corrigez la cellule.',
  site: 'une adresse complète, commençant par https:// ; corrigez la cellule.',
  couleur: '« # » suivi de 6 chiffres hexadécimaux (« #1d4e89 »).',
};

/** The schema's issues for one row, in French, each at the CSV line and column that gave the value. */
function csvIssues(issues: readonly Issue[], located: RowLocator): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
    const id = `${issue.code}:${path.join('.')}`;
    if (seen.has(id)) continue;
    seen.add(id);
    // A section left out entirely (all its cells empty): its required fields, one by one.
    const section = path.length === 1 && typeof path[0] === 'string' && !fieldByPath(path[0]) && getAt(located.data, path) === undefined;
    const paths = section ? PROFILE_FIELDS.filter((field) => field.keys[0] === path[0] && field.keys.length === 2 && field.required).map((field) => field.keys) : [path];
    for (const each of paths) {
      const diagnostic = csvIssue(issue, each, located);
      out.push({ ...diagnostic, message: located.elsewhere(diagnostic.message, diagnostic.location) });
    }
  }
  return out;
}

function csvIssue(issue: Issue, path: DataPath, located: RowLocator): Diagnostic {
  const line = located.row.line;
  const value = getAt(located.data, path);
  const text = typeof value === 'string' ? value : undefined;
  const key = [...path].reverse().find((part): part is string => typeof part === 'string') ?? '';
  const base = { severity: 'error' as const, code: 'CsvRow' as const, location: located.at(path) };
  const name = located.name(path);

  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    const declared = located.declared(path);
    const keys = path.filter((part): part is string => typeof part === 'string');
    const labelled = labelFor(keys.join('.'), keys.join('.') === 'mairie.adresse' ? 1 : undefined);
    return declared
      ? {
          ...base,
          message: `colonne ${quote(declared.header)} (${label(path)}) : cellule vide.`,
          location: { file: located.context.file, line, field: declared.header },
          expected: 'une valeur : ce champ est obligatoire',
          hint: 'remplissez la cellule, ou retirez la ligne du fichier.',
        }
      : {
          ...base,
          message: `${label(path)} manque (ni colonne, ni valeur dans le profil de base).`,
          expected: 'une valeur : ce champ est obligatoire',
          hint: `ajoutez une colonne ${quote(labelled ?? keys.join('.'))} au fichier CSV, ou le champ au profil de base.`,
        };
  }
  switch (issue.code) {
    case 'invalid_format': {
      const format = Object.hasOwn(FORMATS, key) ? FORMATS[key] : undefined;
      const detail = format?.detail ? ` (${format.detail})` : '';
      return {
        ...base,
        message: `${name} : ${quote(text ?? '')} n’est pas ${format?.noun ?? 'au format attendu'}${detail}.`,
        actual: text,
        expected: format?.expected ?? issue.message,
        hint: CSV_HINTS[key] ?? 'corrigez la cellule.',
      };
    }
    case 'invalid_value': {
      const values = issue.values.map(String);
      const suggestion = suggest(text ?? '', values);
      return {
        ...base,
        message: `${name} : ${quote(text ?? '')} n’est pas une valeur possible.`,
        actual: text,
        expected: values.length <= 6 ? orList(values) : `une des ${values.length} valeurs de la documentation`,
        hint: suggestion ? `vouliez-vous dire ${quote(suggestion.value)} ?` : values.length <= 6 ? `écrivez ${orList(values)}.` : `par exemple : ${values.slice(0, 4).join(', ')}…`,
      };
    }
    case 'too_big':
    case 'too_small': {
      if (issue.origin === 'array' && Array.isArray(value)) {
        const count = value.length;
        const big = issue.code === 'too_big';
        const limit = big ? Number((issue as { maximum: number | bigint }).maximum) : Number((issue as { minimum: number | bigint }).minimum);
        const noun = key === 'adresse' ? 'ligne' : 'élément';
        return {
          ...base,
          message: `${name} : ${count} ${noun}${count > 1 ? 's' : ''}, ${limit} ${big ? 'au plus' : 'au moins'}.`,
          actual: value.map(String).join(' / '),
          expected: `${big ? 'au plus' : 'au moins'} ${limit} ${noun}${limit > 1 ? 's' : ''}`,
          hint:
            key === 'adresse'
              ? 'gardez le numéro et la voie (et un complément) : le code postal et la commune ont leurs propres colonnes ; une cellule avec des retours à la ligne compte pour plusieurs lignes.'
              : 'retirez les éléments en trop.',
        };
      }
      return { ...base, message: `${name} : ${issue.code === 'too_small' ? 'valeur vide' : 'texte trop long'}.`, actual: text, expected: issue.message, hint: 'corrigez la cellule.' };
    }
    default:
      return { ...base, message: `${name} : valeur incorrecte.`, actual: text, expected: issue.message, hint: 'corrigez la cellule.' };
  }
}

/** Whether the base profile gives a field (so the CSV needs no column for it). */
export function baseHas(base: BaseProfile | undefined, field: ProfileField): boolean {
  return base !== undefined && getAt(base, field.keys) !== undefined;
}

