/**
 * Reading back the objects of a PDF this program wrote (pdfkit's output: one cross-reference
 * table, no object streams, direct stream lengths), so that a batch's print file can take each
 * recipient's pages as they are (volume.ts) instead of drawing them a second time. Not a general
 * PDF parser: pdf.js and pdf-lib read any PDF, at many times the cost of this one-pass reader of
 * a known shape, and the print file reads thousands of letters. Anything outside that shape is
 * an error, never a guess.
 */

/** A PDF value: atoms kept as their source text (numbers, names, strings, booleans), refs, arrays, dictionaries. */
export type PdfValue = PdfAtom | PdfRef | PdfValue[] | PdfDict;
export interface PdfAtom {
  atom: string;
}
export interface PdfRef {
  ref: number;
}
/** Keys without their slash, in file order. */
export type PdfDict = Map<string, PdfValue>;

export interface PdfObject {
  value: PdfValue;
  /** The stream's bytes, as stored (still encoded). */
  stream?: Uint8Array;
}

const HEADER = /(\d+) (\d+) obj[\0\t\n\f\r ]*/y;

/**
 * Character classes of PDF syntax, by char code: white space, delimiters, the rest regular.
 * Tokens are scanned by hand, char code by char code: a sticky regular expression allocates its
 * match at every call, and a print file reads tens of thousands of tokens per hundred letters.
 */
const WHITE = 1;
const DELIMITER = 2;
const CLASS = new Uint8Array(256);
for (const c of '\0\t\n\f\r ') CLASS[c.charCodeAt(0)] = WHITE;
for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = DELIMITER;
const regular = (code: number) => code > 255 || CLASS[code] === 0;
const digit = (code: number) => code >= 48 && code <= 57;
const hexDigit = (code: number) => digit(code) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);

function malformed(what: string, at: number): Error {
  return new Error(`PDF illisible pour le fichier à imprimer : ${what} (octet ${at}).`);
}

export class PdfFile {
  private readonly text: string;
  private readonly offsets: number[] = [];

  constructor(private readonly bytes: Uint8Array) {
    this.text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    this.readXref();
  }

  /** The trailer's dictionary. */
  get trailer(): PdfDict {
    const at = this.text.lastIndexOf('trailer');
    if (at < 0) throw malformed('pas de « trailer »', this.text.length);
    return asDict(this.valueAt(at + 'trailer'.length)[0], at);
  }

  /** The pages, in order (pdfkit writes one flat page tree). */
  pageIds(): number[] {
    const catalog = asDict(this.object(refOf(this.trailer.get('Root'))).value, 0);
    const pages = asDict(this.object(refOf(catalog.get('Pages'))).value, 0);
    const kids = pages.get('Kids');
    if (!Array.isArray(kids)) throw malformed('arbre des pages sans /Kids', 0);
    return kids.map(refOf);
  }

  object(id: number): PdfObject {
    const offset = this.offsets[id];
    if (offset === undefined) throw malformed(`objet ${id} absent de la table des références`, this.text.length);
    HEADER.lastIndex = offset;
    const header = HEADER.exec(this.text);
    if (!header || Number(header[1]) !== id) throw malformed(`objet ${id} introuvable à son adresse`, offset);
    const [value, end] = this.valueAt(HEADER.lastIndex);
    let at = this.skipSpace(end);
    if (!this.text.startsWith('stream', at)) return { value };
    at += 'stream'.length;
    at += this.text.startsWith('\r\n', at) ? 2 : this.text[at] === '\n' ? 1 : 0;
    const length = asDict(value, offset).get('Length');
    const size = length && 'atom' in length ? Number(length.atom) : NaN;
    if (!Number.isInteger(size) || at + size > this.bytes.length) throw malformed(`longueur du flux de l’objet ${id}`, offset);
    return { value, stream: this.bytes.subarray(at, at + size) };
  }

  /** pdfkit writes one subsection of 20-byte entries (« 0000012345 00000 n \\n »). */
  private readXref(): void {
    const start = this.text.lastIndexOf('startxref');
    const xref = Number(/startxref\s+(\d+)/.exec(this.text.slice(start))?.[1]);
    const section = /xref\r?\n(\d+) (\d+)\r?\n/y;
    section.lastIndex = xref;
    const match = start < 0 ? null : section.exec(this.text);
    if (!match) throw malformed('table des références introuvable', start);
    const [first, count] = [Number(match[1]), Number(match[2])];
    for (let i = 0, at = section.lastIndex; i < count; i++, at += 20) {
      if (this.text[at + 17] === 'n') this.offsets[first + i] = Number(this.text.slice(at, at + 10));
    }
  }

