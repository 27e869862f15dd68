/**
 * Turns a data value into Markdown source that reads back as exactly that text: data is text,
 * never markup (design.md §3). Every ASCII punctuation character is backslash-escaped (CommonMark
 * allows it for all of them), spaces and tabs at the edges of a line become numeric character
 * references (Markdown would strip or reinterpret them), and a newline becomes a hard line break.
 * Line breaks at the very start or end of a value cannot be expressed inside a paragraph: they
 * are dropped (values are trimmed at ingestion anyway).
 *
 * `"`, `'` and `&` are written as numeric character references instead: the same text in a
 * paragraph, and the only form that is safe inside a quoted directive attribute
 * (`::qr{url="{{site}}"}`), where micromark ends the value at the first quote even after a
 * backslash and decodes character references but not backslash escapes (src/document/
 * directive-attributes.ts decodes those). With `&` always encoded, no data can form a character
 * reference either.
 */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;
const EDGE_WHITESPACE = /^[ \t]+|[ \t]+$/g;
const REFERENCES: Partial<Record<string, string>> = { '"': '&#34;', "'": '&#39;', '&': '&#38;' };

function escapeLine(line: string): string {
  return line
    .replace(ASCII_PUNCTUATION, (c) => REFERENCES[c] ?? `\\${c}`)
    .replace(EDGE_WHITESPACE, (run) => run.replace(/ /g, '&#32;').replace(/\t/g, '&#9;'));
}

export function normalizeLineBreaks(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(/^\n+|\n+$/g, '');
}

export function escapeMarkdown(value: string): string {
  return normalizeLineBreaks(value).split('\n').map(escapeLine).join('\\\n');
}
