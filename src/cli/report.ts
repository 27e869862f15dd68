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

/** Prints a KitError; under KIT_DEBUG=1 the stack of the underlying cause follows. */
export function printError(io: Io, error: KitError): void {
  printDiagnostics(io, error.diagnostics);
  if (io.env.KIT_DEBUG === '1') {
    const cause = error.cause instanceof Error ? error.cause : error;
    io.stderr.write(`${cause.stack ?? String(cause)}\n`);
  }
}
