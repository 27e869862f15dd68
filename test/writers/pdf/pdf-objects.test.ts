import { describe, expect, it } from 'vitest';
import { PdfFile, serialize, type PdfValue } from '../../../src/writers/pdf/pdf-objects.js';

/** A PDF of the shape pdfkit writes (one cross-reference subsection), with objects 1… as given. */
function pdfOf(objects: readonly string[]): Uint8Array {
  let text = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(text.length);
    text += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n \n`;
  text += `trailer\n<<\n/Size ${objects.length + 1}\n/Root 1 0 R\n>>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

/** A value as plain data: dictionaries as objects, to compare with toEqual. */
function plain(value: PdfValue): unknown {
  if (value instanceof Map) return Object.fromEntries([...value].map(([key, entry]) => [key, plain(entry)]));
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

describe('PdfFile (reading back a PDF of this program)', () => {
  it('tells references from numbers, and reads names, strings, hex strings, nested arrays and comments', () => {
    const file = new PdfFile(
      pdfOf(['<<\n/A 12 0 R\n/B 12\n/C [1 2 0 R 3]\n/D [12 0 Rx 5 0 R]\n/E (a\\)b(c))\n/F <0A 1b>\n/G /Name#20x\n/H -1.5\n/I [[1 2] <<>>] % un commentaire\n/J true\n/K 7\n0\nR\n/L [4.5 0 R]\n>>']),
    );
    expect(plain(file.object(1).value)).toEqual({
      A: { ref: 12 },
      B: { atom: '12' },
      C: [{ atom: '1' }, { ref: 2 }, { atom: '3' }],
      D: [{ atom: '12' }, { atom: '0' }, { atom: 'Rx' }, { ref: 5 }],
      E: { atom: '(a\\)b(c))' },
      F: { atom: '<0A 1b>' },
      G: { atom: '/Name#20x' },
      H: { atom: '-1.5' },
      I: [[{ atom: '1' }, { atom: '2' }], {}],
      J: { atom: 'true' },
      K: { ref: 7 },
      L: [{ atom: '4.5' }, { atom: '0' }, { atom: 'R' }],
    });
  });

  it('reads a stream by its /Length, and writes a value back with its references renamed', () => {
    const file = new PdfFile(pdfOf(['<<\n/Type /Catalog\n/Pages 2 0 R\n>>', '<<\n/Type /Pages\n/Kids [3 0 R]\n/Count 1\n>>', '<<\n/Length 5\n/Resources <<\n/Font [2 0 R 3 0 R]\n>>\n>>\nstream\nBT ET\nendstream']));
    expect(file.pageIds()).toEqual([3]);
    const page = file.object(3);
    expect(Buffer.from(page.stream!).toString('latin1')).toBe('BT ET');
    expect(serialize(page.value, (id) => id + 100)).toBe('<<\n/Length 5\n/Resources <<\n/Font [102 0 R 103 0 R]\n>>\n>>');
  });

  it('refuses what it cannot read, saying what and where', () => {
    expect(() => new PdfFile(pdfOf(['<<\n/A <zz>\n>>'])).object(1)).toThrow(/valeur attendue, « <zz>/);
    expect(() => new PdfFile(pdfOf(['<<\n/A 1\n2 3\n>>'])).object(1)).toThrow(/clé de dictionnaire attendue/);
    expect(() => new PdfFile(pdfOf(['[1 2'])).object(1)).toThrow(/tableau non fermé/);
    expect(() => new PdfFile(pdfOf(['(ouverte'])).object(1)).toThrow(/chaîne non fermée/);
  });
});
