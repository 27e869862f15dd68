import { inlineRuns } from '../inlines.js';
import { STYLE } from '../styles.js';
import type { BlockHandler } from './context.js';
import { listIndent } from './paragraph.js';

const STYLES = { 1: STYLE.heading1, 2: STYLE.heading2, 3: STYLE.heading3 } as const;

export const heading: BlockHandler<'heading'> = (node, context) => [
  {
    style: STYLES[node.level],
    ...(context.depth > 0 ? { indent: { left: context.depth * listIndent(context) } } : {}),
    children: inlineRuns(node.children),
  },
];
