import type { Block } from './ast.js';

/**
 * What may give a character of a paragraph a meaning in our Markdown: escapes, code, emphasis,
 * links, HTML and entities, directives' braces and tables' bars, control characters but the line
 * break (tabs, carriage returns; micromark rewrites some), a colon that may open a text directive
 * (one followed by a space, a no-break space, a line break or nothing cannot), white space at the
 * end of a line (two spaces make a hard break), a blank line (a second paragraph).
 */
const MEANINGFUL = /[\\`*_[\]<>&~|{}]|[^\P{Cc}\n]|:(?![ \u00a0\u202f\n]|$)|[ ]\n|\n[ ]*\n/u;

/** A line that opens no block: it starts with a letter, an opening quote or a parenthesis. */
const PROSE_LINE_START = /^[\p{L}«"'’(]/u;

/**
 * A chunk of Markdown that is one paragraph of plain prose, read without the Markdown parser:
 * every line starts with a letter (or an opening quote or parenthesis: no heading, list, quote,
 * fence, table, directive or indented code can start so), and no character can mean anything
 * but itself (MEANINGFUL). It reads as one paragraph holding its text, soft line breaks
 * included — what the parser gives, tested on random prose — at a small fraction of the cost:
 * the chunks of a letter that change from one row of a batch to the next (its opening sentence,
 * with the commune's name) are such paragraphs. Anything else: undefined (the parser reads it).
 */
export function plainParagraph(markdown: string): Block[] | undefined {
  // Spaces and line breaks at the end are not the paragraph's (CommonMark strips them).
  const text = markdown.replace(/[ \n]+$/, '');
  if (text === '' || MEANINGFUL.test(text)) return undefined;
  for (const line of text.split('\n')) if (!PROSE_LINE_START.test(line)) return undefined;
  return [{ type: 'paragraph', children: [{ type: 'text', value: text }] }];
}
