import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import type { Processor } from 'unified';

/**
 * The Markdown dialect of templates: CommonMark plus GFM task lists (checklists). Not the whole
 * of GFM: its autolink literals turn any e-mail address or "www." found in *data* into a link
 * after parsing, where escaping cannot reach, which would let data create structure.
 */
export function taskLists(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(gfmTaskListItemFromMarkdown());
}
