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

/**
 * `manifeste.csv` as French Excel opens it: `;` separator, UTF-8 with BOM, CRLF. Cells starting
 * with = + - @ tab or CR are prefixed with ' (csv-stringify `escape_formulas`): data from a
 * spreadsheet must not come back as a formula. Side effect, documented: "+33 6…" reads "'+33 6…".
 */
export function manifestCsv(entries: readonly ManifestEntry[]): string {
  const records = entries.map((entry) => [
    String(entry.line),
    String(entry.row),
    entry.files.join(' | '),
    entry.pages === undefined ? '' : String(entry.pages),
    entry.sha256.join(' | '),
    entry.status,
    entry.message ?? '',
  ]);
  return stringify([HEADER, ...records], { delimiter: ';', bom: true, record_delimiter: 'windows', escape_formulas: true });
}
