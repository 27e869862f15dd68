import { crc32 } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { docxWriter } from '../../../src/writers/docx/index.js';
import { attrsOf, childrenOf, openDocx, tagOf, type DocxPackage } from '../../helpers/docx.js';
import { centralDirectory } from '../../helpers/zip.js';
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
});
