import type { Block, Document } from '../../document/ast.js';
import { LAYOUTS } from '../../layout/index.js';
import type { Fit } from '../fit.js';
import { qrPng } from '../qr.js';
import { posterFit } from './layouts/poster.js';

/**
 * Pictures the document needs that are made asynchronously (QR codes, by `qrcode`), made once
 * before the synchronous docx model is built. Keyed by the encoded text.
 */
export interface DocxAssets {
  qr: Map<string, Uint8Array>;
  /** A poster's or flyer's body fit, measured as the PDF writer does. */
  fit?: Fit;
}

export const NO_ASSETS: DocxAssets = { qr: new Map() };

function qrTexts(blocks: readonly Block[], out: Set<string>): Set<string> {
  for (const block of blocks) {
    if (block.type === 'qr') out.add(block.url);
    else if (block.type === 'box') qrTexts(block.blocks, out);
    else if (block.type === 'list') for (const item of block.items) qrTexts(item.blocks, out);
  }
  return out;
}

/** The QR codes of a document as PNG, with the layout's quiet zone (ISO 18004: 4 modules). */
export async function prepareAssets(document: Document): Promise<DocxAssets> {
  const margin = LAYOUTS[document.meta.layout].qr.quietModules;
  const qr = new Map<string, Uint8Array>();
  for (const text of qrTexts(document.blocks, new Set())) qr.set(text, await qrPng(text, margin));
  if (document.meta.layout === 'affiche' || document.meta.layout === 'flyer') {
    // Loaded only for posters, with the PDF writer's measuring (fonts, shaping).
    const { fitBlocks } = await import('../fit.js');
    return { qr, fit: posterFit(document, fitBlocks) };
  }
  return { qr };
}
