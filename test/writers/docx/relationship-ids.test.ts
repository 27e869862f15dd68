import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../../src/writers/docx/index.js';
import { descendants, attrsOf, openDocx } from '../../helpers/docx.js';
import { para, sampleLetter, text } from '../pdf/sample.js';

const link = (url: string, label: string) => ({ type: 'link' as const, url, children: [text(label)] });
const linked = () =>
  sampleLetter([
    para(text('Voir '), link('https://www.georisques.gouv.fr/', 'Géorisques'), text(' et '), link('https://www.gouvernement.fr/risques', 'le portail des risques'), text('.')),
  ]);

describe('DOCX relationship ids', () => {
  it('are the same at every run: a document with links gives the same bytes (SOURCE_DATE_EPOCH)', async () => {
    const [a, b] = await Promise.all([writeDocx(linked(), { sourceDateEpoch: 0 }), writeDocx(linked(), { sourceDateEpoch: 0 })]);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });

  it('still tie each hyperlink to its own address', async () => {
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
