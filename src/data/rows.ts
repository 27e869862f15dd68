import { KitError, type Diagnostic } from '../diagnostics/index.js';
import type { CsvEncoding, ForcedEncoding } from './decode.js';
import type { Delimiter } from './delimiter.js';
import { missingColumns, type Column } from './headers.js';
import { readCsv } from './read.js';
import { baseHas, rowToProfile, type BaseInput, type InvalidRow, type RowResult, type ValidRow } from './row-profile.js';

export interface ReadRowsOptions {
  /** Name of the CSV file, as shown in messages (the path as the user typed it). */
  file: string;
  /** The base profile (`--profile`), validated with `baseProfileSchema`. */
  base?: BaseInput | undefined;
  /** `--encoding`: read in this encoding, no detection and no notice. */
  encoding?: ForcedEncoding | undefined;
  /** `--delimiter`: no sniffing. */
  delimiter?: Delimiter | undefined;
  /** Bytes examined to choose the encoding (decode.ts); for tests. */
  encodingWindow?: number;
}

/** What `readRows` gives, in file order. */
export type RowEvent =
  /** First: how the file is read. */
  | { kind: 'format'; delimiter: Delimiter; delimiterForced: boolean; columns: readonly Column[]; headerLine: number }
  /** A warning about the whole file (read as Windows-1252), as soon as it is known. */
  | { kind: 'notice'; diagnostic: Diagnostic }
  | RowResult
  /** Last: the encoding finally used (a file may be ASCII for thousands of rows). */
  | { kind: 'end'; encoding: CsvEncoding; rows: number };

/**
 * CSV bytes (a file stream, any chunk size) → one result per data row, in order, streaming:
 * memory does not grow with the number of rows. Each row is the base profile plus the row's
 * values, validated and completed (`ValidRow`), or the row's diagnostics (`InvalidRow`: a
 * ragged row, a misplaced quote, a bad code…), located `file:LINE` with the column's name.
 * Reading goes on after an invalid row, so that every problem is reported at once.
 *
 * Throws a `KitError` (exit code 6) for what makes the file unreadable: not a CSV (.xlsx),
 * header problems (unknown or duplicate columns, a required field with no column and not in
 * the base profile), an encoding error after rows were read as UTF-8, an unclosed quote.
 */
export async function* readRows(source: AsyncIterable<Uint8Array>, options: ReadRowsOptions): AsyncGenerator<RowEvent> {
  let columns: readonly Column[] = [];
  for await (const event of readCsv(source, options)) {
    switch (event.type) {
      case 'header': {
        const context = { file: options.file, line: event.line, delimiter: event.delimiter, delimiterForced: event.delimiterForced };
        const missing = missingColumns(event.columns, (field) => baseHas(options.base?.profile, field), context);
        if (missing.length > 0) throw new KitError(missing);
        columns = event.columns;
        yield { kind: 'format', delimiter: event.delimiter, delimiterForced: event.delimiterForced, columns, headerLine: event.line };
        break;
      }
      case 'notice':
        yield { kind: 'notice', diagnostic: event.diagnostic };
        break;
      case 'problem':
        yield { kind: 'invalid', row: event.row, line: event.line, diagnostics: event.diagnostics };
        break;
      case 'row':
        yield rowToProfile(event.row, { file: options.file, columns, base: options.base });
        break;
      case 'end':
        yield { kind: 'end', encoding: event.encoding, rows: event.rows };
        break;
    }
  }
}

export interface CsvCheckResult {
  /** Number of valid rows (accepted by the caller's check). */
  valid: number;
  invalid: InvalidRow[];
  /** Every warning: about the file (encoding), then those of the valid rows, in file order. */
  warnings: Diagnostic[];
  delimiter: Delimiter;
  delimiterForced: boolean;
  encoding: CsvEncoding;
  columns: readonly Column[];
  /** Number of data rows (valid and invalid). */
  rows: number;
}

export interface CsvReadResult extends Omit<CsvCheckResult, 'valid'> {
  valid: ValidRow[];
}

/**
 * Checks the whole file without keeping its rows (the first pass of a batch: "all reported at
 * once before any file is written"; the second pass reads the file again to render). Each valid
 * row is given to `accept` (with the file's columns), in file order, and is then dropped: `accept` keeps what it needs
 * (a line, file names) and may refuse the row by returning its errors (a field a document needs
 * is missing), which makes it an invalid row (those errors, then the row's warnings).
 *
 * Invalid rows are returned, not thrown: with `--skip-invalid` the valid rows are rendered;
 * without, `invalidRowsError(result)` gives the error to report. When the file cannot be read to
 * its end, the `KitError` thrown carries the problems of the rows read before, in line order,
 * then the one that stopped the reading. Memory holds the invalid rows and the warnings only.
 */
export async function checkRows(
  source: AsyncIterable<Uint8Array>,
  options: ReadRowsOptions,
  accept: (row: ValidRow, columns: readonly Column[]) => readonly Diagnostic[] | undefined | void = () => undefined,
): Promise<CsvCheckResult> {
  let valid = 0;
  const invalid: InvalidRow[] = [];
  const notices: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  let format: Extract<RowEvent, { kind: 'format' }> | undefined;
  let encoding: CsvEncoding = 'utf-8';
  let rows = 0;
  try {
    for await (const event of readRows(source, options)) {
      if (event.kind === 'format') format = event;
      else if (event.kind === 'notice') notices.push(event.diagnostic);
      else if (event.kind === 'valid') {
        const errors = accept(event, format?.columns ?? []) ?? [];
        if (errors.length > 0) {
          invalid.push({ kind: 'invalid', row: event.row, line: event.line, diagnostics: [...errors, ...event.warnings] });
        } else {
          valid++;
          warnings.push(...event.warnings);
        }
      } else if (event.kind === 'invalid') invalid.push(event);
      else {
        encoding = event.encoding;
        rows = event.rows;
      }
    }
  } catch (error) {
    if (!(error instanceof KitError) || invalid.length === 0) throw error;
    const before = invalid.flatMap((row) => row.diagnostics.filter((d) => d.severity === 'error'));
    throw new KitError(byLine([...before, ...error.diagnostics]), { cause: error });
  }
  // A file whose header is refused throws before `format`; an empty file has no header.
  return { valid, invalid, warnings: [...notices, ...warnings], delimiter: format!.delimiter, delimiterForced: format!.delimiterForced, encoding, columns: format!.columns, rows };
}

/**
 * Reads the whole file and keeps every valid row (about 2 KB each): for small files and tests.
 * A batch uses `checkRows` then `readRows` again (two passes), so that memory does not grow
 * with the number of rows.
 */
export async function readAllRows(source: AsyncIterable<Uint8Array>, options: ReadRowsOptions): Promise<CsvReadResult> {
  const valid: ValidRow[] = [];
  const result = await checkRows(source, options, (row) => {
    valid.push(row);
  });
  return { ...result, valid };
}

/** The error that reports every invalid row (errors first, in line order), or undefined when all rows are valid. */
export function invalidRowsError(result: Pick<CsvReadResult, 'invalid'>): KitError | undefined {
  const diagnostics = result.invalid.flatMap((row) => row.diagnostics);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return undefined;
  return new KitError([...byLine(errors), ...diagnostics.filter((d) => d.severity !== 'error')]);
}

/** Stable sort by line (diagnostics without a line first). */
function byLine(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0));
}
