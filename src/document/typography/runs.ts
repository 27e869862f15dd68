/**
 * A run of inline text flattened to one string, so that rules can see across inline boundaries
 * (`**mot** :` — the space before « : » is in the next text node), then put back into the same
 * tree. Each UTF-16 unit of the string remembers the text node it came from (its owner) and
 * whether it is locked (inside a URL, an e-mail address, a path, a code: never changed).
 */
import type { Inline } from '../ast.js';

/** Owner of the "\n" standing for a line break: not a text node, never edited. */
const BREAK = -1;

export interface Run {
  text: string;
  /** Index of the text node each unit comes from (in document order), or BREAK. */
  owners: number[];
  /** 0 when the unit may change; otherwise the id of the locked span it belongs to. */
  locks: number[];
}

/** A change to a run: replace `[start, end)` by `text`; `start === end` inserts. */
export interface Edit {
  start: number;
  end: number;
  text: string;
  /** Text node of the new units (default: see `applyEdits`). */
  owner?: number;
}

/** A run made of one string, owned by one node: for plain strings (letter meta lines). */
export function stringRun(text: string): Run {
  return { text, owners: new Array<number>(text.length).fill(0), locks: new Array<number>(text.length).fill(0) };
}

/**
 * Flattens inlines: text nodes in document order, a line break as "\n". `lockedLink(url, text)`
 * tells whether the text of a link must stay untouched (the text is its URL or an address).
 */
export function flatten(inlines: readonly Inline[], lockedLink: (url: string, text: string) => boolean): Run {
  const run: Run = { text: '', owners: [], locks: [] };
  let node = 0;
  let nextLock = 1_000_000;
  const parts: string[] = [];
  const visit = (nodes: readonly Inline[], lock: number): void => {
    for (const inline of nodes) {
      switch (inline.type) {
        case 'text':
          parts.push(inline.value);
          for (let i = 0; i < inline.value.length; i++) {
            run.owners.push(node);
            run.locks.push(lock);
          }
          node++;
          break;
        case 'break':
          parts.push('\n');
          run.owners.push(BREAK);
          run.locks.push(nextLock++);
          break;
        case 'link': {
          const linkLock = lock || (lockedLink(inline.url, linkText(inline.children)) ? nextLock++ : 0);
          visit(inline.children, linkLock);
          break;
        }
        default:
          visit(inline.children, lock);
      }
    }
  };
  visit(inlines, 0);
  run.text = parts.join('');
  return run;
}

function linkText(inlines: readonly Inline[]): string {
  let out = '';
  for (const inline of inlines) {
    if (inline.type === 'text') out += inline.value;
    else if (inline.type === 'break') out += '\n';
    else out += linkText(inline.children);
  }
  return out;
}

/**
 * Locks spans `[start, end)` (a URL, an address…); overlapping or touching spans make one. A span
 * that overlaps units locked before (the text of a link showing its address) makes one with all
 * of them: otherwise the edge between the two inside the span would take an insertion ("!" after
 * a locked link, in a URL running on past it), and the next pass would see two tokens.
 */
export function lock(run: Run, spans: ReadonlyArray<readonly [number, number]>): void {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  let id = 0;
  let reach = -1;
  for (const [start, end] of sorted) {
    if (start > reach) id++;
    reach = Math.max(reach, end);
    let joined: Set<number> | undefined;
    for (let i = start; i < end; i++) {
      const current = run.locks[i]!;
      if (current === 0) run.locks[i] = id;
      else if (current !== id) (joined ??= new Set()).add(current);
    }
    if (joined) for (let i = 0; i < run.locks.length; i++) if (joined.has(run.locks[i]!)) run.locks[i] = id;
  }
}

function touchesLock(run: Run, edit: Edit): boolean {
  if (edit.start === edit.end) {
    // An insertion is refused strictly inside a locked span, allowed at its edges.
    const before = run.locks[edit.start - 1] ?? 0;
    return before !== 0 && before === (run.locks[edit.start] ?? 0);
  }
  for (let i = edit.start; i < edit.end; i++) if (run.locks[i] !== 0) return true;
  return false;
}

