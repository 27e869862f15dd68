import { crc32 } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { docxWriter } from '../../../src/writers/docx/index.js';
import { attrsOf, childrenOf, openDocx, tagOf, type DocxPackage } from '../../helpers/docx.js';
import { centralDirectory } from '../../helpers/zip.js';
import { documentOf } from '../pdf/layout-samples.js';
import { para, text } from '../pdf/sample.js';
import { sampleLetter } from './sample.js';

describe('DOCX writer: package', () => {
  let bytes: Uint8Array;
  let pkg: DocxPackage;
  beforeAll(async () => {
    const result = await docxWriter.write(sampleLetter(), {});
    bytes = result.bytes;
    pkg = openDocx(bytes);
  });

  it('is a docx writer returning bytes and no page count', async () => {
    expect(docxWriter.format).toBe('docx');
    expect(docxWriter.extension).toBe('docx');
    const result = await docxWriter.write(sampleLetter(), {});
    expect(result.pages).toBeUndefined();
    expect(result.bytes).toBeInstanceOf(Uint8Array);
    expect([...result.bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('has the parts of a Word document, and every XML part is well-formed', () => {
    for (const part of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml', 'word/fontTable.xml', 'docProps/core.xml']) {
      expect(pkg.has(part), part).toBe(true);
    }
    const parts = pkg.xmlParts();
    expect(parts.length).toBeGreaterThan(10);
    for (const part of parts) expect(() => pkg.xml(part), part).not.toThrow();
  });

  it('declares a content type for every part', () => {
    const types = childrenOf(pkg.root('[Content_Types].xml'));
    const defaults = new Set(types.filter((n) => tagOf(n) === 'Default').map((n) => attrsOf(n).Extension));
    const overrides = new Set(types.filter((n) => tagOf(n) === 'Override').map((n) => attrsOf(n).PartName));
    for (const part of Object.keys(pkg.files).filter((path) => path !== '[Content_Types].xml')) {
      const extension = part.slice(part.lastIndexOf('.') + 1);
      expect(overrides.has(`/${part}`) || defaults.has(extension), part).toBe(true);
    }
  });

  it('gives every entry the CRC-32 and size of its data', () => {
    const entries = centralDirectory(bytes);
    expect(entries.map((e) => e.name).sort()).toEqual(Object.keys(pkg.files).sort());
    for (const entry of entries) {
      const data = pkg.files[entry.name]!;
      expect(entry.size, entry.name).toBe(data.length);
      expect(entry.crc, entry.name).toBe(crc32(data));
    }
  });

  it('resolves every relationship of the document to a part or an external address', () => {
    const rels = pkg.relationships('word/document.xml');
    expect(rels.size).toBeGreaterThan(5);
    for (const [id, rel] of rels) {
      if (rel.mode === 'External') expect(rel.target, id).toMatch(/^https?:\/\//);
      else expect(pkg.has(`word/${rel.target}`), `${id} → ${rel.target}`).toBe(true);
    }
  });

  it('zips each file whole, though files written one after another share their unchanged parts', async () => {
    const sheet = (accent: string, words: string) => documentOf('fiche', [{ type: 'heading', level: 2, children: [text('Titre')] }, para(text(words))], { accent });
    const write = async (document: ReturnType<typeof sheet>) => (await docxWriter.write(document, { sourceDateEpoch: 0, embedFonts: false })).bytes;
    const first = await write(sheet('#1d4e89', 'Premier texte.'));
    const second = await write(sheet('#1d4e89', 'Second texte, plus long.'));
    const other = await write(sheet('#a0302a', 'Premier texte.'));
    const again = await write(sheet('#1d4e89', 'Premier texte.'));
    // The same document gives the same bytes, whatever was written in between.
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    const [a, b, c] = [first, second, other].map(openDocx);
    expect(a!.text('word/document.xml')).toContain('Premier texte.');
    expect(b!.text('word/document.xml')).toContain('Second texte, plus long.');
    expect(b!.text('word/styles.xml')).toBe(a!.text('word/styles.xml'));
    // Another accent colour, other heading styles: the part is not taken from the previous file.
    expect(c!.text('word/styles.xml')).toContain('A0302A');
    expect(a!.text('word/styles.xml')).not.toContain('A0302A');
    for (const bytes of [first, second, other]) {
      const files = openDocx(bytes).files;
      for (const entry of centralDirectory(bytes)) expect(entry.crc, entry.name).toBe(crc32(files[entry.name]!));
    }
  });
});
