import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../../src/writers/docx/index.js';
import { descendants, attrsOf, openDocx } from '../../helpers/docx.js';
import { documentOf, samplePng } from '../pdf/layout-samples.js';
import { para, sampleLetter, text } from '../pdf/sample.js';

const link = (url: string, label: string) => ({ type: 'link' as const, url, children: [text(label)] });
const linked = () =>
  sampleLetter([
    para(text('Voir '), link('https://www.georisques.gouv.fr/', 'Géorisques'), text(' et '), link('https://www.gouvernement.fr/risques', 'le portail des risques'), text('.')),
  ]);

describe('DOCX ids drawn by docx at random or from process-wide counters', () => {
  it('are the same at every run: a document with links, pictures and embedded fonts gives the same bytes (SOURCE_DATE_EPOCH)', async () => {
    const [a, b] = await Promise.all([writeDocx(linked(), { sourceDateEpoch: 0 }), writeDocx(linked(), { sourceDateEpoch: 0 })]);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    const data = await samplePng();
    const sheet = () =>
      documentOf('fiche', [
        para(text('Voir '), link('https://www.georisques.gouv.fr/', 'Géorisques'), text('.')),
        { type: 'image', src: 'logo.png', alt: 'Logo', width: 30, data },
        { type: 'qr', url: 'https://www.georisques.gouv.fr/', size: 30 },
      ]);
    const [c, d] = [await writeDocx(sheet(), { sourceDateEpoch: 0 }), await writeDocx(sheet(), { sourceDateEpoch: 0 })];
    expect(Buffer.from(c.bytes).equals(Buffer.from(d.bytes))).toBe(true);
    // Two pictures (the image, the QR code), their drawing ids unique in the file, from 1.
    const pkg = openDocx(c.bytes);
    expect(Object.keys(pkg.files).filter((path) => path.startsWith('word/media/'))).toHaveLength(2);
    expect([...pkg.text('word/document.xml').matchAll(/<wp:docPr id="(\d+)"/g)].map((m) => m[1])).toEqual(['1', '2']);
  });

  it('once renumbered, still tie each hyperlink to its own address', async () => {
    const pkg = openDocx((await writeDocx(linked(), { sourceDateEpoch: 0 })).bytes);
    const relationships = pkg.relationships('word/document.xml');
    const targets = descendants([pkg.root('word/document.xml')], 'w:hyperlink').map((node) => relationships.get(attrsOf(node)['r:id']!));
    expect(targets.map((rel) => [rel?.target, rel?.mode])).toEqual([
      ['https://www.georisques.gouv.fr/', 'External'],
      ['https://www.gouvernement.fr/risques', 'External'],
    ]);
    expect(pkg.text('word/document.xml')).not.toMatch(/rId[a-z0-9_-]{21}/);
  });
});