  /** Past white space and comments. */
  private skipSpace(at: number): number {
    const s = this.text;
    while (at < s.length) {
      const code = s.charCodeAt(at);
      if (code === 37 /* % */) while (at < s.length && s[at] !== '\r' && s[at] !== '\n') at++;
      else if (code < 256 && CLASS[code] === WHITE) at++;
      else break;
    }
    return at;
  }

  /** Past a run of regular characters. */
  private skipRegular(at: number): number {
    const s = this.text;
    while (at < s.length && regular(s.charCodeAt(at))) at++;
    return at;
  }

  /** Past a run of digits. */
  private skipDigits(at: number): number {
    const s = this.text;
    while (at < s.length && digit(s.charCodeAt(at))) at++;
    return at;
  }

  /** Past white space only (between the numbers of a reference). */
  private skipWhite(at: number): number {
    const s = this.text;
    while (at < s.length && s.charCodeAt(at) < 256 && CLASS[s.charCodeAt(at)] === WHITE) at++;
    return at;
  }

  /** The end of a reference « n g R » whose first number ends at `end`, or -1 if it is not one. */
  private refEnd(end: number): number {
    const s = this.text;
    const generation = this.skipWhite(end);
    if (generation === end) return -1;
    const afterGeneration = this.skipDigits(generation);
    if (afterGeneration === generation) return -1;
    const r = this.skipWhite(afterGeneration);
    if (r === afterGeneration || s[r] !== 'R') return -1;
    return r + 1 < s.length && regular(s.charCodeAt(r + 1)) ? -1 : r + 1;
  }

  /** The value starting at `at` (after spaces), and where it ends. */
  private valueAt(start: number): [PdfValue, number] {
    const s = this.text;
    const at = this.skipSpace(start);
    const c = s[at];
    if (c === '<' && s[at + 1] === '<') {
      const dict: PdfDict = new Map();
      let next = this.skipSpace(at + 2);
      while (!(s[next] === '>' && s[next + 1] === '>')) {
        if (s[next] !== '/') throw malformed('clé de dictionnaire attendue', next);
        const keyEnd = this.skipRegular(next + 1);
        const [value, end] = this.valueAt(keyEnd);
        dict.set(s.slice(next + 1, keyEnd), value);
        next = this.skipSpace(end);
      }
      return [dict, next + 2];
    }
    if (c === '[') {
      const array: PdfValue[] = [];
      let next = this.skipSpace(at + 1);
      while (s[next] !== ']') {
        if (next >= s.length) throw malformed('tableau non fermé', at);
        const [value, end] = this.valueAt(next);
        array.push(value);
        next = this.skipSpace(end);
      }
      return [array, next + 1];
    }
    if (c === '(') {
      let depth = 0;
      for (let i = at; i < s.length; i++) {
        const ch = s[i];
        if (ch === '\\') i++;
        else if (ch === '(') depth++;
        else if (ch === ')' && --depth === 0) return [{ atom: s.slice(at, i + 1) }, i + 1];
      }
      throw malformed('chaîne non fermée', at);
    }
    if (c === '/') {
      const end = this.skipRegular(at + 1);
      return [{ atom: s.slice(at, end) }, end];
    }
    if (c === '<') {
      let end = at + 1;
      while (end < s.length && (hexDigit(s.charCodeAt(end)) || CLASS[s.charCodeAt(end)] === WHITE)) end++;
      if (s[end] === '>') return [{ atom: s.slice(at, end + 1) }, end + 1];
    }
    const digits = this.skipDigits(at);
    if (digits > at) {
      const end = this.refEnd(digits);
      if (end >= 0) return [{ ref: Number(s.slice(at, digits)) }, end];
    }
    const end = this.skipRegular(at);
    if (end === at) throw malformed(`valeur attendue, « ${s.slice(at, at + 10)} » trouvé`, at);
    return [{ atom: s.slice(at, end) }, end];
  }
}

export function isDict(value: PdfValue | undefined): value is PdfDict {
  return value instanceof Map;
}

function asDict(value: PdfValue, at: number): PdfDict {
  if (!isDict(value)) throw malformed('dictionnaire attendu', at);
  return value;
}

export function refOf(value: PdfValue | undefined): number {
  if (value && !Array.isArray(value) && !isDict(value) && 'ref' in value) return value.ref;
  throw malformed('référence attendue', 0);
}

/** `value` as PDF text, each reference renamed by `rename`. */
export function serialize(value: PdfValue, rename: (id: number) => number): string {
  if (isDict(value)) {
    let text = '<<';
    for (const [key, entry] of value) text += `\n/${key} ${serialize(entry, rename)}`;
    return `${text}\n>>`;
  }
  if (Array.isArray(value)) return `[${value.map((entry) => serialize(entry, rename)).join(' ')}]`;
  return 'ref' in value ? `${rename(value.ref)} 0 R` : value.atom;
}
