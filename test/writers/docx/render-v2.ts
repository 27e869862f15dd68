import type { Document } from '../../../src/document/ast.js';
import { prepareAssets, type DocxAssets } from '../../../src/writers/docx/assets.js';
import { buildDocument } from '../../../src/writers/docx/index.js';
import { packDocx } from '../../../src/writers/docx/package.js';
import { qrPng } from '../../../src/writers/qr.js';
import { openDocx, type DocxPackage } from '../../helpers/docx.js';

/**
 * The DOCX of a document through the writer's own steps (assets, model, package), without the
 * glyph preflight, which is shared with the PDF writer and tested there.
 */
export async function renderDocx(document: Document, assets?: DocxAssets): Promise<Uint8Array> {
  const file = buildDocument(document, assets ?? (await prepareAssets(document)));
  return packDocx(file);
}

export async function openRendered(document: Document, assets?: DocxAssets): Promise<DocxPackage> {
  return openDocx(await renderDocx(document, assets));
}

/** Assets for a poster without the PDF writer's fit: QR codes made here, a given type scale. */
export async function posterAssets(urls: string[], scale: number): Promise<DocxAssets> {
  const qr = new Map<string, Uint8Array>();
  for (const url of urls) qr.set(url, await qrPng(url, 4));
  return { qr, fit: { scale, overflow: false, height: 0 } };
}
