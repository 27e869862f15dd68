import type { FontStyle } from '../fonts.js';

/** A word shaped by fontkit, as pdfkit caches it (glyphs and positions in font units). */
export type WordCache = Record<string, unknown>;

/**
 * pdfkit shapes each word with fontkit once per document (`EmbeddedFont.layoutCache`); shaping is
 * most of the time spent on a letter. The same words recur from one letter to the next, so one
 * cache per face is shared by all documents. A cached run depends only on the face and the text
 * (sizes scale it later; pdfkit never mutates it), so sharing it does not change a byte. The cache
 * grows with every new word: past `maxWords` (checked every `checkEvery` documents) it starts over.
 */
export class SharedWordCache {
  private readonly caches = new Map<FontStyle, { words: WordCache; documents: number }>();

  constructor(
    readonly maxWords: number,
    readonly checkEvery: number,
  ) {}

  /** The cache a new document's face should use. */
  forDocument(style: FontStyle): WordCache {
    let entry = this.caches.get(style);
    if (entry && ++entry.documents % this.checkEvery === 0 && countKeys(entry.words) > this.maxWords) {
      entry = undefined;
    }
    if (!entry) {
      entry = { words: Object.create(null) as WordCache, documents: 0 };
      this.caches.set(style, entry);
    }
    return entry.words;
  }

  size(style: FontStyle): number {
    const entry = this.caches.get(style);
    return entry ? countKeys(entry.words) : 0;
  }
}

function countKeys(words: WordCache): number {
  let count = 0;
  for (const key in words) if (key) count++;
  return count;
}

/**
 * Shared by every PDF written by this process. A shaped word costs about 2 kB; a letter has a few
 * hundred words, and each row of a batch brings a few new ones (names, streets): past 4,000 words
 * a face's cache starts over and its template words are shaped again (a few milliseconds), which
 * keeps a batch's memory flat instead of growing by 40 MB until the limit.
 */
export const shapingCache = new SharedWordCache(4_000, 32);

/** What pdfkit keeps on an embedded font (not in its typings). */
interface EmbeddedFontInternals {
  layoutCache?: WordCache;
  encode(text: string): unknown;
}

/** Points a document's embedded face at the shared cache (if pdfkit still has one). */
export function shareShaping(font: unknown, style: FontStyle): void {
  const internals = font as EmbeddedFontInternals;
  if (internals.layoutCache) internals.layoutCache = shapingCache.forDocument(style);
}