function ownerOfInsertion(run: Run, at: number): number {
  const next = run.owners[at];
  if (next !== undefined && next !== BREAK) return next;
  const previous = run.owners[at - 1];
  return previous ?? BREAK;
}

/**
 * Applies edits (found on `run.text`), in order of position. An edit that overlaps an earlier one
 * or touches a locked unit is dropped. New units take the owner of the unit they replace
 * (position by position, extra ones that of the last replaced unit); inserted units take
 * `edit.owner`, else the owner of the unit that follows (the punctuation mark they belong to).
 */
export function applyEdits(run: Run, edits: readonly Edit[]): Run {
  if (edits.length === 0) return run;
  const inOrder = edits.every((edit, i) => i === 0 || edits[i - 1]!.start < edit.start);
  const sorted = inOrder ? edits : [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const text: string[] = [];
  const owners: number[] = [];
  const locks: number[] = [];
  let at = 0;
  let previous: Edit | undefined;
  for (const edit of sorted) {
    if (previous) {
      const sameInsertion = edit.start === edit.end && previous.start === previous.end && edit.start === previous.start;
      if (edit.start < previous.end || sameInsertion) continue;
    }
    if (touchesLock(run, edit)) continue;
    if (edit.end - edit.start === edit.text.length && run.text.slice(edit.start, edit.end) === edit.text) continue;
    const insertionOwner = edit.owner ?? ownerOfInsertion(run, edit.start);
    if (insertionOwner === BREAK) continue;
    text.push(run.text.slice(at, edit.start));
    copy(run, at, edit.start, owners, locks);
    for (let i = 0; i < edit.text.length; i++) {
      const replaced = edit.start + Math.min(i, edit.end - edit.start - 1);
      const owner = edit.end > edit.start ? run.owners[replaced]! : insertionOwner;
      owners.push(owner === BREAK ? insertionOwner : owner);
      locks.push(0);
    }
    text.push(edit.text);
    at = edit.end;
    previous = edit;
  }
  if (previous === undefined) return run;
  text.push(run.text.slice(at));
  copy(run, at, run.text.length, owners, locks);
  return { text: text.join(''), owners, locks };
}

function copy(run: Run, from: number, to: number, owners: number[], locks: number[]): void {
  for (let i = from; i < to; i++) {
    owners.push(run.owners[i]!);
    locks.push(run.locks[i]!);
  }
}

/** The text of each text node after the edits, in document order. */
function nodeTexts(run: Run, count: number): string[] {
  const texts: string[] = new Array<string>(count).fill('');
  let from = 0;
  for (let i = 1; i <= run.text.length; i++) {
    const owner = run.owners[from]!;
    if (i < run.text.length && run.owners[i] === owner) continue;
    if (owner !== BREAK) texts[owner] += run.text.slice(from, i);
    from = i;
  }
  return texts;
}

function countTexts(inlines: readonly Inline[]): number {
  let count = 0;
  for (const inline of inlines) {
    if (inline.type === 'text') count++;
    else if (inline.type !== 'break') count += countTexts(inline.children);
  }
  return count;
}

/**
 * A copy of `inlines` whose text nodes hold the run's text. A text node left empty by the edits
 * is dropped (three dots across two nodes become one "…"); the other nodes keep their shape.
 */
export function rebuild(inlines: readonly Inline[], run: Run): Inline[] {
  const texts = nodeTexts(run, countTexts(inlines));
  let node = 0;
  const copy = (nodes: readonly Inline[]): Inline[] => {
    const out: Inline[] = [];
    for (const inline of nodes) {
      switch (inline.type) {
        case 'text': {
          const value = texts[node++]!;
          if (value !== '' || inline.value === '') out.push({ type: 'text', value });
          break;
        }
        case 'break':
          out.push({ type: 'break' });
          break;
        case 'link':
          out.push({ type: 'link', url: inline.url, children: copy(inline.children) });
          break;
        default:
          out.push({ type: inline.type, children: copy(inline.children) });
      }
    }
    return out;
  };
  return copy(inlines);
}
