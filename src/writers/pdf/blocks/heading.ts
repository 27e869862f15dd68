import type { Heading } from '../../../document/ast.js';
import { lettre } from '../../../layout/index.js';
import type { Flow } from '../flow.js';
import { drawInlines } from '../inlines.js';
import { lineBox } from '../style.js';
import { tagged } from '../tags.js';

/**
 * A bold heading, kept on the same page as the first two lines that follow it; never justified.
 * In the accent colour, as in the DOCX (styles.ts), but in a letter, which stays black.
 */
export function heading(node: Heading, flow: Flow): void {
  const { styles } = flow.layout;
  const style = styles[`heading${node.level}`];
  const color = flow.layout === lettre ? undefined : flow.accent;
  flow.begin(lineBox(style, 'bold') + 2 * styles.body.lineHeight);
  tagged(flow.doc, flow.tags, `H${node.level}`, () => drawInlines(flow, node.children, style, true, { align: 'left', ...(color && { color }) }));
  flow.space();
}
