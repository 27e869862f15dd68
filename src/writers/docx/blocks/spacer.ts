import { LineRuleType } from 'docx';
import { mmToTwip } from '../../../layout/lettre.js';
import { STYLE } from '../styles.js';
import type { BlockHandler } from './context.js';

/** `::espace{hauteur}`: an empty paragraph whose exact line is the height asked for. */
export const spacer: BlockHandler<'spacer'> = (node) => [
  {
    style: STYLE.spacer,
    spacing: { line: Math.max(20, mmToTwip(node.height)), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    children: [],
  },
];
