import { exitCodeFor, type DiagnosticCode, type ExitCode } from './codes.js';
import type { Diagnostic, DiagnosticInit } from './diagnostic.js';

/**
 * The one error type of the project. It carries one or more diagnostics (a profile may have
 * several invalid fields: all are reported at once) and maps to a fixed exit code.
 */
export class KitError extends Error {
  readonly diagnostics: readonly Diagnostic[];

  constructor(first: DiagnosticInit | Diagnostic[], options?: { cause?: unknown }) {
    const list: Diagnostic[] = Array.isArray(first) ? first : [{ severity: 'error', ...first }];
    if (list.length === 0) throw new Error('KitError sans diagnostic');
    super(list[0]!.message, options);
    this.name = 'KitError';
    this.diagnostics = list;
  }

  get code(): DiagnosticCode {
    return this.diagnostics[0]!.code;
  }

  get exitCode(): ExitCode {
    return exitCodeFor(this.code);
  }
}

export function isKitError(value: unknown): value is KitError {
  return value instanceof KitError;
}

/** Wraps an unforeseen exception so that it reaches the user as "erreur interne", never raw. */
export function internalError(cause: unknown): KitError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new KitError(
    {
      code: 'Internal',
      message: `Erreur interne : ${detail}`,
      hint: 'Ce n’est pas de votre faute. Merci de signaler le problème aux mainteneurs de kit-citoyen, avec la commande lancée (relancez avec KIT_DEBUG=1 pour obtenir les détails techniques).',
    },
    { cause },
  );
}
