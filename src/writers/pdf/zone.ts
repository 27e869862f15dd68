import { lettre, mmToPt, type TextStyle, type Zone } from '../../layout/index.js';
import type { FontStyle } from '../fonts.js';
import type { Doc } from './flow.js';
import { metrics, selectFont } from './style.js';

/**
 * Draws lines of plain text left-aligned in a fixed zone (sender, recipient window, date). The
 * first line's glyph box starts `insetMm` below the zone's top. When the lines are too wide or too
 * many for the zone, the type is scaled down so that nothing leaves it: an address half outside
 * the envelope window is worse than a smaller one.
 */
export function drawZoneLines(
  doc: Doc,
  lines: readonly string[],
  zone: Zone,
  style: TextStyle,
  font: FontStyle = 'regular',
  insetMm = 0,
): void {
  if (lines.length === 0) return;
  const { ascent, descent } = metrics(font);
  selectFont(doc, font);
  doc.fontSize(style.size).fillColor(lettre.colors.text);
  const widest = Math.max(...lines.map((line) => doc.widthOfString(line)));
  const height = (ascent + descent) * style.size + (lines.length - 1) * style.lineHeight;
  const room = mmToPt(zone.height - insetMm);
  const scale = Math.min(1, mmToPt(zone.width) / widest, room / height);
  const size = style.size * scale;
  const x = mmToPt(zone.x);
  let baseline = mmToPt(zone.y + insetMm) + ascent * size;
  doc.fontSize(size);
  for (const line of lines) {
    doc.text(line, x, baseline, { lineBreak: false, baseline: 'alphabetic' });
    baseline += style.lineHeight * scale;
  }
}
