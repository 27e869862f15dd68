import type { Block, Document, TearOffs } from '../../document/ast.js';
import type { Diagnostic } from '../../diagnostics/index.js';
import { affiche, BLEED, CUT_TICK, flyer, IMPOSITION, mmToPt, PAPER, type TextStyle } from '../../layout/index.js';
import { enlarge, enlargeBlocks, fitBlocks, scaleType } from '../fit.js';
import { drawBlocks } from './blocks/index.js';
import { Flow, ZoneFull, pageIndex, type Doc, type Struct } from './flow.js';
import { drawInlinesIn } from './inlines.js';
import { TEXT_COLOR, useStyle } from './style.js';
import { artifact, copy, tagged } from './tags.js';
import { drawTearOffs } from './tear-offs.js';
import { countLines, inlineLines } from '../fit.js';
import type { PrintMeta } from '../../document/ast.js';

type OnePageLayout = typeof affiche | typeof flyer;

/** The geometry of a poster or flyer on its paper: the A4 (affiche) or A5 (flyer) numbers × scale. */
export function onePageLayout(id: 'affiche' | 'flyer', paper: PrintMeta['paper']): OnePageLayout {
  const base: OnePageLayout = id === 'affiche' ? affiche : flyer;
  const factor = (base.scale as Partial<Record<PrintMeta['paper'], number>>)[paper] ?? 1;
  return enlarge(base, factor);
}

/** The paper's scale factor for the layout (1 for its reference paper). */
export function paperFactor(id: 'affiche' | 'flyer', paper: PrintMeta['paper']): number {
  const base: OnePageLayout = id === 'affiche' ? affiche : flyer;
  return (base.scale as Partial<Record<PrintMeta['paper'], number>>)[paper] ?? 1;
}

/** Where the poster's zones end up once tear-off strips take the foot of the page (mm). */
interface Zones {
  bodyHeight: number;
  footerY: number;
  footerRule: number;
  strips: { top: number } | null;
}

function zonesOf(layout: OnePageLayout, pageHeight: number, strips: boolean): Zones {
  const { body, footer, tearOffs, paragraphSpacing } = layout;
  if (!strips) return { bodyHeight: body.height, footerY: footer.y, footerRule: footer.rule, strips: null };
  // The footer moves above the strips, the body shrinks by as much.
  const top = pageHeight - tearOffs.height;
  const shift = footer.y + footer.height - (top - paragraphSpacing);
  const moved = Math.max(0, shift);
  return {
    bodyHeight: body.height - moved,
    footerY: footer.y - moved,
    footerRule: footer.rule - moved,
    strips: { top },
  };
}

/**
 * One page: the title band in the accent colour (into the bleed when bled) with the title in
 * white, the body fitted to its zone (fit.ts: the type shrinks down to `fit.minScale`; below
 * that, what fits is drawn, whole lines only, and a TextOverflow warning is returned), QR codes
 * and pictures in the body's flow where the template puts them, the footer (contacts) under a
 * rule, tear-off strips at the foot with the footer moved above them.
 */
export function drawOnePage(doc: Doc, document: Document, root: Struct, id: 'affiche' | 'flyer', accent: string): Diagnostic[] {
  const paper = document.meta.print?.paper ?? (id === 'affiche' ? 'A4' : 'A5');
  const factor = paperFactor(id, paper);
  const layout = onePageLayout(id, paper);
  const page = PAPER[paper];
  const strips = document.blocks.filter((block): block is TearOffs => block.type === 'tearOffs');
  const body = enlargeBlocks(
    document.blocks.filter((block) => block.type !== 'tearOffs'),
    factor,
  );
  const zones = zonesOf(layout, page.height, strips.length > 0);
  const bleed = document.meta.print?.bleed ?? false;

  drawTitleBand(doc, document.meta.title, layout, accent, page.width, bleed, root);
  const warnings = drawBody(doc, body, layout, zones, accent, root, id);
  drawFooter(doc, document.meta.sheet?.footer ?? '', layout, zones, root);
  const strip = strips[0];
  if (strip && zones.strips) {
    drawTearOffs(
      doc,
      strip,
      { left: 0, width: mmToPt(page.width), top: mmToPt(zones.strips.top), bottom: mmToPt(page.height) },
      layout.tearOffs.style,
      root,
      pageIndex(doc),
    );
  }
  return warnings;
}

function drawTitleBand(
  doc: Doc,
  title: string,
  layout: OnePageLayout,
  accent: string,
  width: number,
  bleed: boolean,
  root: Struct,
): void {
  const { titleBand, margins } = layout;
  const out = bleed ? BLEED : 0;
  artifact(doc, 'Layout', () =>
    doc.rect(mmToPt(-out), mmToPt(-out), mmToPt(width + 2 * out), mmToPt(titleBand.height + out)).fill(accent),
  );
  const textWidth = mmToPt(width - margins.left - margins.right);
  const room = mmToPt(titleBand.height - 2 * titleBand.padding);
  // The title shrinks (never below half size) until it fits the band.
  let style: TextStyle = titleBand.style;
  const lines = () => inlineLines([{ type: 'text', value: title }], true).reduce((sum, line) => sum + countLines(line, textWidth, style.size), 0);
  for (let scale = 1; scale >= 0.5; scale -= 0.05) {
    style = { size: titleBand.style.size * scale, lineHeight: titleBand.style.lineHeight * scale };
    if ((lines() - 1) * style.lineHeight + style.size * 1.2 <= room) break;
  }
  const height = (lines() - 1) * style.lineHeight + style.size * 1.2;
  const top = mmToPt(titleBand.height) / 2 - height / 2;
  tagged(doc, root, 'H1', () =>
    drawInlinesIn(doc, [{ type: 'text', value: title }], style, { x: mmToPt(margins.left), y: top, width: textWidth, height: room + style.lineHeight }, {
      bold: true,
      color: layout.colors.onAccent,
    }),
  );
}

