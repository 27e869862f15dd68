import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { pdfWriter } from '../../../src/writers/pdf/index.js';
import { readPdf } from '../../helpers/pdf.js';
import { documentOf, paragraphs } from './layout-samples.js';

/** The XMP packet of a PDF this program wrote (pdfkit stores it uncompressed). */
function xmpPacket(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString('utf8');
  const match = /<x:xmpmeta[\s\S]*<\/x:xmpmeta>/.exec(raw);
  if (!match) throw new Error('pas de paquet XMP');
  return match[0];
}

describe('PDF/A metadata (XMP)', () => {
  const title = 'Risques & réflexes <Sains> « l’affiche »';

  it('keeps a title holding & and < well-formed XML, read back as written, with the Info title unchanged', async () => {
    const document = documentOf('fiche', paragraphs(1));
    document.meta.title = title;
    const { bytes } = await pdfWriter.write(document, { pdfa: true, sourceDateEpoch: 1_700_000_000 });
    const xmp = xmpPacket(bytes);
    expect(XMLValidator.validate(xmp)).toBe(true);
    const parsed = JSON.stringify(new XMLParser({ ignoreAttributes: true }).parse(xmp));
    expect(parsed).toContain(JSON.stringify(title).slice(1, -1));
    expect((await readPdf(bytes)).info.Title).toBe(title);
  });

  it('marks every PDF as PDF/UA-1, alone or with PDF/A-2b', async () => {
    for (const pdfa of [false, true]) {
      const xmp = xmpPacket((await pdfWriter.write(documentOf('lettre', paragraphs(1)), { pdfa, sourceDateEpoch: 1_700_000_000 })).bytes);
      expect(XMLValidator.validate(xmp)).toBe(true);
      expect(xmp).toMatch(/<pdfuaid:part>1<\/pdfuaid:part>/);
      expect(/<pdfaid:part>2<\/pdfaid:part>/.test(xmp)).toBe(pdfa);
    }
  });

  it('records the modification date, equal to the creation date under SOURCE_DATE_EPOCH', async () => {
    const { bytes } = await pdfWriter.write(documentOf('fiche', paragraphs(1)), { pdfa: true, sourceDateEpoch: 1_700_000_000 });
    const xmp = xmpPacket(bytes);
    expect(xmp).toContain('<xmp:ModifyDate>2023-11-14T22:13:20Z</xmp:ModifyDate>');
    expect(xmp).toContain('<xmp:CreateDate>2023-11-14T22:13:20Z</xmp:CreateDate>');
  });
});
