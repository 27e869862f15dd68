/** Small helpers for French messages: guillemets, lists, excerpts of what the user wrote. */

/** `« texte »` */
export function quote(text: string): string {
  return `« ${text} »`;
}

/** `a, b ou c` */
export function orList(items: readonly string[]): string {
  return joinLast(items, ' ou ');
}

/** `a, b et c` */
export function andList(items: readonly string[]): string {
  return joinLast(items, ' et ');
}

function joinLast(items: readonly string[], last: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')}${last}${items[items.length - 1]}`;
}

/** The first line of a value, whitespace collapsed, cut to `max` characters with an ellipsis. */
export function excerpt(text: string, max = 40): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** `U+0001` */
export function codePoint(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** `0xE8` */
export function hexByte(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;
}
