import { ImageRun } from 'docx';
import type { ImageData } from '../../../document/ast.js';

/** docx sizes pictures in pixels at 96 to the inch. */
export function mmToPx(mm: number): number {
  return Math.max(1, Math.round((mm * 96) / 25.4));
}

export interface PictureOptions {
  bytes: Uint8Array;
  format: ImageData['format'];
  /** Display size in millimetres. */
  width: number;
  height: number;
  /** Alternative text, read by screen readers (`wp:docPr/@descr`). */
  description: string;
  name: string;
}

/** An inline picture. */
export function pictureRun({ bytes, format, width, height, description, name }: PictureOptions): ImageRun {
  return new ImageRun({
    type: format === 'jpeg' ? 'jpg' : 'png',
    data: bytes,
    transformation: { width: mmToPx(width), height: mmToPx(height) },
    altText: { name, description, title: description },
  });
}

/** The height of a picture shown `width` mm wide, keeping its ratio. */
export function heightFor(data: Pick<ImageData, 'pixelWidth' | 'pixelHeight'>, width: number): number {
  return data.pixelWidth > 0 ? (width * data.pixelHeight) / data.pixelWidth : width;
}
