import type { Diagnostic, Location } from './diagnostic.js';

/** `commune.yaml:3:16` — the location prefix of a rendered diagnostic. */
export function formatLocation(location: Location | undefined): string {
  if (!location?.file) return location?.field ? `champ ${location.field}` : '';
  let out = location.file;
  if (location.line !== undefined) {
    out += `:${location.line}`;
    if (location.column !== undefined) out += `:${location.column}`;
  }
  return out;
}

/**
 * French plain-text rendering of a diagnostic (no colour: `cli/` decorates it).
 *
 *   commune.yaml:3:16 — code_postal : « 1000 » n'est pas un code postal (5 chiffres attendus).
 *     Trouvé : « 1000 » ; attendu : 5 chiffres
 *     Astuce : mettez la valeur entre guillemets : code_postal: "01000"
 */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const where = formatLocation(diagnostic.location);
  const label = diagnostic.severity === 'warning' ? 'Avertissement' : 'Erreur';
  const lines = [where ? `${where} — ${diagnostic.message}` : `${label} : ${diagnostic.message}`];
  const found = diagnostic.actual !== undefined ? `trouvé : « ${diagnostic.actual} »` : '';
  const expected = diagnostic.expected !== undefined ? `attendu : ${diagnostic.expected}` : '';
  if (found || expected) {
    const text = [found, expected].filter(Boolean).join(' ; ');
    lines.push(`  ${text.charAt(0).toUpperCase()}${text.slice(1)}`);
  }
  if (diagnostic.hint) lines.push(`  Astuce : ${diagnostic.hint}`);
  return lines.join('\n');
}

/** The JSON form used by `--json` (stable field names). */
export function diagnosticToJson(diagnostic: Diagnostic): Record<string, unknown> {
  return {
    severity: diagnostic.severity,
    code: diagnostic.code,
    message: diagnostic.message,
    ...diagnostic.location,
    ...(diagnostic.actual !== undefined && { actual: diagnostic.actual }),
    ...(diagnostic.expected !== undefined && { expected: diagnostic.expected }),
    ...(diagnostic.hint !== undefined && { hint: diagnostic.hint }),
  };
}
