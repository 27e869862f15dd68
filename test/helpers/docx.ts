/**
 * Reads a DOCX back for tests: unzips it with fflate, checks and parses its XML parts with
 * fast-xml-parser (order preserved), and extracts what the tests look at: paragraphs with their
 * style, text, frame, numbering and spacing; the section properties; headers and footers; styles;
 * numbering definitions; relationships; core properties; the embedded fonts.
 */
import { strFromU8, unzipSync } from 'fflate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** A node as fast-xml-parser gives it with `preserveOrder`: `{ tag: children, ':@': attributes }`. */
export type XmlNode = Record<string, unknown>;
export type Attributes = Record<string, string>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
});

export function tagOf(node: XmlNode): string {
  const tag = Object.keys(node).find((key) => key !== ':@');
  if (tag === undefined) throw new Error('node without a tag');
  return tag;
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

export function attrsOf(node: XmlNode): Attributes {
  return (node[':@'] as Attributes | undefined) ?? {};
}

/** The text of a `#text` node. */
function textOf(node: XmlNode): string {
  return String(node['#text']);
}

/** First child with this tag, or undefined. */
export function child(node: XmlNode, tag: string): XmlNode | undefined {
  return childrenOf(node).find((c) => tagOf(c) === tag);
}

/** Every descendant with this tag, in document order. */
export function descendants(nodes: readonly XmlNode[], tag: string): XmlNode[] {
  const out: XmlNode[] = [];
  const walk = (list: readonly XmlNode[]) => {
    for (const node of list) {
      if (tagOf(node) === tag) out.push(node);
      walk(childrenOf(node));
    }
  };
  walk(nodes);
  return out;
}

export class DocxPackage {
  readonly files: Record<string, Uint8Array>;

  constructor(bytes: Uint8Array) {
    this.files = unzipSync(bytes);
  }

  has(path: string): boolean {
    return Object.hasOwn(this.files, path);
  }

  text(path: string): string {
    const file = this.files[path];
    if (!file) throw new Error(`no part ${path} in the package (${Object.keys(this.files).join(', ')})`);
    return strFromU8(file);
  }

  /** The XML parts (`.xml`, `.rels`), by path. */
  xmlParts(): string[] {
    return Object.keys(this.files).filter((path) => /\.(xml|rels)$/.test(path));
  }

  /** Parses a part; throws with the parser's message when it is not well-formed XML. */
  xml(path: string): XmlNode[] {
    const text = this.text(path);
    const valid = XMLValidator.validate(text);
    if (valid !== true) throw new Error(`${path}: ${valid.err.msg} (line ${valid.err.line})`);
    return parser.parse(text) as XmlNode[];
  }

  /** The root element of a part (after the XML declaration). */
  root(path: string): XmlNode {
    const root = this.xml(path).find((node) => !tagOf(node).startsWith('?'));
    if (!root) throw new Error(`${path}: no root element`);
    return root;
  }

  /** Relationships of a part, by id: `word/document.xml` → `word/_rels/document.xml.rels`. */
  relationships(part: string): Map<string, { type: string; target: string; mode?: string }> {
    const slash = part.lastIndexOf('/');
    const rels = `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
    const out = new Map<string, { type: string; target: string; mode?: string }>();
    for (const rel of childrenOf(this.root(rels))) {
      if (tagOf(rel) !== 'Relationship') continue;
      const a = attrsOf(rel);
      out.set(a.Id!, { type: a.Type!, target: a.Target!, ...(a.TargetMode ? { mode: a.TargetMode } : {}) });
    }
    return out;
  }
}

export function openDocx(bytes: Uint8Array): DocxPackage {
  return new DocxPackage(bytes);
}

export interface DocxParagraph {
  style?: string;
  /** Text as a reader sees it: `w:br` → `\n`, `w:tab` → `\t`, `w:sym` → its character. */
  text: string;
  /** Attributes of `w:framePr` (`w:x`, `w:y`, `w:hAnchor`…), when the paragraph is framed. */
  frame?: Attributes;
  numbering?: { level: number; numId: string };
  spacing?: Attributes;
  indent?: Attributes;
  keepNext?: boolean;
  /** Attributes of the paragraph's top border, if any. */
  borderTop?: Attributes;
  node: XmlNode;
}

/** Tags whose content is not text a reader sees. */
const NOT_TEXT = new Set(['w:pPr', 'w:rPr', 'w:sdtPr', 'w:instrText', 'w:fldChar']);

export function paragraphText(node: XmlNode): string {
  let out = '';
  const walk = (list: readonly XmlNode[]) => {
    for (const n of list) {
      const tag = tagOf(n);
      if (NOT_TEXT.has(tag)) continue;
      if (tag === 'w:t') out += childrenOf(n).map(textOf).join('');
      else if (tag === 'w:br') out += '\n';
      else if (tag === 'w:tab') out += '\t';
      else if (tag === 'w:softHyphen') out += '\u00AD';
      else if (tag === 'w:sym') out += String.fromCodePoint(parseInt(attrsOf(n)['w:char']!, 16));
      else walk(childrenOf(n));
    }
  };
  walk(childrenOf(node));
  return out;
}

function val(node: XmlNode | undefined): string | undefined {
  return node ? attrsOf(node)['w:val'] : undefined;
}

export function readParagraph(node: XmlNode): DocxParagraph {
  const pPr = child(node, 'w:pPr');
  const numPr = pPr && child(pPr, 'w:numPr');
  const framePr = pPr && child(pPr, 'w:framePr');
  const spacing = pPr && child(pPr, 'w:spacing');
  const indent = pPr && child(pPr, 'w:ind');
  const keepNext = pPr && child(pPr, 'w:keepNext');
  const top = pPr && child(pPr, 'w:pBdr') && child(child(pPr, 'w:pBdr')!, 'w:top');
  const style = val(pPr && child(pPr, 'w:pStyle'));
  return {
    ...(style === undefined ? {} : { style }),
    text: paragraphText(node),
    ...(framePr ? { frame: attrsOf(framePr) } : {}),
    ...(numPr
      ? { numbering: { level: Number(val(child(numPr, 'w:ilvl'))), numId: val(child(numPr, 'w:numId'))! } }
      : {}),
    ...(spacing ? { spacing: attrsOf(spacing) } : {}),
    ...(indent ? { indent: attrsOf(indent) } : {}),
    ...(keepNext ? { keepNext: !['false', '0', 'off'].includes(val(keepNext) ?? 'true') } : {}),
    ...(top ? { borderTop: attrsOf(top) } : {}),
    node,
  };
}

/** Every paragraph of a part (body, header, footer), in order, including those inside frames. */
export function paragraphs(pkg: DocxPackage, part = 'word/document.xml'): DocxParagraph[] {
  return descendants([pkg.root(part)], 'w:p').map(readParagraph);
}

/** Raw contents of every `w:t` of a part. */
export function textElements(pkg: DocxPackage, part: string): string[] {
  return descendants([pkg.root(part)], 'w:t').map((t) => childrenOf(t).map(textOf).join(''));
}

export interface SectionProperties {
  pageSize: Attributes;
  margins: Attributes;
  titlePage: boolean;
  headers: Record<string, string>;
  footers: Record<string, string>;
}

/** The body's last `w:sectPr`, with header and footer references resolved to part paths. */
export function sectionProperties(pkg: DocxPackage): SectionProperties {
  const sectPr = descendants([pkg.root('word/document.xml')], 'w:sectPr').at(-1);
  if (!sectPr) throw new Error('no w:sectPr');
  const rels = pkg.relationships('word/document.xml');
  const refs = (tag: string) =>
    Object.fromEntries(
      childrenOf(sectPr)
        .filter((node) => tagOf(node) === tag)
        .map((node) => [attrsOf(node)['w:type']!, `word/${rels.get(attrsOf(node)['r:id']!)!.target}`]),
    );
  const titlePg = child(sectPr, 'w:titlePg');
  return {
    pageSize: attrsOf(child(sectPr, 'w:pgSz')!),
    margins: attrsOf(child(sectPr, 'w:pgMar')!),
    titlePage: titlePg !== undefined && !['false', '0'].includes(val(titlePg) ?? 'true'),
    headers: refs('w:headerReference'),
    footers: refs('w:footerReference'),
  };
}

/** Field instructions (`PAGE`, `NUMPAGES`) of a part, complex and simple fields. */
export function fieldInstructions(pkg: DocxPackage, part: string): string[] {
  const root = pkg.root(part);
  return [
    ...descendants([root], 'w:instrText').map((n) => childrenOf(n).map(textOf).join('').trim()),
    ...descendants([root], 'w:fldSimple').map((n) => (attrsOf(n)['w:instr'] ?? '').trim()),
  ];
}

export interface StyleInfo {
  type: string;
  name?: string;
  basedOn?: string;
  pPr?: XmlNode;
  rPr?: XmlNode;
}

export function styles(pkg: DocxPackage): Map<string, StyleInfo> {
  const out = new Map<string, StyleInfo>();
  for (const node of descendants([pkg.root('word/styles.xml')], 'w:style')) {
    const a = attrsOf(node);
    const name = val(child(node, 'w:name'));
    const basedOn = val(child(node, 'w:basedOn'));
    const pPr = child(node, 'w:pPr');
    const rPr = child(node, 'w:rPr');
    out.set(a['w:styleId']!, {
      type: a['w:type']!,
      ...(name === undefined ? {} : { name }),
      ...(basedOn === undefined ? {} : { basedOn }),
      ...(pPr ? { pPr } : {}),
      ...(rPr ? { rPr } : {}),
    });
  }
  return out;
}

/** Attributes of a property element (`w:spacing`, `w:sz`, `w:rFonts`…) under a pPr or rPr. */
export function prop(properties: XmlNode | undefined, tag: string): Attributes | undefined {
  const node = properties && child(properties, tag);
  return node ? attrsOf(node) : undefined;
}

export interface NumberingLevel {
  level: number;
  format: string;
  text: string;
  start: number;
  indent?: Attributes;
}

/** Numbering instances (`w:num`) resolved to their abstract definitions' levels, by numId. */
export function numbering(pkg: DocxPackage): Map<string, { levels: NumberingLevel[]; startOverride?: number }> {
  const root = pkg.root('word/numbering.xml');
  const abstracts = new Map<string, NumberingLevel[]>();
  for (const abs of childrenOf(root).filter((n) => tagOf(n) === 'w:abstractNum')) {
    abstracts.set(
      attrsOf(abs)['w:abstractNumId']!,
      childrenOf(abs)
        .filter((n) => tagOf(n) === 'w:lvl')
        .map((lvl) => {
          const indent = prop(child(lvl, 'w:pPr'), 'w:ind');
          return {
            level: Number(attrsOf(lvl)['w:ilvl']),
            format: val(child(lvl, 'w:numFmt'))!,
            text: val(child(lvl, 'w:lvlText'))!,
            start: Number(val(child(lvl, 'w:start')) ?? '1'),
            ...(indent ? { indent } : {}),
          };
        }),
    );
  }
  const out = new Map<string, { levels: NumberingLevel[]; startOverride?: number }>();
  for (const num of childrenOf(root).filter((n) => tagOf(n) === 'w:num')) {
    const levels = abstracts.get(val(child(num, 'w:abstractNumId'))!) ?? [];
    const override = descendants([num], 'w:startOverride')[0];
    out.set(attrsOf(num)['w:numId']!, {
      levels,
      ...(override ? { startOverride: Number(val(override)) } : {}),
    });
  }
  return out;
}

/** docProps/core.xml as element name → text. */
export function coreProperties(pkg: DocxPackage): Record<string, string> {
  return Object.fromEntries(
    childrenOf(pkg.root('docProps/core.xml')).map((node) => [tagOf(node), childrenOf(node).map(textOf).join('')]),
  );
}

export interface EmbeddedFont {
  name: string;
  face: 'embedRegular' | 'embedBold' | 'embedItalic' | 'embedBoldItalic';
  path: string;
  /** The font file, de-obfuscated with its key (ECMA-376 Part 1, §17.8.1). */
  data: Uint8Array;
}

/** Fonts embedded through word/fontTable.xml, read back and de-obfuscated. */
export function embeddedFonts(pkg: DocxPackage): EmbeddedFont[] {
  const rels = pkg.relationships('word/fontTable.xml');
  const out: EmbeddedFont[] = [];
  for (const font of descendants([pkg.root('word/fontTable.xml')], 'w:font')) {
    for (const embed of childrenOf(font)) {
      const face = tagOf(embed).replace(/^w:/, '');
      if (!face.startsWith('embed')) continue;
      const a = attrsOf(embed);
      const path = `word/${rels.get(a['r:id']!)!.target}`;
      const key = a['w:fontKey']!.replace(/[{}-]/g, '');
      const bytes = Uint8Array.from(pkg.files[path]!);
      const keyBytes = key.match(/../g)!.map((hex) => parseInt(hex, 16)).reverse();
      for (let i = 0; i < 32; i++) bytes[i] = bytes[i]! ^ keyBytes[i % 16]!;
      out.push({ name: attrsOf(font)['w:name']!, face: face as EmbeddedFont['face'], path, data: bytes });
    }
  }
  return out;
}
