/**
 * Cuts rendered Markdown into top-level chunks that Markdown reads alone exactly as it reads
 * them together: the blocks of the whole are the blocks of its chunks, one after the other.
 * A batch renders one template thousands of times; most of its chunks come out the same from
 * one row to the next and are read once (from-markdown.ts).
 *
 * A chunk ends at a blank line only where nothing can run across it: outside fenced code and
 * `:::` containers, and when the next line starts a new block at the margin: not indented, not
 * a quote, and not a list item right after a list (it would continue it). Markdown where a part
 * can act on another (link reference definitions, HTML blocks, which may hold blank lines) is
 * not cut at all.
 * Whatever the cut, a chunk that fails to read sends the whole back to be read at once, so an
 * error is always reported as for the whole (its line in the template).
 */

const BLANK = /^[ \t]*\r?$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const CONTAINER_OPEN = /^ {0,3}:{3,}[^\s:]/;
const CONTAINER_CLOSE = /^ {0,3}:{3,}[ \t]*\r?$/;
/** Lines that make a part of the text depend on another: link definitions, HTML blocks. */
const NOT_CUT = /^ {0,3}(\[[^\]]*\]:|<)/;
/** A line after a blank line that may continue what came before it (a list item, below). */
const CONTINUES = /^([ \t]|>)/;
const LIST_ITEM = /^([-*+]|\d{1,9}[.)])([ \t]|\r?$)/;

export interface MarkdownChunk {
  text: string;
  /** Lines of the Markdown before this chunk. */
  line: number;
}

/**
 * The chunks of `markdown` (their texts joined by line breaks give it back), or undefined when
 * it is not to be cut.
 */
export function markdownChunks(markdown: string): MarkdownChunk[] | undefined {
  const lines = markdown.split('\n');
  const cuts: number[] = [];
  let fence: string | undefined;
  let containers = 0;
  /** A list at the margin may still be going on (until a blank line and a line at the margin). */
  let inList = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence === undefined && !BLANK.test(line) && !CONTINUES.test(line)) {
      if (LIST_ITEM.test(line)) inList = true;
      else if (i > 0 && BLANK.test(lines[i - 1]!)) inList = false;
    }
    if (fence !== undefined) {
      const close = FENCE.exec(line);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length && BLANK.test(line.slice(close[0].length))) fence = undefined;
      continue;
    }
    const open = FENCE.exec(line);
    if (open) {
      fence = open[1]!;
      continue;
    }
    if (NOT_CUT.test(line)) return undefined;
    if (CONTAINER_OPEN.test(line)) containers++;
    else if (CONTAINER_CLOSE.test(line) && containers > 0) containers--;
    else if (BLANK.test(line) && containers === 0 && i > 0 && !BLANK.test(lines[i - 1]!)) {
      let next = i + 1;
      while (next < lines.length && BLANK.test(lines[next]!)) next++;
      const following = lines[next];
      if (following !== undefined && !CONTINUES.test(following) && !(inList && LIST_ITEM.test(following))) cuts.push(next);
    }
  }
  if (cuts.length === 0) return undefined;
  return [0, ...cuts].map((line, i) => ({ text: lines.slice(line, cuts[i]).join('\n'), line }));
}
