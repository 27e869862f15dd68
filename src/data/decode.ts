import iconv from 'iconv-lite';
import { TextDecoder } from 'node:util';
import { KitError, warning, type Diagnostic } from '../diagnostics/index.js';
import { firstInvalidByte } from '../profile/decode.js';
import { hexByte, quote } from '../profile/french.js';
import { CSV_LIMITS } from './limits.js';

/** The encodings a CSV file is read in. */
export type CsvEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** What `--encoding` may force. */
export type ForcedEncoding = 'utf-8' | 'windows-1252';

export const ENCODING_LABELS: Readonly<Record<CsvEncoding, string>> = {
  'utf-8': 'UTF-8',
  'windows-1252': 'Windows-1252 (« ANSI »)',
  'utf-16le': 'UTF-16 (« Texte Unicode »)',
  'utf-16be': 'UTF-16 (gros-boutiste)',
};

export interface DecoderOptions {
  /** Name of the file, as shown in messages. */
  file: string;
  /** Forces the encoding (`--encoding`): no detection, no notice. */
  encoding?: ForcedEncoding | undefined;
  /** Bytes examined to choose the encoding, from the first non-ASCII byte (tests make it small). */
  window?: number;
}

const EXCEL_UTF8 = 'dans Excel : « Enregistrer sous », type « CSV UTF-8 (délimité par des virgules) »';

/**
 * Bytes of a CSV file → text, chunk by chunk (a character may be split between two chunks).
 *
 * How the encoding is chosen (reliability B3-1), when it is not forced:
 * - a UTF-16 byte order mark (FF FE, FE FF: Excel's « Texte Unicode ») → UTF-16;
 * - otherwise the bytes are ASCII up to the first byte ≥ 0x80, and ASCII reads the same in UTF-8
 *   and Windows-1252: that text comes out at once. From the first non-ASCII byte, up to
 *   `CSV_LIMITS.encodingWindow` bytes (64 KiB, or the rest of the file if shorter) are held back
 *   and checked: all valid UTF-8 → UTF-8; otherwise → Windows-1252, decoded with iconv-lite
 *   (not Node's `TextDecoder('windows-1252')`, wrong on Node ≥ 20.18.3, and not latin1, which
 *   turns œ € ’ into C1 control characters), with a warning saying so. A UTF-8 byte order mark
 *   settles it: UTF-8. Valid UTF-8 cut inside its last character (a truncated file) is UTF-8,
 *   and an error, unless that last byte is the only non-ASCII one (« Café » in Windows-1252).
 *   The result does not depend on how the file is cut into chunks.
 * - once UTF-8 is chosen, an invalid byte further on is a `CsvEncoding` error at its line: rows
 *   may already have been read as UTF-8, and two encodings are never mixed in one reading.
 */
export class CsvDecoder {
  private state: 'start' | 'undecided' | 'utf-8' | 'windows-1252' | 'utf-16' = 'start';
  private chosen: CsvEncoding | undefined;
  private held: Uint8Array = new Uint8Array(0);
  private utf8: TextDecoder | undefined;
  private utf16: TextDecoder | undefined;
  private bomSeen = false;
  /** Line breaks in the text given out so far (for the line of an encoding error). */
  private breaks = 0;
  private lastWasCr = false;
  /** Trailing bytes of the last chunk that start an incomplete UTF-8 sequence. */
  private tail: Uint8Array = new Uint8Array(0);
  private readonly window: number;
  private readonly file: string;
  private readonly forced: ForcedEncoding | undefined;
  /** The warning that the file was read as Windows-1252 (once the encoding is chosen). */
  notice: Diagnostic | undefined;

  constructor(options: DecoderOptions) {
    this.file = options.file;
    this.forced = options.encoding;
    this.window = Math.max(1, options.window ?? CSV_LIMITS.encodingWindow);
    if (this.forced === 'utf-8') this.useUtf8();
    if (this.forced === 'windows-1252') this.use1252();
  }

