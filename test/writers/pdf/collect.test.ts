import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { loadFont } from '../../../src/writers/fonts.js';
import { collect } from '../../../src/writers/pdf/index.js';
import { bufferStreamText } from '../../../src/writers/pdf/stream-text.js';
import type { Doc } from '../../../src/writers/pdf/flow.js';

/** A two-page document with text in two faces, a link and vector graphics, always the same. */
function draw(options: { compress?: boolean; prepare?: (doc: Doc) => void } = {}): Doc {
  const date = new Date(Date.UTC(2026, 10, 23));
  const doc = new PDFDocument({ size: 'A4', font: '', compress: options.compress ?? true, info: { Title: 'Essai', CreationDate: date, ModDate: date } });
  options.prepare?.(doc);
  doc.registerFont('r', loadFont('regular') as unknown as Uint8Array);
  doc.registerFont('b', loadFont('bold') as unknown as Uint8Array);
  doc.font('b').fontSize(12).text('Madame la Maire, « Ñandú » — œuvre', 72, 72);
  doc.font('r').fontSize(11).text('J’habite la commune et je m’intéresse à sa capacité à traverser une crise. '.repeat(40), { link: 'https://exemple.fr' });
  doc.addPage().rect(50, 50, 100, 100).fill('#c00');
  return doc;
}

/** The file as pdfkit's own stream gives it. */
function streamed(doc: Doc): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  return new Promise((resolve) => {
    doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
  });
}

describe('collect', () => {
  it('gives exactly the bytes of pdfkit’s stream', async () => {
    const ours = draw();
    const bytes = collect(ours);
    ours.end();
    const theirs = draw();
    const reference = streamed(theirs);
    theirs.end();
    const [collected, expected] = await Promise.all([bytes, reference]);
    expect(collected.length).toBeGreaterThan(10_000);
    expect(Buffer.from(collected).equals(Buffer.from(expected))).toBe(true);
  });
});

describe('bufferStreamText', () => {
  it.each([true, false])('gives the same bytes as pdfkit writing each operator (compressed: %s)', async (compress) => {
    const ours = draw({ compress, prepare: bufferStreamText });
    const bytes = collect(ours);
    ours.end();
    const theirs = draw({ compress });
    const reference = streamed(theirs);
    theirs.end();
    const [written, expected] = await Promise.all([bytes, reference]);
    expect(written.length).toBeGreaterThan(compress ? 10_000 : 30_000);
    expect(Buffer.from(written).equals(Buffer.from(expected))).toBe(true);
  });
});
