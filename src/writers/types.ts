import type { Document } from '../document/ast.js';

export interface WriteOptions {
  /**
   * Fixed creation date (seconds since the epoch, from SOURCE_DATE_EPOCH): with it, the same
   * input gives the same bytes.
   */
  sourceDateEpoch?: number;
}

export interface WriteResult {
  bytes: Uint8Array;
  /** Page count when the writer knows it (PDF); DOCX pages are only known to a word processor. */
  pages?: number;
}

/** A writer turns a Document into the bytes of one file. It never sees templates or data files. */
export interface Writer {
  format: OutputFormat;
  extension: string;
  write(document: Document, options: WriteOptions): Promise<WriteResult>;
}

export type OutputFormat = 'pdf' | 'docx';
