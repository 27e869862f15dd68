/**
 * Types for the two files of the `hyphen` package (1.14, no typings of its own) that
 * hyphenate.ts uses: the French patterns, and the package's core, which builds a hyphenator from
 * patterns (what `hyphen/fr` does) — building it ourselves lets us own, and bound, its caches.
 */
declare module 'hyphen/patterns/fr.js' {
  /** [levels table, pattern trie, exceptions]: data for `createHyphenator`. */
  const patterns: [unknown, unknown, Record<string, number[]>];
  export = patterns;
}

declare module 'hyphen/hyphen.js' {
  interface HyphenatorOptions {
    /** Skip HTML tags (default true). */
    html?: boolean;
    /** Default U+00AD. */
    hyphenChar?: string;
    /** Shorter words are left whole (default 5). */
    minWordLength?: number;
    /** Words with their hyphenation points, e.g. "ta-ble". */
    exceptions?: string[];
  }
  /** Synchronous unless `async: true` is passed (never here). */
  function createHyphenator(patterns: readonly unknown[], options?: HyphenatorOptions): (text: string) => string;
  export = createHyphenator;
}
