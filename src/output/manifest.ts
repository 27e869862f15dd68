import { stringify } from 'csv-stringify/sync';

/** One line of a batch report: what became of one CSV row. */
export interface ManifestEntry {
  /** Row number in the CSV (1 = first data row). */
  row: number;
  /** Line of the CSV file where the row starts (quoted cells may span lines). */
  line: number;
  /** Paths of the files written for the row, relative to the output folder. */
  files: string[];
  pages?: number;
  sha256: string[];
  status: 'écrit' | 'ignoré';
  message?: string;
}

const HEADER = ['ligne_csv', 'rang', 'fichiers', 'pages', 'sha256', 'statut', 'message'];

const OPTIONS = { delimiter: ';', record_delimiter: 'windows', escape_formulas: true } as const;

/**
 * `manifeste.csv` as French Excel opens it: `;` separator, UTF-8 with BOM, CRLF. Cells starting
 * with = + - @ tab or CR are prefixed with ' (csv-stringify `escape_formulas`): data from a
 * spreadsheet must not come back as a formula. Side effect, documented: "+33 6…" reads "'+33 6…".
 */
export function manifestCsv(entries: readonly ManifestEntry[]): string {
  return manifestHeader() + entries.map(manifestRecord).join('');
}

/** The BOM and the header line. */
export function manifestHeader(): string {
  return `\uFEFF${stringify([HEADER], OPTIONS)}`;
}

/** One line of the manifest (a batch keeps lines, not entries: a third of the memory). */
export function manifestRecord(entry: ManifestEntry): string {
  return stringify(
    [[String(entry.line), String(entry.row), entry.files.join(' | '), entry.pages === undefined ? '' : String(entry.pages), entry.sha256.join(' | '), entry.status, entry.message ?? '']],
    OPTIONS,
  );
}
