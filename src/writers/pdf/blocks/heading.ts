import type { Heading } from '../../../document/ast.js';
import type { Flow } from '../flow.js';
import { drawInlines } from '../inlines.js';
import { lineBox } from '../style.js';
import { tagged } from '../tags.js';

/** A bold heading, kept on the same page as the first two lines that follow it; never justified. */
export function heading(node: Heading, flow: Flow): void {
  const { styles } = flow.layout;
  const style = styles[`heading${node.level}`];
  flow.begin(lineBox(style, 'bold') + 2 * styles.body.lineHeight);
  tagged(flow.doc, flow.tags, `H${node.level}`, () => drawInlines(flow, node.children, style, true, { align: 'left' }));
  flow.space();
}
