import type { ImageData } from './ast.js';

/**
 * Recognises a PNG or JPEG picture from its bytes and reads its size in pixels from the header
 * (PNG: the IHDR chunk; JPEG: the first start-of-frame segment). `undefined` for anything else,
 * or a header that is cut short or gives a zero size: writers only get pictures they can embed.
 */
export function imageData(bytes: Uint8Array): ImageData | undefined {
  return png(bytes) ?? jpeg(bytes);
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function uint32(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) >>> 0) + (bytes[at + 1]! << 16) + (bytes[at + 2]! << 8) + bytes[at + 3]!;
}

function uint16(bytes: Uint8Array, at: number): number {
  return (bytes[at]! << 8) + bytes[at + 1]!;
}

function sized(format: ImageData['format'], bytes: Uint8Array, pixelWidth: number, pixelHeight: number): ImageData | undefined {
  return pixelWidth > 0 && pixelHeight > 0 ? { format, bytes, pixelWidth, pixelHeight } : undefined;
}

function png(bytes: Uint8Array): ImageData | undefined {
  if (bytes.length < 24 || PNG_SIGNATURE.some((byte, i) => bytes[i] !== byte)) return undefined;
  // The first chunk is IHDR: length (4), type (4), width (4), height (4).
  if (String.fromCharCode(bytes[12]!, bytes[13]!, bytes[14]!, bytes[15]!) !== 'IHDR') return undefined;
  return sized('png', bytes, uint32(bytes, 16), uint32(bytes, 20));
}

/** Start-of-frame markers (baseline, progressive, lossless…), which carry the size. */
const START_OF_FRAME = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function jpeg(bytes: Uint8Array): ImageData | undefined {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    // Markers without a length: TEM, RST0–7 (SOI and EOI should not appear here).
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return undefined; // end of image, or scan data before any frame
    const length = uint16(bytes, at + 2);
    if (length < 2) return undefined;
    if (START_OF_FRAME.has(marker)) {
      // Length (2), sample precision (1), height (2), width (2).
      if (at + 9 > bytes.length) return undefined;
      return sized('jpeg', bytes, uint16(bytes, at + 7), uint16(bytes, at + 5));
    }
    at += 2 + length;
  }
  return undefined;
}
