/**
 * Batch data: a CSV file of recipients → one validated, completed profile per row (issue 6,
 * reliability B3). Pure and streaming (`csvFileSource` is the only part that touches the disk).
 *
 *   bytes ─► decode.ts (UTF-8 | Windows-1252 | UTF-16) ─► delimiter.ts ─► read.ts (csv-parse)
 *         ─► headers.ts (paths, aliases.ts) ─► row-profile.ts (base + row → Profile) ─► rows.ts
 */
export { readRows, readAllRows, checkRows, invalidRowsError, type ReadRowsOptions, type RowEvent, type CsvReadResult, type CsvCheckResult } from './rows.js';
export { rowToProfile, type RowResult, type ValidRow, type InvalidRow, type BaseInput, type RowContext } from './row-profile.js';
export { readCsv, type CsvEvent, type CsvRow, type ReadCsvOptions } from './read.js';
export { baseProfileSchema, parseBaseProfile, type BaseProfile, type ParsedBaseProfile } from './base-profile.js';
export { csvFileSource, csvChangedError, sameStamp, type FileStamp, type CsvFileOptions } from './file.js';
export { CsvDecoder, ENCODING_LABELS, type CsvEncoding, type ForcedEncoding } from './decode.js';
export { DELIMITERS, DELIMITER_LABELS, parseDelimiter, sniffDelimiter, type Delimiter } from './delimiter.js';
export { ALIASES, CIVILITE_VALUES, type Alias } from './aliases.js';
export { resolveHeaders, type Column, type ColumnTarget } from './headers.js';
export { PROFILE_FIELDS, type ProfileField } from './fields.js';
export { CSV_LIMITS } from './limits.js';
export { missingFieldErrors, type MissingField } from './missing.js';
