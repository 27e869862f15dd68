import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Document } from 'docx';
import { fontBytes, type FontStyle } from '../fonts.js';

/**
 * Embedding the fonts without compressing them for every letter.
 *
 * An embedded face is the TTF with its first 32 bytes XORed with the document's key (ODTTF
 * obfuscation); docx deflates the whole 380 kB face again for every file, which costs ~50 ms a
 * letter. Here docx is given only those 32 bytes, which it obfuscates and zips as usual; then each
 * face's zip entry is completed with the rest of the face, deflated once per process. DEFLATE
 * allows it: the entry's data becomes a stored block holding the 32 obfuscated bytes, followed by
 * the rest of the face compressed on its own.
 */

/** The bytes of a face that obfuscation changes. */
export const OBFUSCATED_HEAD = 32;

/** What docx is given for a face: the bytes it obfuscates, and nothing else. */
export function faceHead(style: FontStyle): Buffer {
  return fontBytes(style).subarray(0, OBFUSCATED_HEAD);
}

type FontFiles = Document['FontTable']['files'];

interface Tail {
  raw: Uint8Array;
  deflated: Uint8Array;
}

const tails = new Map<FontStyle, Tail>();

function tailOf(style: FontStyle): Tail {
  let tail = tails.get(style);
  if (!tail) {
    const raw = fontBytes(style).subarray(OBFUSCATED_HEAD);
    tail = { raw, deflated: deflateRawSync(raw) };
    tails.set(style, tail);
  }
  return tail;
}

function styleOf(bold: boolean, italic: boolean): FontStyle {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}

interface Entry {
  data: Uint8Array;
  crc: number;
  size: number;
}

/** The whole face: a stored block with the obfuscated head, then the rest, deflated once. */
function faceEntry(head: Uint8Array, style: FontStyle): Entry {
  if (head.length !== OBFUSCATED_HEAD) {
    throw new Error(`Unexpected embedded font entry of ${head.length} bytes, expected ${OBFUSCATED_HEAD}`);
  }
  const tail = tailOf(style);
  const data = new Uint8Array(5 + head.length + tail.deflated.length);
  // Block header: BFINAL 0, BTYPE 00 (stored), padded to the byte; then LEN and its complement.
  data[0] = 0;
  data[1] = head.length & 0xff;
  data[2] = head.length >> 8;
  data[3] = ~head.length & 0xff;
  data[4] = (~head.length >> 8) & 0xff;
  data.set(head, 5);
  data.set(tail.deflated, 5 + head.length);
  return { data, crc: crc32(tail.raw, crc32(head)), size: head.length + tail.raw.length };
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

function findEnd(view: DataView): number {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END) return at;
  }
  throw new Error('Unexpected DOCX package: no end of central directory');
}

/** MS-DOS date and time of a zip entry, in UTC so that a date gives the same bytes everywhere. */
function dosDateTime(date: Date): { time: number; day: number } {
  const year = date.getUTCFullYear();
  if (year < 1980) return { time: 0, day: (1 << 5) | 1 };
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    day: ((Math.min(year, 2107) - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/**
 * Rewrites the package docx made: every embedded face gets its full data, and with a fixed date
 * every entry gets that date (zip entries are otherwise stamped with the current time).
 */
export function completePackage(zip: Uint8Array, fonts: FontFiles, date?: Date): Uint8Array {
  const faces = new Map<string, FontStyle>(
    fonts.map((file, index) => [`word/fonts/font${index + 1}.odttf`, styleOf(file.bold, file.italic)]),
  );
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = findEnd(view);
  const count = view.getUint16(end + 10, true);
  const stamp = date ? dosDateTime(date) : undefined;
  const decoder = new TextDecoder();

  const parts: Uint8Array[] = [];
  const records: Uint8Array[] = [];
  let offset = 0;
  let completed = 0;
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== CENTRAL) throw new Error('Unexpected DOCX package: bad central directory');
    const nameLength = view.getUint16(at + 28, true);
    const recordLength = 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const record = zip.slice(at, at + recordLength);
    const name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL || (view.getUint16(at + 8, true) & 0x08) !== 0) {
      throw new Error(`Unexpected DOCX package: entry ${name}`);
    }
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const header = zip.slice(local, start);
    let data = zip.subarray(start, start + view.getUint32(at + 20, true));

    const face = faces.get(name);
    if (face) {
      const method = view.getUint16(at + 10, true);
      if (method !== 0 && method !== 8) throw new Error(`Unexpected DOCX package: method ${method} for ${name}`);
      const entry = faceEntry(method === 8 ? inflateRawSync(data) : data, face);
      data = entry.data;
      completed += 1;
      for (const [bytes, base] of [
        [header, 8],
        [record, 10],
      ] as const) {
        const fields = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        fields.setUint16(base, 8, true);
        fields.setUint32(base + 6, entry.crc, true);
        fields.setUint32(base + 10, data.length, true);
        fields.setUint32(base + 14, entry.size, true);
      }
    }
    if (stamp) {
      for (const [bytes, base] of [
        [header, 10],
        [record, 12],
      ] as const) {
        const fields = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        fields.setUint16(base, stamp.time, true);
        fields.setUint16(base + 2, stamp.day, true);
      }
    }
    new DataView(record.buffer).setUint32(42, offset, true);
    parts.push(header, data);
    offset += header.length + data.length;
    records.push(record);
    at += recordLength;
  }
  if (completed !== faces.size) throw new Error('Unexpected DOCX package: an embedded font is missing');
  const directorySize = records.reduce((sum, record) => sum + record.length, 0);
  const tail = zip.slice(end);
  const tailView = new DataView(tail.buffer);
  tailView.setUint32(12, directorySize, true);
  tailView.setUint32(16, offset, true);

  const out = new Uint8Array(offset + directorySize + tail.length);
  let position = 0;
  for (const part of [...parts, ...records, tail]) {
    out.set(part, position);
    position += part.length;
  }
  return out;
}