function drawBody(
  doc: Doc,
  blocks: readonly Block[],
  layout: OnePageLayout,
  zones: Zones,
  accent: string,
  root: Struct,
  id: 'affiche' | 'flyer',
): Diagnostic[] {
  const zone = layout.body;
  const fit = fitBlocks(blocks, { width: zone.width, height: zones.bodyHeight }, layout, layout.fit);
  const saved = doc.page.margins;
  // The zone as the page's margins (pdfkit's maxY is compared with y in local coordinates).
  doc.page.margins = {
    top: mmToPt(zone.y),
    left: mmToPt(zone.x),
    right: doc.page.width - mmToPt(zone.x + zone.width),
    bottom: doc.page.height - mmToPt(zone.y + zones.bodyHeight),
  };
  doc.x = doc.page.margins.left;
  doc.y = doc.page.margins.top;
  const flow = Flow.body(doc, root, scaleType(layout, fit.scale), accent, { onePage: true });
  const continueOnNewPage = doc.continueOnNewPage;
  doc.continueOnNewPage = () => {
    throw new ZoneFull();
  };
  let full = false;
  try {
    drawBlocks(blocks, flow);
  } catch (error) {
    if (!(error instanceof ZoneFull)) throw error;
    full = true;
    closeMarkedContent(doc);
  } finally {
    doc.continueOnNewPage = continueOnNewPage;
    doc.page.margins = saved;
  }
  if (!fit.overflow && !full) return [];
  const name = id === 'affiche' ? 'de l’affiche' : 'du flyer';
  return [
    {
      severity: 'warning',
      code: 'TextOverflow',
      message: `texte trop long pour la zone « corps » ${name} : même réduit à ${Math.round(layout.fit.minScale * 100)}\u00A0%, il lui faudrait ${Math.round(fit.height)}\u00A0mm de haut pour ${Math.round(zones.bodyHeight)}\u00A0mm ; la fin n’est pas imprimée.`,
      actual: `${Math.round(fit.height)} mm`,
      expected: `${Math.round(zones.bodyHeight)} mm au plus`,
      hint: 'raccourcissez le texte du corps, ou choisissez un format plus grand.',
    },
  ];
}

/** What pdfkit keeps while drawing (not in its typings). */
interface Internals {
  page: { markings: unknown[] };
  _wrapper: unknown;
}

/** After a ZoneFull thrown mid-element: ends the open marked content and pdfkit's line wrapper. */
function closeMarkedContent(doc: Doc): void {
  const internals = doc as unknown as Internals;
  while (internals.page.markings.length > 0) doc.endMarkedContent();
  internals._wrapper = null;
}

function drawFooter(doc: Doc, text: string, layout: OnePageLayout, zones: Zones, root: Struct): void {
  const { footer, styles } = layout;
  artifact(doc, 'Layout', () => {
    doc.save().lineWidth(0.5).strokeColor(layout.colors.marks);
    doc.moveTo(mmToPt(footer.x), mmToPt(zones.footerRule)).lineTo(mmToPt(footer.x + footer.width), mmToPt(zones.footerRule)).stroke();
    doc.restore();
  });
  if (text.trim() === '') return;
  useStyle(doc, 'regular', styles.small);
  tagged(doc, root, 'P', () =>
    drawInlinesIn(doc, [{ type: 'text', value: text }], styles.small, {
      x: mmToPt(footer.x),
      y: mmToPt(zones.footerY),
      width: mmToPt(footer.width),
      height: mmToPt(footer.height),
    }, { color: TEXT_COLOR }),
  );
}

/**
 * n-up: the one-page flyer drawn `nUp` times on an A4 sheet (IMPOSITION), the first copy tagged,
 * the others artifacts; short cut ticks at the sheet's edges on the cut lines.
 */
export function drawImposed(doc: Doc, nUp: 2 | 4, draw: () => void): void {
  const { columns, rows, paper } = IMPOSITION[nUp];
  const cell = PAPER[paper];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      doc.save();
      doc.translate(mmToPt(column * cell.width), mmToPt(row * cell.height));
      if (row === 0 && column === 0) draw();
      else copy(doc, draw);
      doc.restore();
    }
  }
  artifact(doc, 'Layout', () => drawCutTicks(doc, nUp));
}

function drawCutTicks(doc: Doc, nUp: 2 | 4): void {
  const { sheet, columns, rows, paper } = IMPOSITION[nUp];
  const cell = PAPER[paper];
  doc.save().lineWidth(0.5).strokeColor('#000000');
  for (let c = 1; c < columns; c++) {
    const x = mmToPt(c * cell.width);
    doc.moveTo(x, 0).lineTo(x, mmToPt(CUT_TICK)).stroke();
    doc.moveTo(x, mmToPt(sheet.height)).lineTo(x, mmToPt(sheet.height - CUT_TICK)).stroke();
  }
  for (let r = 1; r < rows; r++) {
    const y = mmToPt(r * cell.height);
    doc.moveTo(0, y).lineTo(mmToPt(CUT_TICK), y).stroke();
    doc.moveTo(mmToPt(sheet.width), y).lineTo(mmToPt(sheet.width - CUT_TICK), y).stroke();
  }
  doc.restore();
}
