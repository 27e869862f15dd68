import type { Doc } from './flow.js';
import { collect, createShell, type FileMeta } from './index.js';
import { isDict, PdfFile, serialize, type PdfDict, type PdfValue } from './pdf-objects.js';

export interface VolumeOptions extends FileMeta {
  /** The documents' language (the catalog's /Lang). */
  lang: string;
  /** Start every document on an odd page (a blank page after one with an odd page count). */
  duplex: boolean;
}

/** What the volume uses of pdfkit's document and references (not in its typings). */
interface DocInternals {
  _offset: number;
  _write(data: Uint8Array): void;
  _refEnd(ref: RefInternals): void;
  _root: { data: { Pages: { data: { Kids: unknown[]; Count: number } } } };
  ref(data?: object): RefInternals;
}
interface RefInternals {
  id: number;
  offset: number;
  finalize(): void;
  end(): void;
}

/** Entries of a page that belong to its file (its page tree, its structure tree), not to the page. */
const FILE_ENTRIES = new Set(['Parent', 'StructParents', 'Tabs']);
/** Entries of an annotation that point into its file's structure tree or back to its page. */
const ANNOTATION_FILE_ENTRIES = new Set(['P', 'StructParent']);
/** What a blank page (duplex) takes from the page before it: it is a page of the same size. */
const BOXES = ['Type', 'MediaBox', 'CropBox', 'BleedBox', 'TrimBox', 'ArtBox', 'UserUnit'];

const latin1 = (text: string) => Buffer.from(text, 'latin1');

/**
 * The print file of a batch: the pages of its documents' own PDF files, in order, copied as
 * they are (content streams byte for byte), so a page of the volume is the page of the
 * recipient's file, at the cost of reading it back rather than drawing it again (a third of a
 * batch's time when it was drawn twice). What the pages use (fonts, images, graphic states) is
 * written once per volume when it is the same as an earlier page's: the letters of a batch ask
 * for stable font subsets (font-subsets.ts), so their letters nearly always share their fonts.
 * Objects are written out as they are copied: memory holds the file's bytes and one key per
 * shared resource. The volume is not tagged: each recipient's own file is the accessible one.
 */
export class PdfVolume {
  private state?: { doc: Doc & DocInternals; bytes: Promise<Uint8Array> };
  private pages = 0;
  /**
   * Resources already in the volume, by their text (references renamed): each one's stream (a
   * copy, not a view that would keep its letter's file) and object number.
   */
  private readonly shared = new Map<string, { stream: Uint8Array | undefined; id: number }[]>();

  constructor(private readonly options: VolumeOptions) {}

  /** Appends the pages of `pdf` (a file of this program); returns their count (blank page excluded). */
  add(pdf: Uint8Array): { pages: number } {
    const file = new PdfFile(pdf);
    const ids = file.pageIds();
    const copied = new Map<number, number>();
    let last: PdfDict | undefined;
    for (const id of ids) {
      last = page(file, id);
      this.addPage(this.pageText(file, last, copied));
    }
    if (this.options.duplex && ids.length % 2 === 1 && last) {
      this.addPage(this.pageText(file, new Map([...last].filter(([key]) => BOXES.includes(key))).set('Resources', new Map()), copied));
    }
    return { pages: ids.length };
  }

  /** The whole file. */
  async finish(): Promise<{ bytes: Uint8Array; pages: number }> {
    if (this.pages === 0) throw new Error('empty volume');
    const { doc, bytes } = this.open();
    doc.end();
    return { bytes: await bytes, pages: this.pages };
  }

  private open() {
    if (!this.state) {
      const doc = createShell({ ...this.options, tagged: false }, this.options.lang) as Doc & DocInternals;
      this.state = { doc, bytes: collect(doc) };
    }
    return this.state;
  }

  /** The page's dictionary as text, what it refers to copied first. */
  private pageText(file: PdfFile, dict: PdfDict, copied: Map<number, number>): string {
    let text = '<<';
    for (const [key, value] of dict) {
      if (FILE_ENTRIES.has(key)) continue;
      const resources = key === 'Resources';
      text += `\n/${key} ${serialize(value, (id) => this.copy(file, id, resources, copied, new Set()))}`;
    }
    return `${text}\n/Parent ${this.open().doc._root.data.Pages.toString()}\n>>`;
  }

  private addPage(text: string): void {
    const ref = this.write(text);
    const pages = this.open().doc._root.data.Pages.data;
    pages.Kids.push(ref);
    pages.Count++;
    this.pages++;
  }

  /**
   * Copies object `id` of `file` and what it refers to; a resource (`shared`) that the volume
   * already holds is not written again.
   */
  private copy(file: PdfFile, id: number, shared: boolean, copied: Map<number, number>, path: Set<number>): number {
    const done = copied.get(id);
    if (done !== undefined) return done;
    if (path.has(id)) throw new Error(`PDF illisible pour le fichier à imprimer : l’objet ${id} se contient lui-même.`);
    path.add(id);
    const object = file.object(id);
    const value = isAnnotation(object.value) ? new Map([...object.value].filter(([key]) => !ANNOTATION_FILE_ENTRIES.has(key))) : object.value;
    const text = serialize(value, (child) => this.copy(file, child, shared, copied, path));
    // Compared byte for byte, not joined to the text as a key: a font program is tens of kilobytes.
    const same = shared ? this.shared.get(text) : undefined;
    let target = same?.find((entry) => sameBytes(entry.stream, object.stream))?.id;
    if (target === undefined) {
      target = this.write(text, object.stream).id;
      if (shared) {
        const entry = { stream: object.stream?.slice(), id: target };
        if (same) same.push(entry);
        else this.shared.set(text, [entry]);
      }
    }
    path.delete(id);
    copied.set(id, target);
    return target;
  }

  /** Writes one object (its value as text, its stream as stored) through pdfkit, which lists it in the cross-reference table. */
  private write(text: string, stream?: Uint8Array): RefInternals {
    const { doc } = this.open();
    const ref = doc.ref();
    ref.finalize = () => {
      ref.offset = doc._offset;
      doc._write(latin1(`${ref.id} 0 obj\n${text}\n${stream ? 'stream\n' : ''}`));
      if (stream) doc._write(Buffer.from(stream));
      doc._write(latin1(`${stream ? '\nendstream\n' : ''}endobj\n`));
      doc._refEnd(ref);
    };
    ref.end();
    return ref;
  }
}

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (!a || !b) return a === b;
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(b);
}

function page(file: PdfFile, id: number): PdfDict {
  const { value } = file.object(id);
  if (!isDict(value)) throw new Error(`PDF illisible pour le fichier à imprimer : la page ${id} n’est pas un dictionnaire.`);
  return value;
}

function isAnnotation(value: PdfValue): value is PdfDict {
  const type = isDict(value) ? value.get('Type') : undefined;
  return type !== undefined && 'atom' in type && type.atom === '/Annot';
}
