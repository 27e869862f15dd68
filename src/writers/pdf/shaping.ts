import type { FontStyle } from '../fonts.js';
import { seededNumbers } from './font-subsets.js';

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

/** A run of glyphs as pdfkit's embedded font returns it (glyphs and positions in 1/1000 em). */
interface Run {
  glyphs: { id: number; advanceWidth: number; codePoints: number[] }[];
  positions: unknown[];
  advanceWidth: number;
}

/** What pdfkit keeps on an embedded font (not in its typings). */
interface EmbeddedFontInternals {
  layoutCache?: WordCache;
  scale: number;
  widths: number[];
  unicode: number[][];
  subset: { includeGlyph(id: number): number };
  layoutRun(text: string, features?: unknown): Run;
  layoutCached(text: string): Run;
  layout(text: string, features?: unknown, onlyWidth?: boolean): { glyphs: Run['glyphs'] | null; positions: unknown[] | null; advanceWidth: number };
  encode(text: string, features?: unknown): [string[], unknown[]];
}

/** Glyph numbers of a subset as pdfkit writes them in a text string: four hex digits. */
const HEX: string[] = [];
const hex = (id: number) => (HEX[id] ??= id.toString(16).padStart(4, '0').slice(-4));

/** The words of `text` as pdfkit cuts them (each with the space or tab after it), shaped. */
function eachRun(font: EmbeddedFontInternals, text: string, use: (run: Run) => void): void {
  let last = 0;
  for (let index = 0; index <= text.length; index++) {
    const end = index === text.length;
    if ((end && last < index) || (!end && (text[index] === ' ' || text[index] === '\t'))) {
      use(font.layoutCached(text.slice(last, index + 1)));
      last = index + 1;
    }
  }
}

/**
 * pdfkit's `layout` joins the words of a line with `Array.concat`, copying the line so far at
 * each word (quadratic in the words of a line), and its `encode` builds each glyph's hex number
 * anew: a tenth of what a batch letter allocates. The same two methods, in linear time with the
 * numbers made once: the same results, element for element.
 */
function layout(this: EmbeddedFontInternals, text: string, features?: unknown, onlyWidth?: boolean) {
  if (features) return this.layoutRun(text, features);
  const glyphs: Run['glyphs'] | null = onlyWidth ? null : [];
  const positions: unknown[] | null = onlyWidth ? null : [];
  let advanceWidth = 0;
  eachRun(this, text, (run) => {
    if (glyphs && positions) {
      for (const glyph of run.glyphs) glyphs.push(glyph);
      for (const position of run.positions) positions.push(position);
    }
    advanceWidth += run.advanceWidth;
  });
  return { glyphs, positions, advanceWidth };
}

/**
 * Each shaped word's glyphs as subset numbers in hex, in a seeded subset (font-subsets.ts), or
 * null when one of its glyphs is not the seed's: a seed glyph has the same number in every seeded
 * subset of its face, its width and text set already, so such a word is encoded once per process
 * rather than glyph by glyph in every letter. A word belongs to one face's cache, so to one face.
 */
const seededHex = new WeakMap<Run, string[] | null>();

function encode(this: EmbeddedFontInternals, text: string, features?: unknown): [string[], unknown[]] {
  const encoded: string[] = [];
  const positions: unknown[] = [];
  const glyph = (shaped: Run['glyphs'][number]) => {
    const id = this.subset.includeGlyph(shaped.id);
    encoded.push(hex(id));
    this.widths[id] ??= shaped.advanceWidth * this.scale;
    this.unicode[id] ??= shaped.codePoints;
  };
  const seeds = features ? undefined : seededNumbers(this);
  if (!seeds) {
    const run = this.layout(text, features);
    for (const shaped of run.glyphs!) glyph(shaped);
    return [encoded, run.positions!];
  }
  eachRun(this, text, (run) => {
    let hexes = seededHex.get(run);
    if (hexes === undefined) {
      hexes = run.glyphs.every((shaped) => seeds.has(shaped.id)) ? run.glyphs.map((shaped) => hex(seeds.get(shaped.id)!)) : null;
      seededHex.set(run, hexes);
    }
    if (hexes) for (const value of hexes) encoded.push(value);
    else for (const shaped of run.glyphs) glyph(shaped);
    for (const position of run.positions) positions.push(position);
  });
  return [encoded, positions];
}

/**
 * Points a document's embedded face at the shared cache (if pdfkit still has one), and gives it
 * the linear `layout` and `encode`.
 */
export function shareShaping(font: unknown, style: FontStyle): void {
  const internals = font as EmbeddedFontInternals;
  if (internals.layoutCache) internals.layoutCache = shapingCache.forDocument(style);
  internals.layout = layout;
  internals.encode = encode;
}
