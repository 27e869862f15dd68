/**
 * What typography and hyphenation never touch: URLs, e-mail addresses, bare domain names, Windows
 * paths and codes (R125-11, 2A004, L731-3, 2020-2026). Found on the flattened text of a run.
 */

/** A URL stops at a space (any, NBSP included), at quotes and angle brackets. */
const URL_BODY = '[^\\s<>"«»“”]+';
const SCHEME_URL = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:https?|ftp|file)://|(?:mailto|tel):|www\\.)${URL_BODY}`, 'giu');
const EMAIL = /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** "georisques.gouv.fr", "exemple.fr/page", "lettre.pdf": lowercase ASCII last label. */
const DOMAIN = new RegExp(`(?<![\\p{L}\\p{N}@._-])(?:[\\p{L}\\p{N}-]+\\.)+[a-z]{2,24}(?![\\p{L}\\p{N}])(?:/${URL_BODY})?`, 'gu');
const WINDOWS_PATH = /(?<![\p{L}\p{N}])(?:[A-Za-z]:\\|\\\\)[^\s<>"«»|]*/gu;
/**
 * A code: letters and digits with at least one digit and one capital or internal hyphen or
 * slash between digits: "R125-11", "2A004", "L731-3", "2020-2026", "01-42-12-72-72".
 */
const CODE = /(?<![\p{L}\p{N}])(?:(?=[\p{L}\p{N}-]*\p{Lu})(?=[\p{L}\p{N}-]*\p{N})[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*|\p{N}+(?:-[\p{L}\p{N}]+)+)(?![\p{L}\p{N}])/gu;

/** What may end a URL in prose but belongs to the sentence. */
const TRAILING = new Set(['.', ',', ';', ':', '!', '?', '…', ')', ']', '}', '’', "'"]);

function trimTrailing(text: string, start: number, end: number): number {
  while (end > start) {
    const last = text[end - 1]!;
    if (!TRAILING.has(last)) break;
    if (last === ')') {
      const inside = text.slice(start, end);
      if ((inside.match(/\(/g)?.length ?? 0) >= (inside.match(/\)/g)?.length ?? 0)) break;
    }
    end--;
  }
  return end;
}

const PATTERNS: ReadonlyArray<readonly [RegExp, boolean]> = [
  [SCHEME_URL, true],
  [EMAIL, true],
  [WINDOWS_PATH, true],
  [DOMAIN, true],
  [CODE, false],
];
/** A character that hints at a URL, address, path or code (most words hold none). */
const HINT = /[@.:\\0-9\u00B2\u00B3\u00B9]|www/gi;
/** The same, once the punctuation that may end a word in prose is set aside. */
const SUSPECT = /[@.:\\\p{N}]|www/iu;
/** Digits and punctuation only ("06", "12:30", "2,5", "(1)."): no pattern can match. */
const PLAIN_NUMBER = /^[0-9.,:;!?'’()%]*$/;
const TRAILING_PUNCTUATION = /[.,;:!?…)\]}’'"»”]+$/u;

/** JavaScript's \s: what separates tokens (no span holds one). */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * Spans `[start, end)` of `text` to leave exactly as they are. No span holds a space: only the
 * tokens around a hint character are searched, which keeps the cost low on ordinary prose.
 */
export function protectedSpans(text: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  let searchedTo = -1;
  HINT.lastIndex = 0;
  for (let hint = HINT.exec(text); hint; hint = HINT.exec(text)) {
    if (hint.index < searchedTo) continue;
    let start = hint.index;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = hint.index + 1;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    searchedTo = end;
    HINT.lastIndex = end;
    const token = text.slice(start, end);
    if (PLAIN_NUMBER.test(token) || !SUSPECT.test(token.replace(TRAILING_PUNCTUATION, ''))) continue;
    for (const [pattern, trim] of PATTERNS) {
      for (const match of token.matchAll(pattern)) {
        const from = match.index;
        const to = trim ? trimTrailing(token, from, from + match[0].length) : from + match[0].length;
        if (to > from) spans.push([start + from, start + to]);
      }
    }
  }
  return spans;
}

/** The whole string is a URL, an address or a domain (the text of a link that shows its target). */
export function isAddressLike(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return false;
  return protectedSpans(trimmed).some(([start, end]) => start === 0 && end === trimmed.length);
}

/** A link whose text is its own URL (or e-mail address, phone number): its text stays untouched. */
export function isLockedLink(url: string, text: string): boolean {
  const shown = text.trim();
  const bare = url.replace(/^(?:mailto:|tel:|https?:\/\/)/i, '').replace(/\/$/, '');
  return shown === url || shown === bare || shown.replace(/\/$/, '') === bare || isAddressLike(shown);
}
