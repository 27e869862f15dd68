import { KitError, type Diagnostic } from '../diagnostics/index.js';
import { andList, excerpt, orList, quote } from '../profile/french.js';
import { suggest } from '../profile/suggest.js';
import { ALIASES, aliasFor, labelFor, labelKey } from './aliases.js';
import { cleanCell } from './clean.js';
import { DELIMITER_FLAGS, DELIMITER_LABELS, DELIMITERS, type Delimiter } from './delimiter.js';
import { fieldByPath, PROFILE_FIELDS, type ProfileField } from './fields.js';
import { CSV_LIMITS } from './limits.js';

/** What a column sets in the profile. */
export interface ColumnTarget {
  /** Key of the column's value in a row: `maire.nom`, `mairie.adresse.2` for a list's line. */
  key: string;
  field: ProfileField;
  /** For a column holding one line of a list field (« Adresse 2 »): that line, 1-based. */
  item?: number;
  /** Matched as a dotted path (`maire.nom`) or as a French label (« Nom »). */
  via: 'path' | 'alias';
}

export interface Column {
  /** Position in the record, 0-based. */
  index: number;
  /** Spreadsheet letter of the column: A, B, …, Z, AA. */
  letter: string;
  /** The header as written (NFC, white space collapsed and trimmed). */
  header: string;
  /** Undefined for a column without a header: its cells are not read (a warning if one is filled). */
  target?: ColumnTarget;
}

export interface HeaderContext {
  file: string;
  /** Line of the header in the file (1 unless blank lines come first). */
  line: number;
  delimiter: Delimiter;
  /** The delimiter was given with `--delimiter`, not found by looking at the header. */
  delimiterForced: boolean;
}

/** Keys that must never become property names, whatever the container (reliability B3-7). */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** `A`, `B`, …, `Z`, `AA`: the column's name in a spreadsheet. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The header as shown: cleaned, runs of white space (NBSP included) made one space. */
export function cleanHeader(raw: string): string {
  return cleanCell(raw).text.replace(/\s+/g, ' ');
}

/**
 * Turns the header cells into columns: each one a dotted profile path (`commune.code_insee`,
 * `mairie.adresse.2` for one line of a list) or a label of the alias table (aliases.ts),
 * compared without accents, case or separators. Throws one `CsvHeader` error listing every
 * problem: unknown headers (with a "vouliez-vous dire"), two columns for the same field,
 * forbidden names, and a single column whose name holds another delimiter.
 */
export function resolveHeaders(cells: readonly string[], context: HeaderContext): Column[] {
  const problems: Diagnostic[] = [];
  const columns = cells.map((raw, index): Column => ({ index, letter: columnLetter(index), header: cleanHeader(raw) }));
  const at = (column: Column | undefined) => ({ file: context.file, line: context.line, ...(column && { field: column.header }) });

  if (columns.length > CSV_LIMITS.maxColumns) {
    throw new KitError({
      code: 'CsvHeader',
      message: `${columns.length} colonnes, ${CSV_LIMITS.maxColumns} au plus.`,
      location: at(undefined),
      hint: 'gardez une colonne par champ de la lettre (code INSEE, civilité, nom, adresse…) et supprimez les autres.',
    });
  }
  const single = columns.length === 1 ? columns[0] : undefined;
  // A delimiter inside the only header cell was inside quotes, unless the delimiter was forced (wrongly).
  const quotedWhole = single && (context.delimiterForced ? [context.delimiter] : DELIMITERS).some((delimiter) => single.header.includes(delimiter));
  if (single && quotedWhole) {
    throw new KitError({
      code: 'CsvHeader',
      message: 'une seule colonne lue : la ligne d’en-tête est entière entre guillemets, séparateurs compris.',
      location: at(single),
      actual: excerpt(single.header, 60),
      expected: 'des noms de colonnes séparés par des points-virgules (ou des virgules), chacun entre guillemets ou non',
      hint: 'le fichier met chaque ligne entre guillemets : exportez-le de nouveau depuis le tableur, ou retirez ces guillemets dans un éditeur de texte.',
    });
  }
  const other = single && DELIMITERS.find((delimiter) => delimiter !== context.delimiter && single.header.includes(delimiter));
  if (single && other) {
    throw new KitError({
      code: 'CsvHeader',
      message: `une seule colonne lue, dont le nom contient des ${DELIMITER_LABELS[other]}s : le séparateur n’est sans doute pas ${quote(context.delimiter === '\t' ? 'tabulation' : context.delimiter)}.`,
      location: at(single),
      actual: excerpt(single.header, 60),
      expected: `des colonnes séparées par des ${DELIMITER_LABELS[context.delimiter]}s`,
      hint: `relancez avec ${DELIMITER_FLAGS[other]}, ou sans --delimiter : le séparateur est alors trouvé d’après la ligne d’en-tête.`,
    });
  }
  if (columns.every((column) => column.header === '')) {
    throw new KitError({
      code: 'CsvHeader',
      message: `la première ligne est vide ; elle doit donner le nom de chaque colonne.`,
      location: at(undefined),
      expected: 'une ligne d’en-tête : Code INSEE;Civilité;Prénom;Nom;Adresse;Code postal…',
      hint: 'ajoutez une première ligne avec les noms des colonnes (voir le tableau des en-têtes dans la documentation).',
    });
  }

  for (const column of columns) {
    if (column.header === '') continue;
    const result = resolveOne(column.header);
    if ('target' in result) column.target = result.target;
    else problems.push({ severity: 'error', code: 'CsvHeader', location: at(column), actual: column.header, ...result.problem(column) });
  }
  problems.push(...conflicts(columns, at));
  if (problems.length > 0) throw new KitError(problems);
  return columns;
}

