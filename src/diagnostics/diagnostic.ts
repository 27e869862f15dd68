import type { DiagnosticCode } from './codes.js';

/** Where a diagnostic points: a file with line/column (1-based), or a CSV line and column name. */
export interface Location {
  file?: string;
  line?: number;
  column?: number;
  /** Dotted path of the field concerned, e.g. `maire.nom`. */
  field?: string;
}

/**
 * One error or warning, as data (the fields of vfile-message). Collected, never printed here:
 * only `cli/` renders diagnostics.
 */
export interface Diagnostic {
  severity: 'error' | 'warning';
  code: DiagnosticCode;
  /** French sentence saying what is wrong. */
  message: string;
  location?: Location;
  /** The value found, as the user wrote it. */
  actual?: string;
  /** What was expected instead. */
  expected?: string;
  /** The next step, in French. */
  hint?: string;
}

export type DiagnosticInit = Omit<Diagnostic, 'severity'>;

export function warning(init: DiagnosticInit): Diagnostic {
  return { severity: 'warning', ...init };
}
