import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { isKitError, type Diagnostic } from '../../src/diagnostics/index.js';
import { parseBaseProfile, readAllRows, readCsv, readRows, type CsvEvent, type CsvReadResult, type ReadCsvOptions, type ReadRowsOptions, type RowEvent } from '../../src/data/index.js';
import type { BaseInput } from '../../src/data/index.js';

export const FIXTURES = new URL('../fixtures/csv/', import.meta.url);

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(new URL(name, FIXTURES));
}

/** Bytes of a text: UTF-8 (default) or Windows-1252 (as French Excel writes « CSV (séparateur : point-virgule) »). */
export function bytes(text: string, encoding: 'utf-8' | 'windows-1252' | 'utf-8-bom' = 'utf-8'): Uint8Array {
  if (encoding === 'windows-1252') return new Uint8Array(iconv.encode(text, 'win1252'));
  const utf8 = new TextEncoder().encode(text);
  if (encoding === 'utf-8') return utf8;
  return new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
}

/** The bytes as a stream of chunks of `size` bytes (a file stream cuts anywhere, even inside a character). */
export async function* chunks(data: Uint8Array, size = data.length || 1): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < data.length; i += size) yield data.slice(i, i + size);
}

/** Chunks cut at the given offsets. */
export async function* cutAt(data: Uint8Array, offsets: readonly number[]): AsyncGenerator<Uint8Array> {
  let start = 0;
  for (const offset of [...offsets].sort((a, b) => a - b)) {
    if (offset <= start || offset >= data.length) continue;
    yield data.slice(start, offset);
    start = offset;
  }
  yield data.slice(start);
}

const input = (data: string | Uint8Array): Uint8Array => (typeof data === 'string' ? bytes(data) : data);

export async function csvEvents(data: string | Uint8Array, options: Partial<ReadCsvOptions> = {}, size?: number): Promise<CsvEvent[]> {
  const out: CsvEvent[] = [];
  for await (const event of readCsv(chunks(input(data), size), { file: 'maires.csv', ...options })) out.push(event);
  return out;
}

/** The values of the rows, as plain objects (column key → cell). */
export async function csvValues(data: string | Uint8Array, options: Partial<ReadCsvOptions> = {}, size?: number): Promise<Record<string, string>[]> {
  const events = await csvEvents(data, options, size);
  return events.flatMap((event) => (event.type === 'row' ? [Object.fromEntries(event.row.values)] : []));
}

export async function rowEvents(data: string | Uint8Array, options: Partial<ReadRowsOptions> = {}, size?: number): Promise<RowEvent[]> {
  const out: RowEvent[] = [];
  for await (const event of readRows(chunks(input(data), size), { file: 'maires.csv', ...options })) out.push(event);
  return out;
}

export function readAll(data: string | Uint8Array, options: Partial<ReadRowsOptions> = {}, size?: number): Promise<CsvReadResult> {
  return readAllRows(chunks(input(data), size), { file: 'maires.csv', ...options });
}

/** The diagnostics of the `KitError` that reading must throw. */
export async function thrown(run: () => Promise<unknown>): Promise<Diagnostic[]> {
  try {
    await run();
  } catch (error) {
    if (isKitError(error)) return [...error.diagnostics];
    throw error;
  }
  throw new Error('la lecture aurait dû échouer');
}

/** An association's profile: the sender and shared fields only; the rows bring the mayors. */
export const ASSOCIATION_YAML = `expediteur:
  nom: Alex Martin
  association: Collectif Exemple
  adresse: ["12 rue des Lilas"]
  code_postal: "35610"
  commune: Sains
risques: [inondation]
`;

export function associationBase(text = ASSOCIATION_YAML): BaseInput {
  const parsed = parseBaseProfile(new TextEncoder().encode(text), 'association.yaml');
  return { profile: parsed.profile, locate: parsed.locate, file: 'association.yaml' };
}

/** Rows of the recipient CSV used across tests (`;`, header with French labels). */
export const HEADER = 'Code INSEE;Civilité;Prénom;Nom;Adresse;Adresse 2;Code postal';
