import { createHash } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';
import { Packer, type Document } from 'docx';
import { fontBytes, type FontStyle } from '../fonts.js';
import { knownParts, learnParts } from './formatted-parts.js';
import { stableIds } from './stable-ids.js';

/**
 * The DOCX package (a zip file) of a docx document, zipped here rather than by docx's Packer, so
 * that what is the same in every file of a batch is compressed once per process.
 *
 * - Parts: docx's compiler gives each part's XML; a part identical to the one of the previous
 *   file (styles, numbering, theme, settings… everything but the document, its headers and its
 *   properties, in a batch of letters) reuses that file's compressed bytes. docx's Packer would
 *   deflate the 45 kB of them again for every letter.
 * - Fonts: an embedded face is the TTF with its first 32 bytes XORed with the face's key (ODTTF
 *   obfuscation); docx would deflate the whole 380 kB face for every file (~50 ms). docx is
 *   given only those 32 bytes; the face's entry, made once per process, is a stored block
 *   holding them obfuscated with a key of ours (`stableFontKey`: docx draws one at random),
 *   followed by the rest of the face deflated (DEFLATE allows it).
 * - Random ids: docx's relationship and drawing ids are made stable too (`stable-ids.ts`), so
 *   that the same document gives the same bytes.
 *
 * Zipping is ours because Node has no zip writer and neither docx nor fflate can take data
 * already compressed; docx's compiler is not in its typings (`Packer.compiler`, docx 9).
 */

/** The bytes of a face that obfuscation changes. */
export const OBFUSCATED_HEAD = 32;

/** What docx is given for a face: the bytes it obfuscates, and nothing else. */
export function faceHead(style: FontStyle): Buffer {
  return fontBytes(style).subarray(0, OBFUSCATED_HEAD);
}

function styleOf(bold: boolean, italic: boolean): FontStyle {
  if (bold) return italic ? 'boldItalic' : 'bold';
  return italic ? 'italic' : 'regular';
}

/** A zip entry's data: compressed (raw DEFLATE), with the CRC-32 and size of what it holds. */
interface Entry {
  data: Uint8Array;
  crc: number;
  size: number;
}

/** Each face's entry, built once per process: with its stable key, it is the same in every file. */
const faceEntries = new Map<FontStyle, Entry>();

/**
 * The whole face: a stored block with the head obfuscated with the face's key (ECMA-376 Part 2,
 * §17.8.1, as docx does it), then the rest, deflated (DEFLATE allows it).
 */
function faceEntry(style: FontStyle): Entry {
  let entry = faceEntries.get(style);
  if (entry) return entry;
  const key = Buffer.from(stableFontKey(style).replace(/-/g, ''), 'hex').reverse();
  const head = faceHead(style).map((byte, i) => byte ^ key[i % key.length]!);
  const raw = fontBytes(style).subarray(OBFUSCATED_HEAD);
  const deflated = deflateRawSync(raw);
  const data = new Uint8Array(5 + head.length + deflated.length);
  // Block header: BFINAL 0, BTYPE 00 (stored), padded to the byte; then LEN and its complement.
  data[0] = 0;
  data[1] = head.length & 0xff;
  data[2] = head.length >> 8;
  data[3] = ~head.length & 0xff;
  data[4] = (~head.length >> 8) & 0xff;
  data.set(head, 5);
  data.set(deflated, 5 + head.length);
  entry = { data, crc: crc32(raw, crc32(head)), size: head.length + raw.length };
  faceEntries.set(style, entry);
  return entry;
}

type PartData = string | Uint8Array;

/** docx's compiler: the parts of the package by path, in zip order. */
interface Compiler {
  compile(file: Document, prettify: undefined, overrides: readonly { path: string; data: PartData }[]): Map<string, PartData>;
}

function compilerOf(): Compiler {
  const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
  if (typeof compiler?.compile !== 'function') throw new Error('Unexpected docx version: no Packer.compiler');
  return compiler;
}

/** The last compressed text of each part path: a batch's files share most of their parts. */
const previous = new Map<string, { text: string; entry: Entry }>();

const encoder = new TextEncoder();

function partEntry(path: string, data: PartData): Entry {
  if (typeof data !== 'string') return deflated(data);
  const known = previous.get(path);
  if (known?.text === data) return known.entry;
  const entry = deflated(encoder.encode(data));
  previous.set(path, { text: data, entry });
  return entry;
}

function deflated(bytes: Uint8Array): Entry {
  return { data: deflateRawSync(bytes), crc: crc32(bytes), size: bytes.length };
}

/**
 * The DOCX file of `file`, its parts replaced by `overrides` (docProps/core.xml), every entry
 * dated `date` (default: now).
 */
