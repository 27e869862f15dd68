import type { z } from 'zod';
import type { Diagnostic, Location } from '../diagnostics/index.js';
import { FORMATS } from './formats.js';
import { andList, orList, quote } from './french.js';
import { dottedPath, label, type DataPath, type Locator, type SourceEntry, type SourceMap } from './locate.js';
import { fieldAt, sectionsWithKey, type Field } from './shape.js';
import { suggest } from './suggest.js';

type Issue = z.core.$ZodIssue;

interface Context {
  locator: Locator;
  sources: SourceMap;
}

interface Report {
  message: string;
  location: Location;
  actual?: string | undefined;
  expected?: string | undefined;
  hint?: string | undefined;
}

/**
 * Turns the schema's issues into French `ProfileInvalid` diagnostics, each located where the
 * value was written (or at its section's key when it is missing), with what was found, what is
 * expected and the next step.
 */
export function issuesToDiagnostics(issues: readonly Issue[], context: Context): Diagnostic[] {
  // When the type is wrong zod still runs the other checks (a string "too big" for a list): keep the type error only.
  const wrongType = new Set(issues.filter((issue) => issue.code === 'invalid_type').map((issue) => JSON.stringify(issue.path)));
  return issues
    .filter((issue) => issue.code === 'invalid_type' || !wrongType.has(JSON.stringify(issue.path)))
    .flatMap((issue) => reportsFor(issue, context))
    .map((report) => ({
      severity: 'error' as const,
      code: 'ProfileInvalid' as const,
      message: report.message,
      location: report.location,
      ...(report.actual !== undefined && { actual: report.actual }),
      ...(report.expected !== undefined && { expected: report.expected }),
      ...(report.hint !== undefined && { hint: report.hint }),
    }));
}

function reportsFor(issue: Issue, context: Context): Report[] {
  const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
  const entry = context.sources.get(path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => unknownKey(path, key, context));
    case 'invalid_type':
      return [!entry || entry.kind === 'empty' ? missing(path, entry, context) : wrongType(path, issue.expected, entry, context)];
    case 'invalid_value':
      // An enum reports a missing value as an invalid one.
      if (!entry || entry.kind === 'empty') return [missing(path, entry, context)];
      return [entry.kind === 'text' ? badChoice(path, issue.values.map(String), entry, context) : wrongType(path, 'string', entry, context)];
    case 'invalid_format':
      return [badFormat(path, entry, issue.message, context)];
    case 'too_small':
    case 'too_big':
      return [badSize(path, issue, entry, context)];
    default:
      return [{ message: `${label(path)} : valeur incorrecte.`, location: context.locator.ofValue(context.sources, path), actual: entry?.written, expected: issue.message }];
  }
}

function unknownKey(path: DataPath, key: string, { locator, sources }: Context): Report {
  const field = fieldAt(path);
  const keys = field?.kind === 'section' ? field.keys : [];
  const where = path.length > 0 ? ` dans ${quote(dottedPath(path))}` : '';
  const suggestion = suggest(key, keys);
  const elsewhere = sectionsWithKey(key).filter(({ section }) => section !== dottedPath(path));
  let hint = 'supprimez cette ligne, ou corrigez le nom de la clé.';
  if (suggestion) {
    hint = `vouliez-vous dire ${quote(suggestion.value)} ?${suggestion.sameLetters ? ' Les clés s’écrivent en minuscules, sans accents.' : ''}`;
  } else if (elsewhere.length > 0) {
    const right = elsewhere[0]?.key ?? key;
    hint = `${quote(right)} se place sous ${orList(elsewhere.map(({ section }) => (section ? `« ${section}: »` : 'le premier niveau')))}.`;
  }
  return {
    message: `clé ${quote(key)} inconnue${where}.`,
    location: locator.ofKey(sources, [...path, key]),
    actual: key,
    expected: orList(keys),
    hint,
  };
}

function missing(path: DataPath, entry: SourceEntry | undefined, { locator, sources }: Context): Report {
  const field = fieldAt(path) ?? { kind: 'text' };
  const key = lastKey(path);
  const expected = expectation(field, key);
  if (path.length === 0) {
    return { message: 'le profil est vide.', location: locator.at(undefined), expected, hint: 'créez un profil avec kit init, ou partez de l’exemple de la documentation.' };
  }
  if (entry) {
    const location = locator.ofValue(sources, path);
    if (field.kind === 'section') {
      return { message: `${label(path)} : section vide.`, location, expected, hint: `écrivez ses champs en dessous, indentés de deux espaces : ${andList(field.required)}.` };
    }
    const hint = entry.nullWord
      ? `${quote(entry.nullWord)} veut dire « vide » en YAML ; pour écrire ce mot, mettez-le entre guillemets : ${key}: "${entry.nullWord}"`
      : `ce champ est obligatoire : écrivez sa valeur après « ${key}: ».`;
    return { message: `${label(path)} : valeur vide.`, location, actual: entry.nullWord, expected, hint };
  }
  const location = locator.ofAncestor(sources, path);
  if (field.kind === 'section') {
    return { message: `${label(path)} : section obligatoire manquante.`, location, expected, hint: `ajoutez la section « ${key}: » avec ${andList(field.required)}.` };
  }
  const parent = path.length > 1 ? ` sous \`${String(lastKey(path.slice(0, -1)))}:\`` : '';
  return { message: `${label(path)} : champ obligatoire manquant.`, location, expected, hint: `ajoutez ${snippets(field, key)}${parent}.` };
}

const NOUNS = { text: 'un texte', list: 'une liste', section: 'une section' } as const;
const EXPECTED_NOUNS: Readonly<Record<string, string>> = { string: 'un texte est attendu', array: 'une liste est attendue', object: 'une section est attendue' };

