import { Readable, pipeline } from 'node:stream';
import { Parser, type CsvError } from 'csv-parse';
import { KitError, warning, type Diagnostic } from '../diagnostics/index.js';
import { excerpt, quote } from '../profile/french.js';
import { cleanCell, describeChanges } from './clean.js';
import { checkNotBinary, CsvDecoder, PREFIX_BYTES, type CsvEncoding, type ForcedEncoding } from './decode.js';
import { DELIMITER_LABELS, firstLine, sniffDelimiter, type Delimiter } from './delimiter.js';
import { cleanHeader, columnLetter, resolveHeaders, type Column } from './headers.js';
import { CSV_LIMITS } from './limits.js';

/** One data row of the CSV, cleaned, before it meets the profile schema. */
export interface CsvRow {
  /** Number of the data record, from 1 (the header and blank lines are not counted). */
  row: number;
  /** Line of the file where the record starts, from 1 (a cell with line breaks spans several lines). */
  line: number;
  /** The cells by column key (`maire.nom`, `mairie.adresse.2`): cleaned text, `''` for an empty cell. */
  values: ReadonlyMap<string, string>;
  /** Warnings about the row's cells (control characters removed, a cell without a header…). */
  warnings: Diagnostic[];
}

/** What reading a CSV gives, in file order. */
export type CsvEvent =
  /** Always first: the columns, and the delimiter used. */
  | { type: 'header'; line: number; columns: readonly Column[]; delimiter: Delimiter; delimiterForced: boolean }
  | { type: 'row'; row: CsvRow }
  /** A record that could not be read as a row (ragged, misplaced quote): it counts as a row. */
  | { type: 'problem'; row: number; line: number; diagnostics: Diagnostic[] }
  /** A warning about the whole file (read as Windows-1252), as soon as it is known. */
  | { type: 'notice'; diagnostic: Diagnostic }
  /** Always last, unless an error is thrown. */
  | { type: 'end'; encoding: CsvEncoding; rows: number };

export interface ReadCsvOptions {
  /** Name of the file, as shown in messages. */
  file: string;
  /** `--encoding`: no detection. */
  encoding?: ForcedEncoding | undefined;
  /** `--delimiter`: no sniffing. */
  delimiter?: Delimiter | undefined;
  /** Bytes examined to choose the encoding (see decode.ts); tests make it small. */
  encodingWindow?: number;
}

interface Skipped {
  skipped: CsvError;
  raw: string;
}

interface Parsed {
  record: string[];
  info: { lines: number };
}

/** A misplaced quote, pending until its record is known to be over. */
interface QuoteProblem {
  error: CsvError;
  raw: string;
  line: number;
  codes: string[];
}

/**
 * Reads a CSV file as a stream of rows: bytes → text (decode.ts) → delimiter (delimiter.ts,
 * from the header line) → csv-parse → header (headers.ts) → cleaned rows. Memory does not
 * grow with the number of rows: one record is held at a time (plus the decoder's window).
 *
 * Problems of one row (a ragged row, a misplaced quote) are `problem` events and reading goes
 * on, so that all are reported at once. Problems that make the rest of the file unreadable
 * (header errors, an encoding error, a quote never closed, a record over the size limit) are
 * thrown as a `KitError` after the events before them.
 */