  /** The encoding used; `utf-8` for a file that is ASCII so far. */
  get encoding(): CsvEncoding {
    return this.chosen ?? 'utf-8';
  }

  /** True once the encoding is known (always, when forced). */
  get decided(): boolean {
    return this.chosen !== undefined;
  }

  write(chunk: Uint8Array): string {
    return this.count(this.decode(chunk, false));
  }

  /** The rest of the text at the end of the file. */
  end(): string {
    return this.count(this.decode(new Uint8Array(0), true));
  }

  private decode(chunk: Uint8Array, final: boolean): string {
    switch (this.state) {
      case 'start':
        return this.start(chunk, final);
      case 'undecided':
        return this.undecided(chunk, final);
      case 'utf-8':
        return this.decodeUtf8(chunk, final);
      case 'windows-1252':
        return chunk.length > 0 ? iconv.decode(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length), 'win1252') : '';
      case 'utf-16':
        return this.decodeUtf16(chunk, final);
    }
  }

  /** Waits for three bytes, to recognize a byte order mark. */
  private start(chunk: Uint8Array, final: boolean): string {
    const bytes = concat(this.held, chunk);
    if (bytes.length < 3 && !final) {
      this.held = bytes;
      return '';
    }
    this.held = new Uint8Array(0);
    const [a, b, c] = bytes;
    if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) {
      this.chosen = a === 0xff ? 'utf-16le' : 'utf-16be';
      this.state = 'utf-16';
      this.utf16 = new TextDecoder(this.chosen, { fatal: true });
      return this.decodeUtf16(bytes, final);
    }
    if (a === 0xef && b === 0xbb && c === 0xbf) {
      // Excel's « CSV UTF-8 »: the byte order mark says UTF-8 (TextDecoder drops it).
      this.bomSeen = true;
      this.useUtf8();
      return this.decodeUtf8(bytes, final);
    }
    this.state = 'undecided';
    return this.undecided(bytes, final);
  }

  private undecided(chunk: Uint8Array, final: boolean): string {
    let ascii = '';
    let rest = chunk;
    if (this.held.length === 0) {
      const first = chunk.findIndex((byte) => byte >= 0x80);
      if (first === -1 && !final) return asciiText(chunk);
      const end = first === -1 ? chunk.length : first;
      ascii = asciiText(chunk.subarray(0, end));
      rest = chunk.subarray(end);
    }
    this.held = concat(this.held, rest);
    if (this.held.length < this.window && !final) return ascii;
    const held = this.held;
    this.held = new Uint8Array(0);
    const invalid = invalidUtf8At(held, final);
    // Valid UTF-8 cut inside its last character (a truncated file) is still UTF-8, and an error;
    // unless that last byte is the only non-ASCII one: « Café » in Windows-1252 ends with E9.
    const truncated = final && invalid === held.length - incompleteTail(held).length && held.subarray(0, invalid).some((byte) => byte >= 0x80);
    if (invalid === -1 || truncated) {
      this.useUtf8();
      return ascii + this.decodeUtf8(held, final);
    }
    this.use1252();
    this.notice = this.windows1252Notice(held, invalid, ascii);
    return ascii + iconv.decode(Buffer.from(held), 'win1252');
  }

  private decodeUtf8(chunk: Uint8Array, final: boolean): string {
    const decoder = this.utf8!;
    try {
      const text = decoder.decode(chunk, { stream: !final });
      this.tail = incompleteTail(chunk.length >= 3 ? chunk : concat(this.tail, chunk));
      return text;
    } catch {
      const bytes = concat(this.tail, chunk);
      const at = firstInvalidByte(bytes);
      const cut = final && (at === -1 || at === bytes.length - incompleteTail(bytes).length);
      return this.failUtf8(bytes, at === -1 ? bytes.length : at, this.forced === 'utf-8' ? 'forced' : this.bomSeen ? 'bom' : 'mixed', cut);
    }
  }

  private decodeUtf16(chunk: Uint8Array, final: boolean): string {
    try {
      return this.utf16!.decode(chunk, { stream: !final });
    } catch {
      throw new KitError({
        code: 'CsvEncoding',
        message: `texte UTF-16 invalide vers la ligne ${this.breaks + 1}.`,
        location: { file: this.file, line: this.breaks + 1 },
        expected: 'un fichier CSV en UTF-8 ou en UTF-16 valide',
        hint: `le fichier est peut-être abîmé ; réenregistrez-le (${EXCEL_UTF8}).`,
      });
    }
  }

  private useUtf8(): void {
    this.chosen = 'utf-8';
    this.state = 'utf-8';
    this.utf8 = new TextDecoder('utf-8', { fatal: true });
  }

  private use1252(): void {
    this.chosen = 'windows-1252';
    this.state = 'windows-1252';
  }

  /** Counts the line breaks of text given out (CRLF, LF or CR: one each). */
  private count(text: string): string {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10) {
        if (!this.lastWasCr) this.breaks++;
        this.lastWasCr = false;
      } else if (code === 13) {
        this.breaks++;
        this.lastWasCr = true;
      } else this.lastWasCr = false;
    }
    return text;
  }

  /**
   * The line (1-based) of byte `offset` of `bytes`, which follow the text given out and then
   * `pending` (text of the current chunk not given out yet).
   */
  private lineOf(bytes: Uint8Array, offset: number, pending = ''): number {
    return this.breaks + countBreaks(pending) + countBreaks(new TextDecoder('utf-8').decode(bytes.subarray(0, offset))) + 1;
  }

  private windows1252Notice(bytes: Uint8Array, offset: number, pending: string): Diagnostic {
    const byte = bytes[offset] ?? 0;
    const char = iconv.decode(Buffer.from([byte]), 'win1252');
    const line = this.lineOf(bytes, offset, pending);
    return warning({
      code: 'CsvEncoding',
      message: `${this.file} n’est pas en UTF-8 : il a été lu en Windows-1252 (« ANSI », le « CSV (séparateur : point-virgule) » d’Excel).`,
      location: { file: this.file, line },
      actual: `octet ${hexByte(byte)} (${quote(char)} en Windows-1252), ligne ${line}`,
      expected: 'UTF-8',
      hint: `vérifiez les accents dans les lettres ; pour ne plus voir cet avertissement, passez --encoding windows-1252, ou enregistrez le fichier en UTF-8 (${EXCEL_UTF8}).`,
    });
  }

  private failUtf8(bytes: Uint8Array, offset: number, why: 'forced' | 'bom' | 'mixed', cut = false): never {
    const byte = bytes[offset];
    const line = this.lineOf(bytes, offset);
    const found = cut || byte === undefined ? `fin du fichier au milieu d’un caractère${byte === undefined ? '' : ` (octet ${hexByte(byte)})`}` : `octet ${hexByte(byte)}`;
    const latin = byte !== undefined && byte >= 0x80 ? ` (${quote(iconv.decode(Buffer.from([byte]), 'win1252'))} en Windows-1252)` : '';
    const messages = {
      forced: `${this.file} n’est pas en UTF-8 : ${found} invalide à la ligne ${line}.`,
      bom: `${this.file} commence par la marque UTF-8 (BOM) mais contient un ${found} invalide en UTF-8 à la ligne ${line}.`,
      mixed: `${this.file} mélange deux encodages : le début est en UTF-8, mais la ligne ${line} contient un ${found} invalide en UTF-8.`,
    } as const;
    const hints = {
      forced: `si le fichier vient d’Excel « CSV (séparateur : point-virgule) », passez --encoding windows-1252 ; sinon, enregistrez-le en UTF-8 (${EXCEL_UTF8}).`,
      bom: `le fichier a sans doute été assemblé à partir de plusieurs sources : ouvrez-le dans un tableur, vérifiez cette ligne et enregistrez-le de nouveau (${EXCEL_UTF8}).`,
      mixed: `aucune ligne n’est lue dans deux encodages : ouvrez le fichier dans un tableur, vérifiez cette ligne et enregistrez-le de nouveau en un seul encodage (${EXCEL_UTF8}) ; --encoding windows-1252 le lit tout entier en Windows-1252.`,
    } as const;
    if (cut) {
      throw new KitError({
        code: 'CsvEncoding',
        message: `${this.file} se termine au milieu d’un caractère UTF-8 (ligne ${line}) : le fichier est sans doute tronqué.`,
        location: { file: this.file, line },
        actual: found,
        expected: 'UTF-8',
        hint: 'vérifiez que le fichier a été copié ou téléchargé en entier, ou enregistrez-le de nouveau depuis le tableur.',
      });
    }
    throw new KitError({
      code: 'CsvEncoding',
      message: messages[why],
      location: { file: this.file, line },
      actual: `${found}${latin}`,
      expected: 'UTF-8',
      hint: hints[why],
    });
  }
}

