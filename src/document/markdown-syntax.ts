import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Processor } from 'unified';

/*
 * The Markdown dialect of templates: CommonMark plus two parts of GFM, task lists (checklists)
 * and tables, plus generic directives (remark-directive). Not the whole of GFM: its autolink
 * literals turn any e-mail address or "www." found in *data* into a link after parsing, where
 * escaping cannot reach, which would let data create structure.
 */

/** GFM task lists: `- [ ]` and `- [x]` items. */
export function taskLists(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmTaskListItemFromMarkdown());
}

/** GFM tables (`| a | b |` with a delimiter row `|:--|--:|`). */
export function tables(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}