function wrongType(path: DataPath, expectedType: string, entry: SourceEntry | undefined, { locator, sources }: Context): Report {
  const field = fieldAt(path) ?? { kind: 'text' };
  const key = lastKey(path);
  const found = entry && entry.kind !== 'empty' ? NOUNS[entry.kind] : 'autre chose';
  const location = locator.ofValue(sources, path);
  const base = { location, actual: entry?.written, expected: expectation(field, key) };
  if (path.length === 0) {
    return { ...base, message: `le profil doit être une suite de sections (commune:, mairie:, maire:, expediteur:…), pas ${found}.`, hint: 'partez de l’exemple de la documentation, ou créez un profil avec kit init.' };
  }
  const message = `${label(path)} : ${EXPECTED_NOUNS[expectedType] ?? 'une autre valeur est attendue'}, pas ${found}.`;
  let hint: string;
  if (field.kind === 'list') {
    hint = entry?.kind === 'text' ? `écrivez une liste : ${key}: [${JSON.stringify(entry.written ?? '…')}]` : 'écrivez une liste : un élément par ligne, précédé de « - ».';
  } else if (field.kind === 'section') {
    hint = `passez à la ligne après « ${key}: » et écrivez ses champs en dessous, indentés de deux espaces (${field.keys.join(', ')}).`;
  } else {
    hint = `écrivez une seule valeur, sur la ligne de la clé : ${snippets(field, key)}`;
  }
  return { ...base, message, hint };
}

function badChoice(path: DataPath, values: string[], entry: SourceEntry, { locator, sources }: Context): Report {
  const key = lastKey(path);
  const written = (entry.written ?? '').trim();
  const suggestion = suggest(written, values);
  const hint = suggestion
    ? `vouliez-vous dire ${quote(suggestion.value)} ?`
    : values.length <= 3
      ? `écrivez ${orList(values.map((value) => `${key}: ${value}`))}.`
      : 'recopiez une des valeurs attendues, telle quelle.';
  return { message: `${label(path)} : ${quote(written)} n’est pas une valeur possible.`, location: locator.ofValue(sources, path), actual: written, expected: orList(values), hint };
}

function badFormat(path: DataPath, entry: SourceEntry | undefined, schemaMessage: string, { locator, sources }: Context): Report {
  const key = lastKey(path);
  const written = (entry?.written ?? '').trim();
  const format = Object.hasOwn(FORMATS, key) ? FORMATS[key] : undefined;
  const location = locator.ofValue(sources, path);
  if (!format) return { message: `${label(path)} : ${quote(written)} n’a pas le format attendu.`, location, actual: written, expected: schemaMessage };
  const detail = format.detail ? ` (${format.detail})` : '';
  return { message: `${label(path)} : ${quote(written)} n’est pas ${format.noun}${detail}.`, location, actual: written, expected: format.expected, hint: format.hint(written, key) };
}

function badSize(path: DataPath, issue: Issue & { code: 'too_small' | 'too_big' }, entry: SourceEntry | undefined, { locator, sources }: Context): Report {
  const key = lastKey(path);
  const location = locator.ofValue(sources, path);
  const noun = key === 'adresse' ? 'ligne' : 'élément';
  const plural = (n: number | bigint): string => (Number(n) === 1 ? `${noun === 'ligne' ? 'une' : 'un'} ${noun}` : `${n} ${noun}s`);
  if (issue.origin !== 'array') {
    const small = issue.code === 'too_small';
    return { message: `${label(path)} : ${small ? 'valeur vide' : 'texte trop long'}.`, location, actual: entry?.written, expected: issue.message, hint: small ? `écrivez la valeur après « ${key}: ».` : 'raccourcissez le texte.' };
  }
  const count = entry?.count ?? 0;
  if (issue.code === 'too_small') {
    return { message: `${label(path)} : ${count === 0 ? 'liste vide' : `${plural(count)} seulement`}.`, location, actual: entry?.written, expected: `au moins ${plural(issue.minimum)}`, hint: `ajoutez au moins ${plural(issue.minimum)} : ${key}: ["…"]` };
  }
  const hint =
    key === 'adresse'
      ? 'gardez ici le numéro et la voie (et un complément) : le code postal et la commune ont leurs propres champs.'
      : `retirez ${plural(count - Number(issue.maximum))}.`;
  return { message: `${label(path)} : ${plural(count)}, ${issue.maximum} au plus.`, location, actual: entry?.written, expected: `au plus ${plural(issue.maximum)}`, hint };
}

/** What is expected at a field, for the `attendu :` line. */
function expectation(field: Field, key: string): string {
  const format = Object.hasOwn(FORMATS, key) ? FORMATS[key] : undefined;
  switch (field.kind) {
    case 'section':
      return `une section avec ${andList(field.required)}`;
    case 'list':
      return key === 'adresse' ? 'une liste de 1 ou 2 lignes' : 'une liste';
    case 'choice':
      return orList(field.values);
    case 'text':
      return format?.expected ?? 'un texte';
  }
}

/** `` `nom: …` ``, `` `civilite: Madame` ou `civilite: Monsieur` `` */
function snippets(field: Field, key: string): string {
  if (field.kind === 'choice' && field.values.length <= 3) return orList(field.values.map((value) => `\`${key}: ${value}\``));
  if (field.kind === 'list') return `\`${key}: ["…"]\``;
  return Object.hasOwn(FORMATS, key) ? `\`${key}: "…"\`` : `\`${key}: …\``;
}

/** The last key of a path (`risques` for `risques.2`). */
function lastKey(path: DataPath): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return '';
}
