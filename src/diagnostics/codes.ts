/**
 * The closed list of diagnostic codes and the exit code each one maps to (design.md §8).
 * A new kind of error is one new line here; the renderer and the CLI need no change.
 */
export const EXIT = {
  ok: 0,
  internal: 1,
  usage: 2,
  strictWarnings: 3,
  profile: 4,
  template: 5,
  data: 6,
  output: 7,
  interrupted: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

const CODES = {
  // Usage of the command line.
  Usage: EXIT.usage,
  UnknownKit: EXIT.usage,
  UnknownDocument: EXIT.usage,
  UnknownFormat: EXIT.usage,
  // Profile (YAML).
  ProfileRead: EXIT.profile,
  ProfileEncoding: EXIT.profile,
  ProfileParse: EXIT.profile,
  ProfileInvalid: EXIT.profile,
  // Kits and templates.
  KitInvalid: EXIT.template,
  TemplateSyntax: EXIT.template,
  TemplateMissingField: EXIT.template,
  TemplateUnsupported: EXIT.template,
  TemplateRender: EXIT.template,
  TemplateDirective: EXIT.template,
  ImageRead: EXIT.template,
  GlyphMissing: EXIT.template,
  // Data (CSV) — used by batch mode (src/data/). Also used as warnings (severity decides).
  CsvRead: EXIT.data,
  CsvEncoding: EXIT.data,
  CsvParse: EXIT.data,
  CsvHeader: EXIT.data,
  CsvRow: EXIT.data,
  // Output.
  OutputExists: EXIT.output,
  OutputWrite: EXIT.output,
  UnsafePath: EXIT.output,
  // Warnings (exit 3 only under --strict).
  CommuneRedirected: EXIT.strictWarnings,
  CsvRowSkipped: EXIT.strictWarnings,
  PostcodeChosen: EXIT.strictWarnings,
  StrictWarnings: EXIT.strictWarnings,
  AddressLineTooLong: EXIT.strictWarnings,
  AddressTooManyLines: EXIT.strictWarnings,
  TextOverflow: EXIT.strictWarnings,
  TextShrunk: EXIT.strictWarnings,
  // Anything we did not foresee.
  Internal: EXIT.internal,
  Interrupted: EXIT.interrupted,
} as const satisfies Record<string, ExitCode>;

export type DiagnosticCode = keyof typeof CODES;

export function exitCodeFor(code: DiagnosticCode): ExitCode {
  return CODES[code];
}
