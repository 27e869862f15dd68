import PDFDocument from 'pdfkit';
import { lettre, mmToPt } from '../../layout/index.js';
import { FONT_STYLES, loadFont } from '../fonts.js';
import type { WriteOptions } from '../types.js';
import { type Doc } from './flow.js';
import { handleSoftHyphens } from './hyphens.js';
import { collect } from './index.js';
import { useStyle, TEXT_COLOR } from './style.js';
import { artifact, tagged } from './tags.js';

/** A French DL envelope (mm) and its window, 20 mm from the right and bottom edges (domain.md §3.3). */
const ENVELOPE = { width: 220, height: 110, window: { width: 100, height: 45, right: 20, bottom: 20 } } as const;
/** How far the folded sheet (a third of A4, 99 mm high) can slide inside the envelope. */
const SLIDE = 11;

const SAMPLE_ADDRESS = ['Madame la Maire', 'Mairie de Sains', '2 PLACE DE LA MAIRIE', '35610 SAINS'];

/**
 * A calibration page: print it at 100 %, fold it, slide it into a DL window envelope. It shows the
 * zone where the writers put the address (lettre.window), the envelope window as the folded sheet
 * sees it (with the 11 mm slide range), the fold lines, and a 100 mm ruler to check the scale.
 */
export async function writeCalibrationPdf(options: WriteOptions): Promise<Uint8Array> {
  const date = options.sourceDateEpoch === undefined ? new Date() : new Date(options.sourceDateEpoch * 1000);
  const doc = new PDFDocument({
    size: [mmToPt(lettre.page.width), mmToPt(lettre.page.height)],
    margins: { top: 0, right: 0, bottom: 0, left: 0 },
    tagged: true,
    lang: 'fr-FR',
    displayTitle: true,
    pdfVersion: '1.7',
    ...(options.pdfa ? { subset: 'PDF/A-2b' as const } : {}),
    font: '',
    info: { Title: 'Calibrage de l’enveloppe à fenêtre DL', Creator: 'kit-citoyen', CreationDate: date, ModDate: date },
  });
  for (const style of FONT_STYLES) doc.registerFont(style, loadFont(style) as unknown as Uint8Array);
  handleSoftHyphens(doc);
  const bytes = collect(doc);
  const root = doc.struct('Document');
  doc.addStructure(root);
  draw(doc, root);
  root.end();
  doc.end();
  return bytes;
}

function draw(doc: Doc, root: PDFKit.PDFStructureElement): void {
  const mm = mmToPt;
  const text = (value: string, x: number, y: number, size = 9, font: 'regular' | 'bold' = 'regular', width = 170) => {
    useStyle(doc, font, { size, lineHeight: size * 1.3 });
    doc.text(value, mm(x), mm(y), { width: mm(width), lineGap: size * 0.3 - (doc.currentLineHeight(true) - size) });
  };
  tagged(doc, root, 'H1', () => text('Calibrage : enveloppe DL à fenêtre', 22, 12, 14, 'bold'));
  tagged(doc, root, 'P', () =>
    text(
      'Imprimez à 100\u00A0% (sans « ajuster à la page »), pliez en trois sur les traits, glissez dans une enveloppe DL à fenêtre\u00A0: l’adresse doit apparaître entière dans la fenêtre, même en secouant l’enveloppe.',
      22,
      19,
      9,
      'regular',
      80,
    ),
  );
  // The window as the folded sheet sees it: the sheet's top panel (0–99 mm) sits in the envelope
  // with its top edge at the envelope's top, and can slide down by up to SLIDE mm.
  const w = ENVELOPE.window;
  const windowLeft = ENVELOPE.width - w.right - w.width - (ENVELOPE.width - lettre.page.width) / 2;
  const windowTop = ENVELOPE.height - w.bottom - w.height;
  artifact(doc, 'Layout', () => {
    doc.save().lineWidth(0.5).strokeColor('#9a9a9a');
    doc.rect(mm(windowLeft), mm(windowTop), mm(w.width), mm(w.height)).stroke();
    doc.dash(1, { space: 2 }).rect(mm(windowLeft), mm(windowTop - SLIDE), mm(w.width), mm(w.height + SLIDE)).stroke();
    doc.undash().restore();
    doc.save().lineWidth(0.8).strokeColor(TEXT_COLOR).dash(3, { space: 2 });
    const z = lettre.window;
    doc.rect(mm(z.x), mm(z.y), mm(z.width), mm(z.height)).stroke();
    doc.undash().restore();
  });
  tagged(doc, root, 'P', () => {
    const z = lettre.window;
    SAMPLE_ADDRESS.forEach((line, i) => text(line, z.x + 1, z.y + 1 + i * 4.5, 10, 'regular', z.width - 2));
  });
  tagged(doc, root, 'P', () =>
    text(
      `Trait plein : la fenêtre (${w.width} × ${w.height} mm). Pointillés : où elle peut se trouver quand la feuille glisse de ${SLIDE} mm. Tirets : la zone de l’adresse (x ${lettre.window.x}–${lettre.window.x + lettre.window.width}, y ${lettre.window.y}–${lettre.window.y + lettre.window.height} mm).`,
      22,
      104,
      8,
      'regular',
      166,
    ),
  );
  artifact(doc, 'Layout', () => {
    doc.save().lineWidth(0.5).strokeColor(TEXT_COLOR).dash(4, { space: 3 });
    for (const y of lettre.foldMarks.ys) doc.moveTo(0, mm(y)).lineTo(mm(lettre.page.width), mm(y)).stroke();
    doc.undash().restore();
  });
  tagged(doc, root, 'P', () => text(`Pliez ici (${lettre.foldMarks.ys.join(' et ')} mm)`, 150, lettre.foldMarks.ys[0] + 1.5, 8));
  drawRuler(doc, 55, 150);
  tagged(doc, root, 'P', () =>
    text('Règle de 100 mm : mesurez-la. Si elle ne fait pas 100 mm, l’impression n’est pas à 100 %.', 55, 160, 9, 'regular', 120),
  );
}

/** A 100 mm ruler with a tick each millimetre, longer every 5 and 10 mm. */
function drawRuler(doc: Doc, x: number, y: number): void {
  artifact(doc, 'Layout', () => {
    doc.save().lineWidth(0.3).strokeColor(TEXT_COLOR);
    doc.moveTo(mmToPt(x), mmToPt(y)).lineTo(mmToPt(x + 100), mmToPt(y)).stroke();
    for (let i = 0; i <= 100; i++) {
      const length = i % 10 === 0 ? 4 : i % 5 === 0 ? 2.5 : 1.5;
      doc.moveTo(mmToPt(x + i), mmToPt(y)).lineTo(mmToPt(x + i), mmToPt(y - length)).stroke();
    }
    doc.restore();
    useStyle(doc, 'regular', { size: 7, lineHeight: 8 });
    for (let i = 0; i <= 100; i += 10) doc.text(String(i), mmToPt(x + i) - 4, mmToPt(y - 8), { width: 8, align: 'center', lineBreak: false });
  });
}
