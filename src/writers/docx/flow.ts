import { LineRuleType, Paragraph, Table, type IParagraphOptions } from 'docx';
import type { FlowItem } from './blocks/index.js';
import { STYLE } from './styles.js';

/** The docx children of a flow; a body or a cell must end with a paragraph (Word refuses a table last). */
export function toChildren(items: readonly FlowItem[]): (Paragraph | Table)[] {
  const out = items.map((item) => (item instanceof Table ? item : new Paragraph(item)));
  if (out.length === 0 || out.at(-1) instanceof Table) out.push(new Paragraph(tinyParagraph()));
  return out;
}

/** An empty paragraph one point high. */
export function tinyParagraph(): IParagraphOptions {
  return { style: STYLE.spacer, spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, children: [] };
}

/** Gives the first paragraph of a flow this space before (a table first gets an empty paragraph of that height). */
export function spaceBeforeFirst(items: FlowItem[], before: number): FlowItem[] {
  const first = items[0];
  if (first === undefined || first instanceof Table) {
    return [{ style: STYLE.spacer, spacing: { line: Math.max(20, before), lineRule: LineRuleType.EXACT, before: 0, after: 0 }, children: [] }, ...items];
  }
  return [{ ...first, spacing: { ...first.spacing, before } }, ...items.slice(1)];
}
