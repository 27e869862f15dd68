/**
 * File names made from data (a mayor's name, a commune) that are safe on Windows, macOS and Linux
 * (reliability.md B4): no reserved characters, no reserved device names (CON, NUL, COM1, COM¹…),
 * no trailing dot or space, at most MAX_GRAPHEMES graphemes before the extension, never empty,
 * NFC. Written here rather than taken from sanitize-filename, which returns "" for "CON", misses
 * "COM¹" and truncates away the extension.
 */
export const MAX_GRAPHEMES = 100;

// Characters Windows refuses, and the C0/C1 controls.
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001F\u007F-\u009F]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

const segmenter = new Intl.Segmenter('fr', { granularity: 'grapheme' });

function truncateGraphemes(value: string, max: number): string {
  let out = '';
  let count = 0;
  for (const { segment } of segmenter.segment(value)) {
    if (count === max) break;
    out += segment;
    count++;
  }
  return out;
}

/** The base of a file name (without extension), made safe; `fallback` when nothing is left. */
export function safeBaseName(value: string, fallback: string): string {
  const cleaned = truncateGraphemes(
    value
      .normalize('NFC')
      .replace(FORBIDDEN, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
    MAX_GRAPHEMES,
  ).replace(/[. ]+$/u, '');
  if (cleaned === '' || /^\.+$/.test(cleaned) || RESERVED.test(cleaned)) return fallback;
  return cleaned;
}

/** `base.ext`, with the extension always kept. */
export function safeFileName(value: string, extension: string, fallback: string): string {
  return `${safeBaseName(value, fallback)}.${extension}`;
}

/** Windows and macOS compare names ignoring case, and macOS ignoring normalisation. */
export function collisionKey(fileName: string): string {
  return fileName.normalize('NFC').toLocaleLowerCase('fr');
}

/**
 * Gives each base name a unique file name in one folder: the second "Dupont" becomes "Dupont-2"
 * (whatever its case or normalisation), in input order, so a rerun gives the same names.
 */
export function uniqueFileNames(bases: readonly string[], extension: string): string[] {
  const taken = new Set<string>();
  return bases.map((base) => {
    let name = `${base}.${extension}`;
    for (let n = 2; taken.has(collisionKey(name)); n++) name = `${base}-${n}.${extension}`;
    taken.add(collisionKey(name));
    return name;
  });
}
