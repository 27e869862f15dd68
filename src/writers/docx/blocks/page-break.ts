import { LineRuleType, type IParagraphOptions } from 'docx';
import { STYLE } from '../styles.js';
import type { BlockHandler, FlowItem } from './context.js';

/** A marker that renderBlocks turns into `pageBreakBefore` on the next paragraph. */
const MARKER = Symbol('pageBreak');

type Marker = IParagraphOptions & { [MARKER]: true };

export function isPageBreak(item: FlowItem): boolean {
  return (item as Partial<Marker>)[MARKER] === true;
}

export const pageBreak: BlockHandler<'pageBreak'> = () => [{ children: [], [MARKER]: true } as Marker];

/** A page break with no paragraph after it to carry it: an empty paragraph one point high. */
export function PAGE_BREAK_ALONE(): IParagraphOptions {
  return { style: STYLE.spacer, pageBreakBefore: true, spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 } };
}
