import { createHash } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
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
const OPTIONS = { delimiter: ';', record_delimiter: 'windows', escape_formulas: true } as const;

/** The BOM and the header line. */
function manifestHeader(): string {
  return `\uFEFF${stringify([HEADER], OPTIONS)}`;
}

/** One line of the manifest. */
function manifestRecord(entry: ManifestEntry): string {
  return stringify(
    [[String(entry.line), String(entry.row), entry.files.join(' | '), entry.pages === undefined ? '' : String(entry.pages), entry.sha256.join(' | '), entry.status, entry.message ?? '']],
    OPTIONS,
  );
}

/**
 * The manifest of a batch, written line by line as the rows are done (a batch of 35,000 rows
 * keeps none of them in memory), the rows refused by --skip-invalid put in their place in CSV
 * order. Written in the staging folder and put in place with the other files (see
 * `placeStaged`); a resumed batch writes it again from the start.
 */
export class ManifestFile {
  private readonly hash = createHash('sha256');
  private bytes = 0;
  private failure: Error | undefined;
  private next = 0;

  private constructor(
    private readonly stream: WriteStream,
    private readonly refused: readonly ManifestEntry[],
  ) {
    stream.on('error', (error) => (this.failure ??= error));
    this.write(manifestHeader());
  }

  /** `refused`: the rows not rendered (status « ignoré »), in any order. */
  static async open(file: string, refused: readonly ManifestEntry[]): Promise<ManifestFile> {
    await mkdir(path.dirname(file), { recursive: true });
    return new ManifestFile(createWriteStream(file), [...refused].sort((a, b) => a.line - b.line));
  }

  /** The line of a row written (rows come in CSV order). */
  add(entry: ManifestEntry): void {
    this.refusedBefore(entry.line);
    this.write(manifestRecord(entry));
  }

  /** Ends the file: its size and SHA-256. */
  async close(): Promise<{ bytes: number; sha256: string }> {
    this.refusedBefore(Number.POSITIVE_INFINITY);
    await new Promise<void>((resolve) => this.stream.end(resolve));
    if (this.failure) throw this.failure;
    return { bytes: this.bytes, sha256: this.hash.digest('hex') };
  }

  private refusedBefore(line: number): void {
    while (this.next < this.refused.length && this.refused[this.next]!.line < line) this.write(manifestRecord(this.refused[this.next++]!));
  }

  private write(text: string): void {
    const chunk = Buffer.from(text, 'utf8');
    this.hash.update(chunk);
    this.bytes += chunk.length;
    this.stream.write(chunk);
  }
}
