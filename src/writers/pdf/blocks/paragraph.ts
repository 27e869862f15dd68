import type { Paragraph } from '../../../document/ast.js';
import type { Flow } from '../flow.js';
import { drawInlines } from '../inlines.js';
import { lineBox } from '../style.js';
import { tagged } from '../tags.js';

export function paragraph(node: Paragraph, flow: Flow): void {
  const style = flow.layout.styles.body;
  flow.begin(lineBox(style));
  tagged(flow.doc, flow.tags, 'P', () => drawInlines(flow, node.children, style));
  flow.space();
}
