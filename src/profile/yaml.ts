import { LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import type { Diagnostic } from '../diagnostics/index.js';
import { LIMITS } from './limits.js';
import { wordingOf } from './yaml-messages.js';

export interface YamlRead {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  errors: Diagnostic[];
  warnings: Diagnostic[];
  /** Errors that leave the document unreliable: nothing more is checked after them. */
  fatal: boolean;
}

/** Errors after which the document is still what the user meant, so validation can go on. */
const SOFT: ReadonlySet<string> = new Set(['DUPLICATE_KEY']);

/**
 * Parses the profile text (reliability B2). The failsafe schema keeps every scalar a string
 * (`01000` stays "01000"); YAML 1.1 and merge keys are off; no custom tag is known, so an
 * unknown tag is a warning and its value stays text. Aliases are expanded later, under limits.
 */
export function readYaml(text: string, file: string): YamlRead {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: true,
    schema: 'failsafe',
    version: '1.2',
    merge: false,
    resolveKnownTags: false,
    uniqueKeys: true,
    stringKeys: true,
    strict: true,
  });
  const multiline = new Set(doc.errors.filter((e) => e.code === 'MULTILINE_IMPLICIT_KEY').map((e) => e.pos[0]));
  const convert = (severity: Diagnostic['severity']) => (error: YAMLError) => toDiagnostic(error, severity, file, text, multiline.has(error.pos[0]));
  const errors = capped(doc.errors.map(convert('error')), file);
  const warnings = doc.warnings.map(convert('warning'));
  const fatal = doc.errors.some((error) => !SOFT.has(error.code));
  return { doc, lineCounter, errors, warnings, fatal };
}

function toDiagnostic(error: YAMLError, severity: Diagnostic['severity'], file: string, text: string, multiline: boolean): Diagnostic {
  const { message, hint, actual } = wordingOf(error, text, multiline);
  const position = error.linePos?.[0];
  return {
    severity,
    code: 'ProfileParse',
    message,
    location: { file, ...(position && { line: position.line, column: position.col }) },
    ...(actual !== undefined && { actual }),
    hint,
  };
}

/** One syntax mistake often cascades: keep the first errors, one per line, and say how many more. */
function capped(errors: Diagnostic[], file: string): Diagnostic[] {
  const seen = new Set<number | undefined>();
  const kept = errors.filter((d) => {
    const line = d.location?.line;
    if (seen.has(line)) return false;
    seen.add(line);
    return true;
  });
  if (kept.length <= LIMITS.maxSyntaxErrors) return kept;
  const rest = errors.length - LIMITS.maxSyntaxErrors;
  return [
    ...kept.slice(0, LIMITS.maxSyntaxErrors),
    {
      severity: 'error',
      code: 'ProfileParse',
      message: rest === 1 ? 'une autre erreur de syntaxe non affichée.' : `${rest} autres erreurs de syntaxe non affichées.`,
      location: { file },
      hint: 'corrigez les premières erreurs : les suivantes en sont souvent la conséquence.',
    },
  ];
}
