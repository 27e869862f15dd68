import { KitError } from '../diagnostics/index.js';
import { hexByte, quote } from './french.js';

const HINT = 'enregistrez le fichier en UTF-8 (Bloc-notes : « Enregistrer sous », Codage : UTF-8).';

/**
 * Strict UTF-8 decoding of a profile (reliability B2-8): a BOM is dropped, CRLF is left to the
 * YAML reader, and any invalid byte is a `ProfileEncoding` error giving its offset, line and
 * column, never a silent U+FFFD.
 */
export function decodeProfile(bytes: Uint8Array, file: string): string {
  if (isUtf16(bytes)) {
    throw new KitError({
      code: 'ProfileEncoding',
      message: 'profil non UTF-8 : le fichier est enregistré en UTF-16.',
      location: { file },
      expected: 'un fichier texte en UTF-8',
      hint: HINT,
    });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = Math.max(0, firstInvalidByte(bytes));
    const byte = bytes[offset] ?? 0;
    const { line, column } = positionOf(bytes, offset);
    return throwInvalid(file, offset, byte, line, column);
  }
}

function throwInvalid(file: string, offset: number, byte: number, line: number, column: number): never {
  // 0xA0–0xFF are the same characters in Windows-1252 and Latin-1: say which one the user typed.
  const latin = byte >= 0xa0 ? `${hexByte(byte)} est ${quote(String.fromCharCode(byte))} en Windows-1252 (« ANSI ») : ` : '';
  throw new KitError({
    code: 'ProfileEncoding',
    message: `profil non UTF-8 : octet ${hexByte(byte)} invalide à la position ${offset}.`,
    location: { file, line, column },
    actual: hexByte(byte),
    expected: 'un fichier texte en UTF-8',
    hint: `${latin}${HINT}`,
  });
}

function isUtf16(bytes: Uint8Array): boolean {
  const [a, b] = bytes;
  return (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff);
}

/** 1-based line and column (in characters) of a byte offset, counted over the valid prefix. */
function positionOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lines = prefix.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 };
}

/** Offset of the first byte that starts an ill-formed sequence (WHATWG UTF-8 decoder rules). */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return -1;
}

function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] ?? 0;
  if (lead < 0x80) return 1;
  let lower = 0x80;
  let upper = 0xbf;
  let needed: number;
  if (lead >= 0xc2 && lead <= 0xdf) needed = 1;
  else if (lead >= 0xe0 && lead <= 0xef) {
    needed = 2;
    if (lead === 0xe0) lower = 0xa0;
    if (lead === 0xed) upper = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    needed = 3;
    if (lead === 0xf0) lower = 0x90;
    if (lead === 0xf4) upper = 0x8f;
  } else return 0;
  for (let k = 1; k <= needed; k++) {
    const next = bytes[i + k];
    if (next === undefined || next < lower || next > upper) return 0;
    lower = 0x80;
    upper = 0xbf;
  }
  return needed + 1;
}
