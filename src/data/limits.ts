/**
 * Resource limits of the CSV reader. A row of a list of mayors is a few hundred characters and a
 * dozen columns: these bounds are far above it and far below anything that could exhaust memory.
 * The number of rows is not limited: rows are read one at a time (streaming).
 */
export const CSV_LIMITS = {
  /** Longest record (one row, all its cells), in characters (`max_record_size` of csv-parse). */
  maxRecordChars: 64 * 1024,
  /** Most columns in the header. */
  maxColumns: 200,
  /** Longest header line looked at to choose the delimiter, in characters. */
  maxHeaderChars: 64 * 1024,
  /**
   * Bytes examined to choose between UTF-8 and Windows-1252, counted from the first non-ASCII
   * byte (see decode.ts). Also the most bytes held back before the first rows come out.
   */
  encodingWindow: 64 * 1024,
} as const;
