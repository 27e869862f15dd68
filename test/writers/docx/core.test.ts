import { describe, expect, it } from 'vitest';
import { docxWriter } from '../../../src/writers/docx/index.js';
import { coreProperties, openDocx } from '../../helpers/docx.js';
import { centralDirectory } from '../../helpers/zip.js';
import { sampleLetter } from './sample.js';

describe('DOCX writer: core properties and dates', () => {
  it('sets the title, the creator kit-citoyen and the language', async () => {
    const core = coreProperties(openDocx((await docxWriter.write(sampleLetter(), {})).bytes));
    expect(core['dc:title']).toBe('Demande de rendez-vous');
    expect(core['dc:creator']).toBe('kit-citoyen');
    expect(core['dc:language']).toBe('fr-FR');
  });

  it('escapes the title', async () => {
    const doc = sampleLetter();
    doc.meta.title = 'Eau & <assainissement> « 2026 »';
    const core = coreProperties(openDocx((await docxWriter.write(doc, {})).bytes));
    expect(core['dc:title']).toBe('Eau & <assainissement> « 2026 »');
  });

  it('dates the document SOURCE_DATE_EPOCH when it is given', async () => {
    const epoch = 1_764_000_000; // 2025-11-24T16:00:00Z
    const bytes = (await docxWriter.write(sampleLetter(), { sourceDateEpoch: epoch })).bytes;
    const core = coreProperties(openDocx(bytes));
    expect(core['dcterms:created']).toBe('2025-11-24T16:00:00Z');
    expect(core['dcterms:modified']).toBe('2025-11-24T16:00:00Z');
    // Zip entries carry the same date (MS-DOS format, UTC).
    const stamps = centralDirectory(bytes);
    expect(stamps.length).toBeGreaterThan(10);
    for (const stamp of stamps) {
      expect(stamp.date).toBe(((2025 - 1980) << 9) | (11 << 5) | 24);
      expect(stamp.time).toBe(16 << 11);
    }
  });

  it('dates the document now otherwise', async () => {
    const before = Date.now();
    const core = coreProperties(openDocx((await docxWriter.write(sampleLetter(), {})).bytes));
    const created = Date.parse(core['dcterms:created']!);
    expect(created).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(created).toBeLessThanOrEqual(Date.now());
    expect(core['dcterms:modified']).toBe(core['dcterms:created']);
  });

  it('gives the same XML parts twice with the same SOURCE_DATE_EPOCH, links and font keys aside', async () => {
    const write = async () => openDocx((await docxWriter.write(sampleLetter(), { sourceDateEpoch: 0 })).bytes);
    const [a, b] = [await write(), await write()];
    const stable = (text: string) => text.replace(/rId[A-Za-z0-9_-]{10,}/g, 'rIdX').replace(/w:fontKey="\{[0-9A-F-]+\}"/g, 'w:fontKey="K"');
    expect(a.xmlParts().sort()).toEqual(b.xmlParts().sort());
    for (const part of a.xmlParts()) expect(stable(a.text(part)), part).toBe(stable(b.text(part)));
    expect(coreProperties(a)['dcterms:created']).toBe('1970-01-01T00:00:00Z');
  });
});
