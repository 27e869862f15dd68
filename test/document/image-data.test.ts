import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { imageData } from '../../src/document/image-data.js';

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  Buffer.from(data).copy(out, 8);
  return out; // CRC left at zero: only the header is read
}

/** A PNG of `width` × `height` grey pixels. */
function png(width: number, height: number): Uint8Array {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8);
  const rows = Buffer.alloc((width + 1) * height, 0x80);
  return new Uint8Array(
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', new Uint8Array())]),
  );
}

/** The segments of a JPEG up to its frame header: SOI, APP0 (JFIF), a fill byte, SOFn. */
function jpeg(width: number, height: number, frame = 0xc0): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
  const sof = [0xff, frame, 0x00, 0x0b, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x01, 0x01, 0x11, 0x00];
  return new Uint8Array([0xff, 0xd8, ...app0, 0xff, ...sof, 0xff, 0xd9]);
}

describe('imageData', () => {
  it('reads the format and pixel size of a PNG', () => {
    const bytes = png(300, 120);
    expect(imageData(bytes)).toEqual({ format: 'png', bytes, pixelWidth: 300, pixelHeight: 120 });
  });

  it('reads the format and pixel size of baseline and progressive JPEGs', () => {
    const bytes = jpeg(1024, 768);
    expect(imageData(bytes)).toEqual({ format: 'jpeg', bytes, pixelWidth: 1024, pixelHeight: 768 });
    expect(imageData(jpeg(640, 480, 0xc2))).toMatchObject({ format: 'jpeg', pixelWidth: 640, pixelHeight: 480 });
  });

  it.each([
    ['empty', new Uint8Array()],
    ['a GIF', new TextEncoder().encode('GIF89a\x01\x00\x01\x00')],
    ['an SVG', new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['a PDF', new TextEncoder().encode('%PDF-1.7\n')],
    ['a PNG cut short', png(10, 10).slice(0, 20)],
    ['a PNG of zero width', png(0, 10)],
    ['a JPEG without a frame', new Uint8Array([0xff, 0xd8, 0xff, 0xd9])],
    ['a JPEG cut inside its frame header', jpeg(10, 10).slice(0, 26)],
    ['a JPEG of zero height', jpeg(10, 0)],
  ])('refuses %s', (_, bytes) => {
    expect(imageData(bytes)).toBeUndefined();
  });
});
