import type { Document } from '../document/ast.js';
import type { Diagnostic } from '../diagnostics/index.js';

export interface WriteOptions {
  /**
   * Fixed creation date (seconds since the epoch, from SOURCE_DATE_EPOCH): with it, the same
   * input gives the same bytes.
   */
  sourceDateEpoch?: number;
  /** PDF/A-2b (archival) instead of plain tagged PDF; ignored by other writers. */
  pdfa?: boolean;
  /**
   * DOCX: embed the four faces of the font (about 540 kB a file; default true). A batch leaves
   * them out unless asked (35,000 letters would need 19 GB).
   */
  embedFonts?: boolean;
  /**
   * PDF: open every font subset with the glyphs of French text, in a fixed order, so that letters
   * from one template share one encoded subset (a batch; ~5 kB more a face, ~2 ms less a letter).
   */
  stableSubsets?: boolean;
}

export interface WriteResult {
  bytes: Uint8Array;
  /** Page count when the writer knows it (PDF); DOCX pages are only known to a word processor. */
  pages?: number;
  /** What the writer had to adapt (type shrunk to fit a poster zone) or could not fit. */
  warnings?: Diagnostic[];
}

/** A writer turns a Document into the bytes of one file. It never sees templates or data files. */
export interface Writer {
  format: OutputFormat;
  extension: string;
  write(document: Document, options: WriteOptions): Promise<WriteResult>;
}

export type OutputFormat = 'pdf' | 'docx';