type Resolution = { target: ColumnTarget } | { problem: (column: Column) => Omit<Diagnostic, 'severity' | 'code' | 'location' | 'actual'> };

function resolveOne(header: string): Resolution {
  const segments = header.split('.').map((part) => part.trim());
  if (segments.some((part) => FORBIDDEN.has(part.toLowerCase())) || FORBIDDEN.has(header.toLowerCase())) {
    return {
      problem: (column) => ({
        message: `colonne ${column.letter} : le nom ${quote(header)} est interdit.`,
        expected: 'un champ du profil (maire.nom…) ou un en-tête en français (Nom, Code INSEE…)',
        hint: 'renommez ou supprimez cette colonne.',
      }),
    };
  }
  if (segments.length > 1) {
    const byPath = resolvePath(segments);
    if (byPath) return byPath;
  }
  const alias = aliasFor(header);
  if (alias) {
    const field = fieldByPath(alias.path);
    if (field) return { target: { key: alias.item === undefined ? field.path : `${field.path}.${alias.item}`, field, ...(alias.item !== undefined && { item: alias.item }), via: 'alias' } };
  }
  // A single word may still be a top-level field (`risques`) or a section (`maire`, said so).
  return (segments.length === 1 && resolvePath(segments)) || { problem: (column) => unknown(column, header) };
}

/** `maire.nom`, `Mairie.Code postal`, `mairie.adresse.2`: segments compared as labels are. */
function resolvePath(segments: readonly string[]): Resolution | undefined {
  const last = segments[segments.length - 1] ?? '';
  const item = /^\d+$/.test(last) ? Number(last) : undefined;
  const keys = item === undefined ? segments : segments.slice(0, -1);
  const wanted = keys.map(labelKey).join('.');
  const field = PROFILE_FIELDS.find((candidate) => candidate.keys.map(labelKey).join('.') === wanted);
  if (!field) {
    const section = PROFILE_FIELDS.filter((candidate) => candidate.keys.slice(0, keys.length).map(labelKey).join('.') === wanted);
    if (section.length === 0) return undefined;
    return {
      problem: (column) => ({
        message: `colonne ${column.letter} : ${quote(column.header)} est une section du profil, pas un champ.`,
        expected: orList(section.map((f) => f.path)),
        hint: `une colonne par champ : ${section.slice(0, 4).map((f) => f.path).join(', ')}…`,
      }),
    };
  }
  if (item === undefined) return { target: { key: field.path, field, via: 'path' } };
  if (field.kind !== 'list' || item < 1 || item > 9) {
    return {
      problem: (column) => ({
        message: `colonne ${column.letter} : ${quote(column.header)} ne désigne pas une ligne d’une liste.`,
        expected: field.kind === 'list' ? `${field.path}.1, ${field.path}.2…` : field.path,
        hint: field.kind === 'list' ? `numérotez les lignes à partir de 1 : ${field.path}.1` : `écrivez ${field.path}, sans numéro.`,
      }),
    };
  }
  return { target: { key: `${field.path}.${item}`, field, item, via: 'path' } };
}

