import type { FlowLayout } from '../../layout/flow.js';
import type { TextStyle } from '../../layout/lettre.js';

export function scaleStyle(style: TextStyle, k: number): TextStyle {
  return { size: style.size * k, lineHeight: style.lineHeight * k };
}

/**
 * A flow layout with every length and type size multiplied by `k` (A3 poster = A4 × √2, A6
 * flyer = A5 × 1/√2, and the fitted body's type scale). Counts, ratios and colours stay.
 */
export function scaleFlowLayout(layout: FlowLayout, k: number): FlowLayout {
  if (k === 1) return layout;
  const styles = Object.fromEntries(Object.entries(layout.styles).map(([name, style]) => [name, scaleStyle(style, k)]));
  return {
    ...layout,
    margins: {
      top: layout.margins.top * k,
      right: layout.margins.right * k,
      bottom: layout.margins.bottom * k,
      left: layout.margins.left * k,
    },
    styles: styles as FlowLayout['styles'],
    paragraphSpacing: layout.paragraphSpacing * k,
    itemGap: layout.itemGap * k,
    listIndent: layout.listIndent * k,
    checkbox: layout.checkbox * k,
    table: { ...layout.table, padding: layout.table.padding * k, rule: layout.table.rule * k },
    box: { ...layout.box, padding: layout.box.padding * k, rule: layout.box.rule * k },
    qr: { ...layout.qr, size: layout.qr.size * k },
    tearOffs: { height: layout.tearOffs.height * k, style: scaleStyle(layout.tearOffs.style, k) },
  };
}