export async function* readCsv(source: AsyncIterable<Uint8Array>, options: ReadCsvOptions): AsyncGenerator<CsvEvent> {
  const { file } = options;
  const decoder = new CsvDecoder({ file, encoding: options.encoding, ...(options.encodingWindow !== undefined && { window: options.encodingWindow }) });
  const iterator = source[Symbol.asyncIterator]();
  const notices: Diagnostic[] = [];
  let noticed = false;
  const decode = (chunk: Uint8Array | undefined): string => {
    const text = chunk === undefined ? decoder.end() : decoder.write(chunk);
    if (decoder.notice && !noticed) {
      noticed = true;
      notices.push(decoder.notice);
    }
    return text;
  };

  // The first bytes (is it a CSV at all?) and the header line (to choose the delimiter), before csv-parse starts.
  let head = '';
  let ended = false;
  let prefix = new Uint8Array(0);
  /** An error of the source or the decoder: thrown once the rows before it are out. */
  let stopped: unknown;
  try {
    for (;;) {
      const haveHeader = options.delimiter !== undefined || firstLine(head) !== undefined || head.length > CSV_LIMITS.maxHeaderChars;
      if (ended || (haveHeader && prefix.length >= PREFIX_BYTES)) break;
      const next = await iterator.next();
      if (!next.done && prefix.length < PREFIX_BYTES) prefix = Buffer.concat([prefix, next.value.subarray(0, PREFIX_BYTES - prefix.length)]);
      checkNotBinary(prefix, file, next.done === true || prefix.length >= PREFIX_BYTES);
      ended = next.done === true;
      try {
        head += decode(next.done ? undefined : next.value);
      } catch (error) {
        stopped = error;
        ended = true;
      }
    }
  } catch (error) {
    await iterator.return?.();
    throw error;
  }
  const delimiter = options.delimiter ?? sniffDelimiter(firstLine(head) ?? head).delimiter;
  const delimiterForced = options.delimiter !== undefined;

  const spaces = new SpacesAfterQuotes();
  /** The text given to csv-parse so far ends with a whole record (a line break outside quotes). */
  let wholeRecords = true;
  const feed = (chunk: string): string => {
    const out = spaces.filter(chunk);
    wholeRecords = !spaces.quoted && /[\r\n]$/.test(out);
    return out;
  };
  async function* text(): AsyncGenerator<string> {
    try {
      if (head) yield feed(head);
      head = '';
      if (ended) return;
      for (;;) {
        const next = await iterator.next();
        const chunk = decode(next.done ? undefined : next.value);
        if (chunk) yield feed(chunk);
        if (next.done) return;
      }
    } catch (error) {
      stopped = error;
    } finally {
      await iterator.return?.();
    }
  }

  let columns: Column[] | undefined;
  let rows = 0;
  let crlfFix = 0;
  let pending: QuoteProblem | undefined;
  let headerNames: string[] | undefined;

  const lineOfSkip = (error: CsvError, raw: string): number => {
    const body = raw.replace(/^\s+/, '');
    const end = Number((error as unknown as { lines?: number }).lines ?? 1) - crlfFix - count(body, /\r\n/g);
    return Math.max(1, end - count(body.replace(/(\r\n|\r|\n)$/, ''), /\r\n|\r|\n/g));
  };

  const parser: Parser = new Parser({
    bom: true,
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    quote: '"',
    relax_quotes: false,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
    max_record_size: CSV_LIMITS.maxRecordChars,
    info: true,
    raw: true,
    skip_records_with_error: true,
    on_record: (record: string[]) => {
      // With `info`, csv-parse hands over { record, info, raw }, typed string[] by its declarations.
      // The header's names serve the messages of errors raised before the loop below reads it.
      headerNames ??= (record as unknown as Parsed).record.map(cleanHeader);
      return record;
    },
    on_skip: (error: CsvError | undefined, raw: string | undefined) => {
      if (!error) return undefined;
      const code = error.code as string;
      // Recoverable: the record is dropped and reading goes on at the next record.
      if (code === 'INVALID_OPENING_QUOTE' || code === 'CSV_INVALID_CLOSING_QUOTE' || code === 'CSV_QUOTE_NOT_CLOSED') {
        parser.push({ skipped: error, raw: raw ?? '' } satisfies Skipped);
        return undefined;
      }
      // Others leave csv-parse unable to go on reliably (it drops the rest of the chunk): stop.
      throw fatalParseError(error, lineOfSkip(error, raw ?? ''), headerNames, file);
    },
  });

  const readable = Readable.from(text(), { objectMode: false });
  pipeline(readable, parser, () => {
    // Errors reach the loop below through the parser.
  });

  const flushPending = function* (): Generator<CsvEvent> {
    if (!pending) return;
    const problem = pending;
    pending = undefined;
    if (problem.codes.includes('CSV_QUOTE_NOT_CLOSED')) throw unclosedQuote(problem, headerNames, file);
    rows++;
    yield { type: 'problem', row: rows, line: problem.line, diagnostics: [quoteDiagnostic(problem, headerNames, file)] };
  };

  /** The events of one item of csv-parse: a record, or a record skipped for its quotes. */
  const handle = function* (item: Parsed | Skipped): Generator<CsvEvent> {
    if ('skipped' in item) {
      const code = item.skipped.code as string;
      if (pending && item.raw.length > pending.raw.length && item.raw.startsWith(pending.raw)) {
        pending.raw = item.raw;
        pending.codes.push(code);
        return;
      }
      yield* flushPending();
      if (!columns) throw headerQuote(item.skipped, file);
      pending = { error: item.skipped, raw: item.raw, line: lineOfSkip(item.skipped, item.raw), codes: [code] };
      return;
    }
    yield* flushPending();
    const { record, info } = item;
    // csv-parse counts a CRLF inside quotes as two lines: count lines ourselves from its count.
    const crlf = record.reduce((sum, cell) => sum + count(cell, /\r\n/g), 0);
    const end = info.lines - crlfFix - crlf;
    crlfFix += crlf;
    const line = end - record.reduce((sum, cell) => sum + count(cell, /\r\n|\r|\n/g), 0);

    if (!columns) {
      columns = resolveHeaders(record, { file, line, delimiter, delimiterForced });
      yield { type: 'header', line, columns, delimiter, delimiterForced };
      return;
    }
    const cells = record.map(cleanCell);
    if (cells.every((cell) => cell.text === '')) return; // a blank row of a spreadsheet (;;;;)
    rows++;
    const ragged = raggedProblem(cells.map((cell) => cell.text), columns, { file, line, delimiter });
    if (ragged) yield { type: 'problem', row: rows, line, diagnostics: [ragged] };
    else yield { type: 'row', row: buildRow(rows, line, cells, columns, file) };
  };

  // Each item's events are held until the next item comes: when the source fails, the last
  // record csv-parse gives may be cut short by the end of the text; it is then not given out.
  let held: CsvEvent[] = [];
  for await (const item of parser as AsyncIterable<Parsed | Skipped>) {
    const events: CsvEvent[] = [];
    try {
      events.push(...handle(item));
      // Notices come after the header event, which is always first.
      while (columns && notices.length > 0) events.push({ type: 'notice', diagnostic: notices.shift()! });
    } catch (error) {
      yield* held;
      throw error;
    }
    yield* held;
    held = events;
  }
  if (stopped !== undefined) {
    if (wholeRecords) yield* held;
    while (columns && notices.length > 0) yield { type: 'notice', diagnostic: notices.shift()! };
    throw stopped;
  }
  yield* held;
  yield* flushPending();
  while (notices.length > 0) yield { type: 'notice', diagnostic: notices.shift()! };
  if (!columns) {
    throw new KitError({
      code: 'CsvHeader',
      message: `${file} est vide : ni en-tête ni ligne.`,
      location: { file },
      expected: 'une ligne d’en-tête (Code INSEE;Civilité;Nom…) puis une ligne par destinataire',
      hint: 'vérifiez le fichier donné à --csv ; dans le tableur, « Enregistrer sous » au format CSV.',
    });
  }
  yield { type: 'end', encoding: decoder.encoding, rows };
}

