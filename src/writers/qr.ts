import QRCode from 'qrcode';

/** The modules of a QR code: `size` × `size`, row by row, true for dark. */
export interface QrMatrix {
  size: number;
  dark: (row: number, column: number) => boolean;
}

/**
 * Error correction M (15 %): the usual choice for printed codes that may get a little dirty,
 * with fewer modules than Q or H so that they stay large at a given size.
 */
const OPTIONS = { errorCorrectionLevel: 'M' } as const;

/** The matrix of `text`, drawn by writers as vector squares (sharp at any size). */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, OPTIONS);
  return { size: modules.size, dark: (row, column) => modules.get(row, column) === 1 };
}

/**
 * A PNG of `text` for writers that need a picture (DOCX), with a quiet zone of `margin` modules
 * and `scale` pixels per module.
 */
export async function qrPng(text: string, margin: number, scale = 8): Promise<Uint8Array> {
  return new Uint8Array(await QRCode.toBuffer(text, { ...OPTIONS, margin, scale, type: 'png' }));
}
