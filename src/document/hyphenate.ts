/**
 * French hyphenation points: soft hyphens (U+00AD) inserted in the body text of a document, from
 * the French TeX patterns of the `hyphen` package (Liang's algorithm). The PDF writer breaks lines
 * there and draws "-" only at a line end; the DOCX writer turns them into `w:softHyphen`.
 * Removing every U+00AD gives back the text exactly.
 *
 * What is hyphenated: lowercase words of at least 6 letters in paragraphs, lists, checklists and
 * table cells (in frames too),
 * leaving at least 2 letters before a break and 3 after. What is not:
 * - headings (titles are not hyphenated in French typography) and the letter's lines (sender,
 *   place and date, subject, signature, and the recipient's postal lines);
 * - any word with a capital letter: acronyms (DICRIM), proper names (Lyon, Dupont), and — the
 *   price of not telling them apart — a common word starting a sentence;
 * - parts of compound words (rendez-vous: the line may break at its hyphen);
 * - words already holding a soft hyphen (the author's choice; the pass is idempotent);
 * - anything in a token holding a digit, "@", "/", "\", "_" or a dot between letters, and URLs,
 *   e-mail addresses, domains, paths and codes (the same detection as the typography pass), and
 *   the text of a link that shows its own address;
 * - words holding a letter outside the French alphabet (a–z, à–ÿ, œ, æ) or a combining mark.
 *
 * Cost: the points of a word are cached; the cache (ours and the package's) is dropped when it
 * reaches HYPHENATION_CACHE_LIMIT words, so memory stays bounded over a batch of any size.
 */
import createHyphenator from 'hyphen/hyphen.js';
import patterns from 'hyphen/patterns/fr.js';
import type { Document, Inline, LetterMeta } from './ast.js';
import { mapBlockInlines, type BlockTextPass } from './map-inlines.js';
import { isLockedLink, isSpace, protectedSpans } from './typography/protect.js';
import { applyEdits, type Edit, flatten, lock, rebuild, type Run, stringRun } from './typography/runs.js';

export const SOFT_HYPHEN = '\u00AD';
/** Shorter words are never broken. */
export const MIN_WORD_LENGTH = 6;
/** Letters kept before a break ("in-formation") and after it ("informa-tion", never "-ne"). */
export const MIN_LEFT = 2;
export const MIN_RIGHT = 3;
export const HYPHENATION_CACHE_LIMIT = 20_000;

let hyphenator: ((text: string) => string) | undefined;
const cache = new Map<string, readonly number[]>();

/** Number of words whose points are cached (for tests: it never exceeds the limit). */
export function hyphenationCacheSize(): number {
  return cache.size;
}

/** Words the patterns are for: Latin script, no capital (not an acronym, not a name). */
const LATIN_LOWERCASE = /^(?:(?![\p{Lu}\p{Lt}])[\p{Script=Latin}\p{M}])+$/u;

/**
 * Offsets in `word` (a run of letters) where a line may break; none for a word that is too
 * short, holds a capital or is not in the Latin script.
 */
export function hyphenationPoints(word: string): readonly number[] {
  const cached = cache.get(word);
  if (cached) return cached;
  if (!hyphenator || cache.size >= HYPHENATION_CACHE_LIMIT) {
    cache.clear();
    // The package memoises every word in the exceptions object it is given (and in the patterns'
    // own one with `hyphen/fr`): a fresh one each time keeps its memory bounded with ours.
    hyphenator = createHyphenator([patterns[0], patterns[1], {}], { html: false, minWordLength: MIN_WORD_LENGTH });
  }
  const points: number[] = [];
  if (word.length >= MIN_WORD_LENGTH && LATIN_LOWERCASE.test(word)) {
    const marked = hyphenator(word);
    let offset = 0;
    for (let i = 0; i < marked.length; i++) {
      if (marked[i] !== SOFT_HYPHEN) offset++;
      else if (offset >= MIN_LEFT && word.length - offset >= MIN_RIGHT) points.push(offset);
    }
  }
  cache.set(word, points);
  return points;
}

/**
 * Runs of lowercase French letters long enough to be broken (a soft hyphen already there is kept
 * in the run, to leave the word alone). Much faster than a Unicode class; a run that is part of a
 * longer word (after a capital, a letter outside this set or a combining mark) is then skipped.
 */
const LONG_WORD = new RegExp(`[a-z\u00DF-\u00F6\u00F8-\u00FF\u0153\u00AD]{${MIN_WORD_LENGTH},}`, 'g');
const LETTER = /[\p{L}\p{M}]/u;
/** Tokens that are not prose: numbers, addresses, paths, identifiers, domains, abbreviations. */
const NOT_PROSE = /[\p{N}@\\/_]|[\p{L}\p{N}]\.[\p{L}\p{N}]/u;
const HYPHENS = new Set(['-', '\u2010', '\u2011']);

function wordEdits(run: Run): Edit[] {
  const text = run.text;
  const edits: Edit[] = [];
  LONG_WORD.lastIndex = 0;
  for (let word = LONG_WORD.exec(text); word; word = LONG_WORD.exec(text)) {
    const letters = word[0];
    if (letters.includes(SOFT_HYPHEN)) continue;
    const points = hyphenationPoints(letters);
    if (points.length === 0) continue;
    const first = word.index;
    const last = first + letters.length;
    if (LETTER.test(text[first - 1] ?? '') || LETTER.test(text[last] ?? '')) continue;
    // The whitespace-separated token around the word: "l’information," is prose, "a/information" is not.
    let start = first;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = last;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    if (start !== first || end !== last) {
      if (HYPHENS.has(text[first - 1] ?? '') || HYPHENS.has(text[last] ?? '')) continue;
      if (NOT_PROSE.test(text.slice(start, end))) continue;
    }
    let locked = false;
    for (let i = start; i < end && !locked; i++) locked = run.locks[i] !== 0;
    if (locked) continue;
    for (const point of points) edits.push({ start: first + point, end: first + point, text: SOFT_HYPHEN });
  }
  return edits;
}

function hyphenateRun(run: Run): Run {
  lock(run, protectedSpans(run.text));
  return applyEdits(run, wordEdits(run));
}

/** Soft hyphens at the French hyphenation points of a plain string. */
export function hyphenateText(text: string): string {
  return hyphenateRun(stringRun(text)).text;
}

/** Soft hyphens in a run of inlines; the tree keeps its shape. */
export function hyphenateInlines(inlines: readonly Inline[]): Inline[] {
  const run = flatten(inlines, isLockedLink);
  const result = hyphenateRun(run);
  return result === run ? structuredClone(inlines) as Inline[] : rebuild(inlines, result);
}

const HYPHENATION: BlockTextPass = { inlines: hyphenateInlines, headings: false };

/**
 * The document with soft hyphens in its body text (paragraphs, lists, checklists, table cells,
 * frames' blocks). Short plain strings are left whole: frame titles, tear-off lines, captions,
 * alternative text (read aloud), signature lines; and the meta (title, letter, sheet lines).
 */
export function hyphenate(document: Document): Document {
  const { letter, ...meta } = document.meta;
  return {
    version: document.version,
    meta: { ...structuredClone(meta), ...(letter && { letter: copyLetter(letter) }) },
    blocks: mapBlockInlines(document.blocks, HYPHENATION),
  };
}

/** A copy of the letter's lines; the signature picture's bytes are shared (no pass changes them). */
function copyLetter(letter: LetterMeta): LetterMeta {
  const { signatureImage, ...lines } = letter;
  return { ...structuredClone(lines), ...(signatureImage && { signatureImage }) };
}