function count(text: string, pattern: RegExp): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}

function buildRow(row: number, line: number, cells: ReturnType<typeof cleanCell>[], columns: readonly Column[], file: string): CsvRow {
  const values = new Map<string, string>();
  const warnings: Diagnostic[] = [];
  columns.forEach((column, index) => {
    const cell = cells[index] ?? { text: '', changed: [], replacement: false };
    const location = { file, line, field: column.header || column.letter };
    const name = column.header ? `colonne ${quote(column.header)}` : `colonne ${column.letter}`;
    if (cell.changed.length > 0) {
      const plural = cell.changed.length > 1 ? 's' : '';
      warnings.push(
        warning({
          code: 'CsvRow',
          message: `${name} : caractère${plural} de contrôle supprimé${plural} (${describeChanges(cell.changed)}).`,
          location,
          actual: describeChanges(cell.changed),
          hint: 'ces caractères invisibles viennent souvent d’un copier-coller : retapez la cellule.',
        }),
      );
    }
    if (cell.replacement) {
      warnings.push(
        warning({
          code: 'CsvRow',
          message: `${name} : ${quote(excerpt(cell.text))} contient un caractère illisible (�).`,
          location,
          actual: excerpt(cell.text),
          hint: 'un caractère a été perdu avant la lecture (mauvaise conversion d’encodage) : corrigez la cellule dans le tableur.',
        }),
      );
    }
    if (column.target) values.set(column.target.key, cell.text);
    else if (cell.text !== '') {
      warnings.push(
        warning({
          code: 'CsvRow',
          message: `la colonne ${column.letter} n’a pas d’en-tête ; ${quote(excerpt(cell.text))} n’est pas lu.`,
          location,
          actual: excerpt(cell.text),
          hint: 'donnez un en-tête à la colonne si la lettre en a besoin, ou videz-la.',
        }),
      );
    }
  });
  return { row, line, values, warnings };
}

