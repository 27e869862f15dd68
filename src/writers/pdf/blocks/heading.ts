import type { Heading } from '../../../document/ast.js';
import { lettre } from '../../../layout/index.js';
import type { Flow } from '../flow.js';
import { drawInlines } from '../inlines.js';
import { lineBox } from '../style.js';
import { tagged } from '../tags.js';

const STYLES = {
  1: lettre.styles.heading1,
  2: lettre.styles.heading2,
  3: lettre.styles.heading3,
} as const;

/** A bold heading, kept on the same page as the first two lines that follow it. */
export function heading(node: Heading, flow: Flow): void {
  const style = STYLES[node.level];
  flow.begin(lineBox(style, 'bold') + 2 * lettre.styles.body.lineHeight);
  tagged(flow.doc, flow.tags, `H${node.level}`, () => drawInlines(flow, node.children, style, true));
  flow.space();
}
