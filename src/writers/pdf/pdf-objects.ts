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
  /** The same bytes as a one-byte string (a cheap slice of the file's text). */
  streamText?: string;
}

const SPACE = /[\0\t\n\f\r ]*(?:%[^\r\n]*[\0\t\n\f\r ]*)*/y;
const REF = /(\d+)[\0\t\n\f\r ]+\d+[\0\t\n\f\r ]+R(?![^\0\t\n\f\r ()<>[\]{}/%])/y;
const REGULAR = /[^\0\t\n\f\r ()<>[\]{}/%]+/y;
const NAME = /\/[^\0\t\n\f\r ()<>[\]{}/%]*/y;
const HEX = /<[0-9A-Fa-f\0\t\n\f\r ]*>/y;
const HEADER = /(\d+) (\d+) obj[\0\t\n\f\r ]*/y;

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
    return { value, stream: this.bytes.subarray(at, at + size), streamText: this.text.slice(at, at + size) };
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

  private skipSpace(at: number): number {
    SPACE.lastIndex = at;
    SPACE.exec(this.text);
    return SPACE.lastIndex;
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
        NAME.lastIndex = next;
        const key = NAME.exec(s);
        if (!key) throw malformed('clé de dictionnaire attendue', next);
        const [value, end] = this.valueAt(NAME.lastIndex);
        dict.set(key[0].slice(1), value);
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
    const pattern = c === '<' ? HEX : c === '/' ? NAME : REF;
    pattern.lastIndex = at;
    const match = pattern.exec(s);
    if (match && pattern === REF) return [{ ref: Number(match[1]) }, REF.lastIndex];
    if (match) return [{ atom: match[0] }, pattern.lastIndex];
    REGULAR.lastIndex = at;
    const token = REGULAR.exec(s);
    if (!token) throw malformed(`valeur attendue, « ${s.slice(at, at + 10)} » trouvé`, at);
    return [{ atom: token[0] }, REGULAR.lastIndex];
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
