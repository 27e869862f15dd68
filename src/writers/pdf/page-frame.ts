import { BLEED, CROP_MARKS, mmToPt } from '../../layout/index.js';
import type { Doc } from './flow.js';
import { artifact } from './tags.js';

/** The trimmed page (points) and how far its top left corner is from the media box's (0 without bleed). */
export interface PageFrame {
  width: number;
  height: number;
  offset: number;
  bleed: boolean;
}

const frames = new WeakMap<Doc, PageFrame>();

/** Distance (mm) from the media box's edge to the trimmed page's edge on a bled page. */
export const BLEED_OFFSET = BLEED + CROP_MARKS.offset + CROP_MARKS.length;

/**
 * PDFKit page options for a trimmed page of `width` × `height` mm and body margins (mm, from the
 * trimmed edges). With bleed, the media box grows by 2 × BLEED_OFFSET and every page is drawn
 * translated (onPage), so all other code keeps coordinates relative to the trimmed page.
 */
export function pageOptions(
  width: number,
  height: number,
  margins: { top: number; right: number; bottom: number; left: number },
  bleed: boolean,
): { size: [number, number]; margins: { top: number; right: number; bottom: number; left: number } } {
  const grow = bleed ? 2 * BLEED_OFFSET : 0;
  return {
    size: [mmToPt(width + grow), mmToPt(height + grow)],
    margins: {
      top: mmToPt(margins.top),
      left: mmToPt(margins.left),
      right: mmToPt(margins.right + grow),
      bottom: mmToPt(margins.bottom + grow),
    },
  };
}

/** Registers the frame; each new page is then set up (translation, boxes, crop marks). */
export function useFrame(doc: Doc, width: number, height: number, bleed: boolean): PageFrame {
  const frame = { width: mmToPt(width), height: mmToPt(height), offset: bleed ? mmToPt(BLEED_OFFSET) : 0, bleed };
  frames.set(doc, frame);
  doc.on('pageAdded', () => setUpPage(doc, frame));
  return frame;
}

export function frameOf(doc: Doc): PageFrame {
  const frame = frames.get(doc);
  if (!frame) throw new Error('page frame not set');
  return frame;
}

/** What pdfkit keeps of a page (not in its typings). */
interface PageDictionary {
  dictionary: { data: Record<string, unknown> };
}

function setUpPage(doc: Doc, frame: PageFrame): void {
  if (!frame.bleed) return;
  const { offset, width, height } = frame;
  const bleed = mmToPt(BLEED);
  const pageHeight = doc.page.height;
  // PDF boxes count from the bottom left corner.
  const box = (grow: number) => [offset - grow, pageHeight - offset - height - grow, offset + width + grow, pageHeight - offset + grow];
  const data = (doc.page as unknown as PageDictionary).dictionary.data;
  data['TrimBox'] = box(0);
  data['BleedBox'] = box(bleed);
  doc.translate(offset, offset);
  artifact(doc, 'Layout', () => drawCropMarks(doc, width, height));
}

/** Crop marks at the four corners on the trim lines, outside the bleed box. */
function drawCropMarks(doc: Doc, width: number, height: number): void {
  const start = mmToPt(BLEED + CROP_MARKS.offset);
  const end = start + mmToPt(CROP_MARKS.length);
  doc.save().lineWidth(CROP_MARKS.lineWidth).strokeColor('#000000');
  for (const x of [0, width]) {
    for (const y of [0, height]) {
      const h = x === 0 ? -1 : 1;
      const v = y === 0 ? -1 : 1;
      doc.moveTo(x + h * start, y).lineTo(x + h * end, y).stroke();
      doc.moveTo(x, y + v * start).lineTo(x, y + v * end).stroke();
    }
  }
  doc.restore();
}
