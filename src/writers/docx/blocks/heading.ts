import { inlineRuns } from '../inlines.js';
import { LIST_INDENT } from '../numbering.js';
import { STYLE } from '../styles.js';
import type { BlockHandler } from './context.js';

const STYLES = { 1: STYLE.heading1, 2: STYLE.heading2, 3: STYLE.heading3 } as const;

export const heading: BlockHandler<'heading'> = (node, context) => [
  {
    style: STYLES[node.level],
    ...(context.depth > 0 ? { indent: { left: context.depth * LIST_INDENT } } : {}),
    children: inlineRuns(node.children),
  },
];