export function packDocx(file: Document, overrides: readonly { path: string; data: string }[] = [], date: Date = new Date()): Uint8Array {
  const faces = new Map(
    file.FontTable.files.map((face, index) => [`word/fonts/font${index + 1}.odttf`, { style: styleOf(face.bold, face.italic), key: face.fontKey }]),
  );
  const parts = compilerOf().compile(file, undefined, [...knownParts(file), ...overrides]);
  learnParts(file, parts);
  stableIds(parts);
  stableFontKeys(parts, [...faces.values()]);
  const entries: [string, Entry][] = [];
  for (const [path, data] of parts) {
    const face = faces.get(path);
    if (face && typeof data !== 'string') {
      checkHead(data);
      entries.push([path, faceEntry(face.style)]);
    } else if (face) throw new Error(`Unexpected DOCX part: ${path} as text`);
    else entries.push([path, partEntry(path, data)]);
  }
  if (entries.filter(([path]) => faces.has(path)).length !== faces.size) throw new Error('Unexpected DOCX package: an embedded font is missing');
  return zip(entries, dosDateTime(date));
}

const fontKeys = new Map<FontStyle, string>();

/**
 * The key of an embedded face, the same at every run (docx draws a random one: the same
 * document gave a different DOCX each time, where SOURCE_DATE_EPOCH promises the same bytes).
 * Obfuscation only keeps a face from being installed by copying it out of the package: the key
 * is not a secret, it is derived from the face's name.
 */
function stableFontKey(style: FontStyle): string {
  let key = fontKeys.get(style);
  if (!key) {
    const hex = createHash('sha256').update(`kit-citoyen ${style}`).digest('hex').toUpperCase();
    key = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
    fontKeys.set(style, key);
  }
  return key;
}

/** The font table with each face's stable key instead of docx's random one. */
function stableFontKeys(parts: Map<string, string | Uint8Array>, faces: readonly { style: FontStyle; key: string }[]): void {
  if (faces.length === 0) return;
  let table = parts.get(FONT_TABLE);
  for (const { style, key } of faces) {
    const given = `w:fontKey="{${key.toUpperCase()}}"`;
    if (typeof table !== 'string' || !table.includes(given)) throw new Error('Unexpected DOCX package: an embedded font’s key is not in the font table');
    table = table.replace(given, `w:fontKey="{${stableFontKey(style)}}"`);
  }
  parts.set(FONT_TABLE, table!);
}

const FONT_TABLE = 'word/fontTable.xml';

/** docx obfuscates the first bytes of a face only (faceHead), with its random key: `faceEntry` does it with ours. */
function checkHead(given: Uint8Array): void {
  if (given.length !== OBFUSCATED_HEAD) {
    throw new Error(`Unexpected embedded font entry of ${given.length} bytes, expected ${OBFUSCATED_HEAD}`);
  }
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

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
/** Version 2.0 of the zip format: DEFLATE. */
const VERSION = 20;
/** General purpose flag: names in UTF-8. */
const UTF8 = 0x0800;

/** A zip file of DEFLATE entries (APPNOTE 6.3: local headers and data, central directory, end record). */
function zip(entries: readonly [string, Entry][], stamp: { time: number; day: number }): Uint8Array {
  const names = entries.map(([path]) => encoder.encode(path));
  const localSize = entries.reduce((sum, [, entry], i) => sum + 30 + names[i]!.length + entry.data.length, 0);
  const centralSize = names.reduce((sum, name) => sum + 46 + name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  const common = (base: number, entry: Entry, name: Uint8Array) => {
    view.setUint16(base, VERSION, true);
    view.setUint16(base + 2, UTF8, true);
    view.setUint16(base + 4, 8, true);
    view.setUint16(base + 6, stamp.time, true);
    view.setUint16(base + 8, stamp.day, true);
    view.setUint32(base + 10, entry.crc, true);
    view.setUint32(base + 14, entry.data.length, true);
    view.setUint32(base + 18, entry.size, true);
    view.setUint16(base + 22, name.length, true);
  };
  entries.forEach(([, entry], i) => {
    const name = names[i]!;
    offsets.push(at);
    view.setUint32(at, LOCAL, true);
    common(at + 4, entry, name);
    out.set(name, at + 30);
    out.set(entry.data, at + 30 + name.length);
    at += 30 + name.length + entry.data.length;
  });
  const central = at;
  entries.forEach(([, entry], i) => {
    const name = names[i]!;
    view.setUint32(at, CENTRAL, true);
    view.setUint16(at + 4, VERSION, true);
    common(at + 6, entry, name);
    view.setUint32(at + 42, offsets[i]!, true);
    out.set(name, at + 46);
    at += 46 + name.length;
  });
  view.setUint32(at, END, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - central, true);
  view.setUint32(at + 16, central, true);
  return out;
}
