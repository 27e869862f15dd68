import { formatDiagnostic, type Diagnostic, type KitError } from '../diagnostics/index.js';
import type { Io } from './io.js';

/** Prints diagnostics on stderr, errors in red and warnings in yellow (when colours are on). */
export function printDiagnostics(io: Io, diagnostics: readonly Diagnostic[]): void {
  for (const diagnostic of diagnostics) {
    const [first = '', ...rest] = formatDiagnostic(diagnostic).split('\n');
    const paint = diagnostic.severity === 'error' ? io.color.red : io.color.yellow;
    io.stderr.write(`${paint(first)}\n${rest.map((line) => `${io.color.dim(line)}\n`).join('')}`);
  }
}

/**
 * Prints a KitError, the same problem on many CSV rows once with its lines (`--json` keeps them
 * all); under KIT_DEBUG=1 the stack of the underlying cause follows.
 */
export function printError(io: Io, error: KitError): void {
  printDiagnostics(io, groupRepeated(error.diagnostics));
  if (io.env.KIT_DEBUG === '1') {
    const cause = error.cause instanceof Error ? error.cause : error;
    io.stderr.write(`${cause.stack ?? String(cause)}\n`);
  }
}

/** The CSV line put in front of a batch warning raised while rendering a row (see pipeline/batch.ts). */
const ROW_PREFIX = /^ligne (\d+) : /;

/**
 * Warnings repeated on many rows of a batch (an address line over 38 characters on 2,000
 * letters), each printed once with the list of its lines: the first `shown`, then « … et N
 * autres ». Diagnostics are the same when only their line differs: the CSV line of the
 * location, or the « ligne N : » the batch puts in front of a rendering warning. A group of
 * one stays as it was; groups keep the place of their first diagnostic. For the human report
 * only: `--json` keeps every warning.
 */
export function groupRepeated(diagnostics: readonly Diagnostic[], shown = 10): Diagnostic[] {
  const groups = new Map<string, { first: Diagnostic; base: Diagnostic; lines: number[]; actual: string | undefined }>();
  const out: (Diagnostic | string)[] = [];
  for (const diagnostic of diagnostics) {
    const prefix = ROW_PREFIX.exec(diagnostic.message);
    const line = prefix ? Number(prefix[1]) : diagnostic.location?.line;
    if (line === undefined) {
      out.push(diagnostic);
      continue;
    }
    // With a prefix, the location is in the template (the same for every row): it stays.
    const base: Diagnostic = prefix ? { ...diagnostic, message: diagnostic.message.slice(prefix[0].length) } : { ...diagnostic, location: withoutLine(diagnostic.location) };
    const key = JSON.stringify([base.severity, base.code, base.message, base.location, base.expected, base.hint]);
    const group = groups.get(key);
    if (group) {
      group.lines.push(line);
      if (group.actual !== diagnostic.actual) group.actual = undefined;
    } else {
      groups.set(key, { first: diagnostic, base, lines: [line], actual: diagnostic.actual });
      out.push(key);
    }
  }
  return out.map((item) => {
    if (typeof item !== 'string') return item;
    const { first, base, lines, actual } = groups.get(item)!;
    if (lines.length === 1) return first;
    const more = lines.length - shown;
    const list = `lignes ${lines.slice(0, shown).join(', ')}${more > 0 ? ` … et ${more.toLocaleString('fr-FR')} autre${more > 1 ? 's' : ''}` : ''}`;
    const grouped: Diagnostic = { ...base, message: `${list} : ${base.message}` };
    if (actual === undefined) delete grouped.actual;
    return grouped;
  });
}

/**
 * Many warnings of one kind that differ in more than their line (« Nice a 4 codes postaux »,
 * « Arles a 5 codes postaux »… on 500 rows of a batch): the first `kept` are printed, then one
 * line says how many more there are, and that `--json` gives them all. Kinds with `from` or
 * fewer are printed whole. For the human report of warnings only: errors are all printed, each
 * one is a row to fix.
 */
export function summarizeByKind(diagnostics: readonly Diagnostic[], kept = 3, from = 10): Diagnostic[] {
  const kindOf = (d: Diagnostic) => `${d.severity}\u0000${d.code}`;
  const counts = new Map<string, number>();
  for (const d of diagnostics) counts.set(kindOf(d), (counts.get(kindOf(d)) ?? 0) + 1);
  const seen = new Map<string, number>();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const kind = kindOf(d);
    const total = counts.get(kind)!;
    const n = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, n);
    if (total <= from || n <= kept) out.push(d);
    if (total > from && n === kept) {
      const more = total - kept;
      const what = d.severity === 'error' ? 'erreur' : 'avertissement';
      out.push({ severity: d.severity, code: d.code, message: `… et ${more.toLocaleString('fr-FR')} autre${more > 1 ? 's' : ''} ${what}${more > 1 ? 's' : ''} du même type (${d.code}).`, hint: '--json les donne tous.' });
    }
  }
  return out;
}

function withoutLine(location: Diagnostic['location']): Diagnostic['location'] {
  if (!location) return location;
  const copy = { ...location };
  delete copy.line;
  return copy;
}