/** Fewer cells than columns, or more with text in them (extra empty cells are harmless). */
function raggedProblem(cells: readonly string[], columns: readonly Column[], context: { file: string; line: number; delimiter: Delimiter }): Diagnostic | undefined {
  const expected = columns.length;
  const extra = cells.slice(expected).findIndex((cell) => cell !== '');
  if (cells.length >= expected && extra === -1) return undefined;
  const label = DELIMITER_LABELS[context.delimiter];
  const fewer = cells.length < expected;
  return {
    severity: 'error',
    code: 'CsvParse',
    message: fewer
      ? `${cells.length} cellule${cells.length > 1 ? 's' : ''} au lieu de ${expected} ; à partir de la colonne ${columnName(columns[cells.length])}, les valeurs manquent.`
      : `${cells.length} cellules au lieu de ${expected} ; ${quote(excerpt(cells[expected + extra] ?? ''))} est au-delà de la dernière colonne.`,
    location: { file: context.file, line: context.line },
    actual: `${cells.length} cellule${cells.length > 1 ? 's' : ''}`,
    expected: `${expected} cellules, une par colonne, séparées par des ${label}s`,
    hint: `un ${label} manque ou est en trop dans cette ligne, et les valeurs sont peut-être décalées ; un ${label} écrit dans une cellule doit être entre guillemets. Vérifiez la ligne dans le tableur.`,
  };
}

function columnName(column: Column | undefined): string {
  if (!column) return '?';
  return column.header ? `${column.letter} ${quote(column.header)}` : column.letter;
}

function errorColumn(error: CsvError, names: readonly string[] | undefined): string {
  const index = (error as unknown as { column?: unknown }).column;
  if (typeof index !== 'number') return '';
  const name = names?.[index];
  if (name === undefined) return `cellule ${index + 1} : `;
  return name ? `colonne ${columnLetter(index)} ${quote(name)} : ` : `colonne ${columnLetter(index)} : `;
}

const QUOTE_HINT =
  'dans un CSV, une cellule qui contient des guillemets s’écrit entre guillemets, chaque guillemet doublé : "12 ""bis"" rue". Corrigez la ligne, ou réenregistrez le fichier depuis le tableur plutôt que de le modifier à la main.';

