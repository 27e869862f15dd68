import type { Doc } from './flow.js';

/** What pdfkit keeps of the document's metadata (not in its typings). */
interface MetadataInternals {
  info: Record<string, unknown>;
  _addInfo: () => void;
  appendXML: (xml: string, newline?: boolean) => void;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char]!);
}

/**
 * pdfkit 0.20 writes the XMP packet with the document's title pasted in unescaped, so a title
 * holding « & » or « < » gives an invalid packet; it leaves out xmp:ModifyDate, which PDF/A
 * validators compare with the Info dictionary's ModDate; and it marks a file PDF/A or PDF/UA,
 * never both. This wraps its XMP step: text values are escaped while it runs (the Info
 * dictionary keeps them as they are), then the modification date and the PDF/UA-1 identifier
 * are added (the file is tagged, in French, its title displayed: what PDF/UA-1 asks of it), unless
 * the file is not tagged (a batch's print file).
 */
export function completeXmpMetadata(doc: Doc, modified: Date, accessible = true): void {
  const internals = doc as unknown as MetadataInternals;
  const addInfo = internals._addInfo;
  internals._addInfo = function (this: MetadataInternals) {
    const saved = { ...this.info };
    for (const [key, value] of Object.entries(this.info)) if (typeof value === 'string') this.info[key] = escapeXml(value);
    try {
      addInfo.call(this);
    } finally {
      Object.assign(this.info, saved);
    }
    this.appendXML(`
        <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <xmp:ModifyDate>${modified.toISOString().split('.')[0]}Z</xmp:ModifyDate>
        </rdf:Description>${
          accessible
            ? `
        <rdf:Description xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/" rdf:about="">
            <pdfuaid:part>1</pdfuaid:part>
        </rdf:Description>`
            : ''
        }
        `);
  };
}
