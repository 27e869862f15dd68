import { deflateSync } from 'node:zlib';
import { loadFont, type FontStyle } from '../fonts.js';
import { keep } from '../../kept.js';
import type { Doc } from './flow.js';

/**
 * Characters whose glyphs open every subset of a document that asks for stable subsets: what
 * French letters are written with. Their glyph numbers are then the same in every such
 * document, and so is the whole subset whenever the letter uses no other glyph (or the same
 * others, in the same order): its font program is then encoded once per process.
 */
const SEED = ' !"%&\'()+,-./0123456789:;?@ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\u00a0«°»ÀÂÇÈÉÊËÎÏÔÙÛàâçèéêëîïôùûüÿŒœ’–—…€\u202f';

/** What pdfkit keeps on an embedded font (not in its typings). */
interface EmbeddedFontInternals {
  scale: number;
  widths: number[];
  unicode: number[][];
  subset: { glyphs: number[]; includeGlyph(id: number): number; encode(): Uint8Array };
  embed(): void;
}

/** A PDF stream object of pdfkit (not in its typings). */
interface StreamRef {
  compress: boolean;
  data: Record<string, unknown>;
  write(chunk: Uint8Array): void;
  end(chunk?: Uint8Array | string): void;
}

/** Encoded subsets by face, keyed by their glyph list; a few per face (the same letter over and over). */
const encoded = new Map<FontStyle, Map<string, Uint8Array>>();
const KEPT_PER_FACE = 8;

const stable = new WeakSet<Doc>();

/** The seed's glyphs of each face, looked up once. */
const seeds = new Map<FontStyle, readonly { id: number; advanceWidth: number; codePoints: number[] }[]>();

function seedOf(style: FontStyle) {
  let seed = seeds.get(style);
  if (!seed) seeds.set(style, (seed = loadFont(style).glyphsForString(SEED)));
  return seed;
}

/**
 * The subset number of each glyph of the seed, by glyph id: the same in every seeded subset of a
 * face (the seed is included first, in order), its width and Unicode text already set.
 */
const seedNumbers = new Map<FontStyle, ReadonlyMap<number, number>>();
const seeded = new WeakMap<object, ReadonlyMap<number, number>>();

/** The seed's subset numbers of an embedded face, if it was seeded (a document with stable subsets). */
export function seededNumbers(font: unknown): ReadonlyMap<number, number> | undefined {
  return seeded.get(font as object);
}

/** Asks for stable subsets in `doc` (a batch: thousands of letters from one template). */
export function useStableSubsets(doc: Doc): void {
  stable.add(doc);
}

/** Seeds a document's new embedded face and caches its encoding (if the document asked for it). */
export function stabilizeSubset(doc: Doc, font: unknown, style: FontStyle): void {
  if (!stable.has(doc)) return;
  const internals = font as EmbeddedFontInternals;
  const { subset } = internals;
  if (subset.glyphs.length !== 1) return; // already in use: too late to seed
  const learnt = seedNumbers.has(style) ? undefined : new Map<number, number>();
  for (const glyph of seedOf(style)) {
    const id = subset.includeGlyph(glyph.id);
    learnt?.set(glyph.id, id);
    internals.widths[id] ??= glyph.advanceWidth * internals.scale;
    internals.unicode[id] ??= glyph.codePoints;
  }
  if (learnt) seedNumbers.set(style, learnt);
  seeded.set(font as object, seedNumbers.get(style)!);
  const encode = subset.encode.bind(subset);
  subset.encode = () => {
    let cache = encoded.get(style);
    if (!cache) encoded.set(style, (cache = new Map()));
    const key = subset.glyphs.join(',');
    return cache.get(key) ?? keep(cache, key, encode(), KEPT_PER_FACE);
  };
  const embed = internals.embed.bind(font);
  internals.embed = () => {
    const ref = doc.ref.bind(doc);
    doc.ref = (data) => precompressed(ref(data) as unknown as StreamRef) as unknown as PDFKit.PDFKitReference;
    try {
      embed();
    } finally {
      doc.ref = ref;
    }
  };
}

/**
 * Deflated font programs (keyed by the encoded subset above, the same bytes for the same
 * subset) and ToUnicode maps (keyed by their text): a batch of letters embeds the same subset
 * thousands of times, and pdfkit would deflate it each time.
 */
const deflatedPrograms = new WeakMap<Uint8Array, Buffer>();
const deflatedMaps = new Map<string, Buffer>();

/**
 * A stream of the font being embedded, given its data already deflated when it was deflated
 * before: the same bytes as pdfkit's own deflate (zlib's defaults, a string + "\n" as bytes).
 */
function precompressed(ref: StreamRef): StreamRef {
  const end = ref.end.bind(ref);
  ref.end = (chunk) => {
    if (chunk === undefined || !ref.compress) return end(chunk);
    let deflated: Buffer | undefined;
    if (typeof chunk === 'string') {
      deflated = deflatedMaps.get(chunk);
      deflated ??= keep(deflatedMaps, chunk, deflateSync(Buffer.from(`${chunk}\n`, 'latin1')), KEPT_PER_FACE * 4);
    } else {
      deflated = deflatedPrograms.get(chunk);
      if (!deflated) deflatedPrograms.set(chunk, (deflated = deflateSync(chunk)));
    }
    ref.compress = false;
    // The keys in pdfkit's order (Length, then Filter): the same dictionary bytes.
    ref.data['Length'] ??= 0;
    ref.data['Filter'] = 'FlateDecode';
    end(deflated);
  };
  return ref;
}
