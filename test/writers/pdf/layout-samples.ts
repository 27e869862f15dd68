import { AST_VERSION, type Block, type Document, type ImageData, type LayoutId, type PrintMeta } from '../../../src/document/ast.js';
import { qrPng } from '../../../src/writers/qr.js';
import { para, text } from './sample.js';

/** A real PNG (a QR code picture), with its size read from the IHDR chunk. */
export async function samplePng(): Promise<ImageData> {
  const bytes = await qrPng('https://exemple.fr', 2, 4);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { format: 'png', bytes, pixelWidth: view.getUint32(16), pixelHeight: view.getUint32(20) };
}

export function documentOf(layout: LayoutId, blocks: Block[], print?: Partial<PrintMeta>, title = 'Plantation d’arbres'): Document {
  return {
    version: AST_VERSION,
    meta: {
      title,
      lang: 'fr-FR',
      layout,
      ...(print ? { print: { paper: 'A4', nUp: 1, bleed: false, accent: '#1d4e89', ...print } } : {}),
      sheet: { header: 'Commune de Sains (35)', footer: 'Mairie de Sains — 02 99 00 00 00 — mairie@sains.fr' },
    },
    blocks,
  };
}

export const SENTENCE =
  'Le samedi 14 mars, venez planter des arbres avec nous dans le parc de la mairie. Apportez vos gants et une bêche si vous en avez une.';

export const paragraphs = (count: number, prefix = 'Paragraphe'): Block[] =>
  Array.from({ length: count }, (_, i) => para(text(`${prefix} ${i + 1}. ${SENTENCE}`)));

export function longTable(rows: number): Block {
  return {
    type: 'table',
    align: ['left', 'left', 'right'],
    header: [[text('Risque')], [text('Consigne')], [text('Numéro')]],
    rows: Array.from({ length: rows }, (_, i) => [
      [text(`Risque ${i + 1}`)],
      [text('Mettez-vous à l’abri et écoutez la radio locale.')],
      [text(`${112 + i}`)],
    ]),
  };
}

export const tearOffs = (count = 6): Block => ({
  type: 'tearOffs',
  count,
  lines: ['Jardin partagé', '06 12 34 56 78'],
});
