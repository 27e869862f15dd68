/** C0 control characters other than tab and line feed, and DEL. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

export interface Cleaned {
  text: string;
  /** The control characters removed, in order of appearance (deduplicated). */
  removed: string[];
}

/**
 * Ingestion normalization of every string of the profile (reliability B2-10, B3-9): control
 * characters are removed (the caller warns), then the text is put in Unicode NFC. Removal comes
 * first so that it cannot leave a decomposed sequence behind.
 */
export function cleanText(raw: string): Cleaned {
  const removed = [...new Set(raw.match(CONTROL) ?? [])];
  const text = (removed.length > 0 ? raw.replace(CONTROL, '') : raw).normalize('NFC');
  return { text, removed };
}