function quoteDiagnostic(problem: QuoteProblem, names: readonly string[] | undefined, file: string): Diagnostic {
  const where = errorColumn(problem.error, names);
  const opening = problem.error.code === 'INVALID_OPENING_QUOTE';
  return {
    severity: 'error',
    code: 'CsvParse',
    message: opening
      ? `${where}guillemet (") au milieu d’une cellule.`
      : `${where}texte collé après un guillemet fermant.`,
    location: { file, line: problem.line },
    expected: 'une cellule entière entre guillemets, ou sans guillemets',
    hint: QUOTE_HINT,
  };
}

function unclosedQuote(problem: QuoteProblem, names: readonly string[] | undefined, file: string): KitError {
  const where = errorColumn(problem.error, names);
  const first = problem.codes[0] === 'CSV_QUOTE_NOT_CLOSED';
  return new KitError({
    code: 'CsvParse',
    message: first
      ? `${where}guillemet ouvert jamais fermé ; la suite du fichier a été lue comme une seule cellule.`
      : `${where}guillemet mal placé, et jamais refermé ; la suite du fichier a été lue comme une seule cellule.`,
    location: { file, line: problem.line },
    expected: 'un guillemet fermant à la fin de la cellule',
    hint: `fermez la cellule par un guillemet, ou doublez le guillemet s’il fait partie du texte (""). ${QUOTE_HINT.split('. ')[1] ?? ''}`.trim(),
  });
}

function headerQuote(error: CsvError, file: string): KitError {
  return new KitError({
    code: 'CsvHeader',
    message: `guillemet mal placé dans la ligne d’en-tête.`,
    location: { file, line: Number((error as unknown as { lines?: number }).lines ?? 1) },
    expected: 'des noms de colonnes, entre guillemets ou non',
    hint: QUOTE_HINT,
  });
}

function fatalParseError(error: CsvError, line: number, names: readonly string[] | undefined, file: string): KitError {
  const where = errorColumn(error, names);
  const code = error.code as string;
  if (code === 'CSV_MAX_RECORD_SIZE') {
    return new KitError({
      code: 'CsvParse',
      message: `${where}ligne de plus de ${CSV_LIMITS.maxRecordChars / 1024} Ko ; un guillemet ouvert n’est sans doute jamais fermé, ou ce n’est pas un fichier CSV.`,
      location: { file, line },
      expected: `des lignes de moins de ${CSV_LIMITS.maxRecordChars / 1024} Ko`,
      hint: 'vérifiez les guillemets de cette ligne ; un classeur Excel (.xlsx) doit d’abord être enregistré au format CSV.',
    });
  }
  if (code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE') {
    return new KitError({
      code: 'CsvParse',
      message: `${where}texte après le guillemet fermant d’une cellule ; la lecture s’arrête là.`,
      location: { file, line },
      expected: 'une cellule entière entre guillemets, ou sans guillemets',
      hint: QUOTE_HINT,
    });
  }
  return new KitError({
    code: 'CsvParse',
    message: `${where}fichier CSV illisible (${error.message}).`,
    location: { file, line },
    hint: 'ouvrez le fichier dans un tableur et enregistrez-le de nouveau au format CSV.',
  });
}

/**
 * Works around a csv-parse 7.0.3 bug: with `trim`, white space of more than one byte (NBSP,
 * U+202F) right after a closing quote is skipped one byte short, and the second byte is then
 * "a non trimable character after the quote" (`"Dupont"\u00a0;` fails). Such white space lies
 * outside any cell and is trimmed anyway: it is made a plain space before csv-parse sees it.
 * Quote state is followed across chunks (a doubled quote inside a cell toggles twice).
 */
export class SpacesAfterQuotes {
  /** Inside a quoted cell, after the text filtered so far. */
  quoted = false;
  private afterClosing = false;

  filter(text: string): string {
    let out: string[] | undefined;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 34) {
        this.quoted = !this.quoted;
        this.afterClosing = !this.quoted;
      } else if (this.afterClosing) {
        if (code > 0x7f && /\s/.test(text[i]!)) {
          out ??= text.split('');
          out[i] = ' ';
        } else if (code !== 32 && code !== 9) this.afterClosing = false;
      }
    }
    return out ? out.join('') : text;
  }
}