const CANDIDATES = [...PROFILE_FIELDS.map((field) => field.path), ...ALIASES.map((alias) => alias.label)];

function unknown(column: Column, header: string): Omit<Diagnostic, 'severity' | 'code' | 'location' | 'actual'> {
  const suggestion = suggest(header, CANDIDATES);
  const shown = ALIASES.filter((alias, i, all) => all.findIndex((other) => other.path === alias.path && other.item === alias.item) === i).map((alias) => alias.label);
  return {
    message: `colonne ${column.letter} : en-tête ${quote(header)} inconnu.`,
    expected: `un en-tête en français (${shown.join(', ')}) ou un champ du profil (maire.nom, expediteur.nom…)`,
    hint: suggestion
      ? `vouliez-vous dire ${quote(suggestion.value)} ?`
      : 'renommez la colonne avec un de ces en-têtes, ou supprimez-la si la lettre n’en a pas besoin.',
  };
}

/** Two columns for one field (after normalization), or a whole list and one of its lines. */
function conflicts(columns: readonly Column[], at: (column: Column) => Diagnostic['location']): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen: Column[] = [];
  for (const column of columns) {
    const target = column.target;
    if (!target) continue;
    const previous = seen.find((other) => {
      const theirs = other.target!;
      if (theirs.field !== target.field) return false;
      return theirs.key === target.key || theirs.item === undefined || target.item === undefined;
    });
    if (previous) {
      const same = labelKey(previous.header) === labelKey(column.header);
      out.push({
        severity: 'error',
        code: 'CsvHeader',
        message: `colonnes ${previous.letter} ${quote(previous.header)} et ${column.letter} ${quote(column.header)} : ${same ? 'même en-tête' : `toutes deux pour ${target.field.path}`}${same && previous.header !== column.header ? ' (aux majuscules, accents ou espaces près)' : ''}.`,
        location: at(column),
        actual: column.header,
        expected: `une seule colonne pour ${target.item === undefined ? target.field.path : `la ligne ${target.item} de ${target.field.path}`}`,
        hint: 'gardez une des deux colonnes, ou renommez-en une.',
      });
    } else seen.push(column);
  }
  return out;
}

/**
 * Required fields of the profile that neither the base profile nor any column gives: every
 * row would fail, so this is a header error (one per section) instead of one per row.
 */
export function missingColumns(columns: readonly Column[], inBase: (field: ProfileField) => boolean, context: HeaderContext): Diagnostic[] {
  const given = new Set(columns.flatMap((column) => (column.target ? [column.target.field.path] : [])));
  const missing = PROFILE_FIELDS.filter((field) => field.required && !given.has(field.path) && !inBase(field));
  const sections = [...new Set(missing.map((field) => field.keys[0]!))];
  return sections.map((section) => {
    const fields = missing.filter((field) => field.keys[0] === section);
    const names = fields.map((field) => {
      const label = labelFor(field.path, field.kind === 'list' ? 1 : undefined);
      return label ? `${quote(label)} (${field.path})` : quote(field.path);
    });
    const plural = fields.length > 1;
    return {
      severity: 'error',
      code: 'CsvHeader',
      message: `${plural ? 'champs obligatoires absents' : 'champ obligatoire absent'} du fichier CSV et du profil de base : ${andList(fields.map((field) => field.path))}.`,
      location: { file: context.file, line: context.line, field: fields[0]!.path },
      expected: `${plural ? 'des colonnes' : 'une colonne'} ${andList(names)}`,
      hint:
        section === 'expediteur'
          ? 'l’expéditeur est le même pour toutes les lettres : donnez-le dans le profil de base (--profile association.yaml, section expediteur:), ou ajoutez ces colonnes.'
          : `ajoutez ${plural ? 'ces colonnes' : 'cette colonne'} au fichier CSV, ou ${plural ? 'ces champs' : 'ce champ'} au profil de base (--profile).`,
    } satisfies Diagnostic;
  });
}
