/**
 * Turns a data value into Markdown source that reads back as exactly that text: data is text,
 * never markup (design.md §3). Every ASCII punctuation character is backslash-escaped (CommonMark
 * allows it for all of them), spaces and tabs at the edges of a line become numeric character
 * references (Markdown would strip or reinterpret them), and a newline becomes a hard line break.
 * Line breaks at the very start or end of a value cannot be expressed inside a paragraph: they
 * are dropped (values are trimmed at ingestion anyway).
 */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;
const EDGE_WHITESPACE = /^[ \t]+|[ \t]+$/g;

function escapeLine(line: string): string {
  return line
    .replace(ASCII_PUNCTUATION, (c) => `\\${c}`)
    .replace(EDGE_WHITESPACE, (run) => run.replace(/ /g, '&#32;').replace(/\t/g, '&#9;'));
}

export function normalizeLineBreaks(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(/^\n+|\n+$/g, '');
}

export function escapeMarkdown(value: string): string {
  return normalizeLineBreaks(value).split('\n').map(escapeLine).join('\\\n');
}
