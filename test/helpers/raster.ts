/**
 * Grey images for visual snapshots: binary PGM (`P5`, what `pdftoppm -gray` writes) read into
 * pixels, and a tolerant comparison (anti-aliasing and font rasterizing differ slightly between
 * Poppler versions; a moved or missing block does not).
 */

export interface GreyImage {
  width: number;
  height: number;
  /** One byte per pixel, row by row, 0 black to 255 white. */
  pixels: Uint8Array;
}

/** Reads a binary PGM with 8-bit samples; throws on anything else. */
export function readPgm(bytes: Uint8Array): GreyImage {
  let at = 0;
  const token = (): string => {
    for (;;) {
      while (at < bytes.length && /\s/.test(String.fromCharCode(bytes[at]!))) at++;
      // A comment runs to the end of its line.
      if (bytes[at] !== 0x23) break;
      while (at < bytes.length && bytes[at] !== 0x0a) at++;
    }
    const start = at;
    while (at < bytes.length && !/\s/.test(String.fromCharCode(bytes[at]!))) at++;
    return String.fromCharCode(...bytes.subarray(start, at));
  };
  const magic = token();
  const width = Number(token());
  const height = Number(token());
  const max = Number(token());
  if (magic !== 'P5' || !(width > 0) || !(height > 0) || max !== 255) {
    throw new Error(`not an 8-bit binary PGM (${magic} ${width}×${height}, max ${max})`);
  }
  // A single whitespace byte separates the header from the samples.
  const pixels = bytes.subarray(at + 1, at + 1 + width * height);
  if (pixels.length !== width * height) throw new Error(`PGM truncated: ${pixels.length} of ${width * height} pixels`);
  return { width, height, pixels };
}

export interface ImageDifference {
  /** Share (0–1) of pixels whose grey levels differ by more than the threshold; 1 when sizes differ. */
  share: number;
  /** Why the images cannot be compared pixel by pixel, if they cannot. */
  sizeMismatch?: string;
}

/** Share of pixels of `actual` that differ from `expected` by more than `threshold` grey levels. */
export function compareImages(actual: GreyImage, expected: GreyImage, threshold: number): ImageDifference {
  if (actual.width !== expected.width || actual.height !== expected.height) {
    return { share: 1, sizeMismatch: `${actual.width}×${actual.height} au lieu de ${expected.width}×${expected.height}` };
  }
  let differing = 0;
  for (let i = 0; i < actual.pixels.length; i++) {
    if (Math.abs(actual.pixels[i]! - expected.pixels[i]!) > threshold) differing++;
  }
  return { share: differing / actual.pixels.length };
}
