export { EXIT, exitCodeFor, type DiagnosticCode, type ExitCode } from './codes.js';
export { warning, type Diagnostic, type DiagnosticInit, type Location } from './diagnostic.js';
export { KitError, isKitError, internalError } from './kit-error.js';
export { formatDiagnostic, formatLocation, diagnosticToJson } from './format.js';