/**
 * Offset of the first byte that is not valid UTF-8, or -1. Unless `final`, an incomplete
 * sequence at the very end is not counted as invalid (its next bytes are still to come).
 */
export function invalidUtf8At(bytes: Uint8Array, final: boolean): number {
  const limit = final ? bytes.length : bytes.length - incompleteTail(bytes).length;
  const at = firstInvalidByte(bytes.subarray(0, limit));
  if (at !== -1) return at;
  return limit < bytes.length && final ? limit : -1;
}

/** The trailing bytes that begin a UTF-8 sequence whose last bytes are missing (0 to 3 bytes). */
function incompleteTail(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if (byte < 0x80) return new Uint8Array(0);
    if (byte >= 0xc0) {
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return needed > back ? bytes.slice(bytes.length - back) : new Uint8Array(0);
    }
  }
  return new Uint8Array(0);
}

function asciiText(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function countBreaks(text: string): number {
  return (text.match(/\r\n|\r|\n/g) ?? []).length;
}

/** Decodes an async source of byte chunks (a file stream) into text chunks. */
export async function* decodeChunks(source: AsyncIterable<Uint8Array>, decoder: CsvDecoder): AsyncGenerator<string> {
  for await (const chunk of source) {
    const text = decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/** Bytes looked at to recognize a file that is not CSV text. */
export const PREFIX_BYTES = 512;

/**
 * Refuses, before any decoding, a file that is not text: an Excel workbook (.xlsx is a ZIP file,
 * .xls a Compound File) given to --csv by mistake, or binary data (a tenth of the first bytes or more
 * are NUL; also UTF-16 without its byte order mark, which kit cannot tell apart reliably).
 */
export function checkNotBinary(prefix: Uint8Array, file: string, complete: boolean): void {
  const [a, b, c, d] = prefix;
  const utf16 = (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff);
  // A stray NUL in a cell is removed with a warning (reliability B3-9); many of them are not text.
  const nuls = complete && !utf16 ? prefix.reduce((n, byte) => n + (byte === 0 ? 1 : 0), 0) : 0;
  let kind: string | undefined;
  if (a === 0x50 && b === 0x4b && c === 0x03 && d === 0x04) kind = 'un classeur Excel (.xlsx) ou un autre fichier compressé';
  else if (a === 0xd0 && b === 0xcf && c === 0x11 && d === 0xe0) kind = 'un classeur Excel 97-2003 (.xls)';
  else if (nuls > 0 && nuls >= prefix.length / 10) kind = 'un fichier binaire (ou du texte UTF-16 sans marque d’ordre des octets)';
  if (kind === undefined) return;
  throw new KitError({
    code: 'CsvRead',
    message: `${file} n’est pas un fichier CSV : c’est ${kind}.`,
    location: { file },
    expected: 'un fichier texte CSV',
    hint: 'ouvrez-le dans le tableur et choisissez « Enregistrer sous », type « CSV UTF-8 (délimité par des virgules) » ou « CSV (séparateur : point-virgule) ».',
  });
}
