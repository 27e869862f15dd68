import { beforeAll, describe, expect, it } from 'vitest';
import type { Document, Inline } from '../../../src/document/ast.js';
import { Packer } from 'docx';
import { buildDocument, docxWriter } from '../../../src/writers/docx/index.js';
import { child, descendants, openDocx, paragraphText, attrsOf, type DocxPackage, type DocxParagraph, paragraphs } from '../../helpers/docx.js';
import { sampleLetter } from './sample.js';

function letterWith(children: Inline[]): Document {
  const doc = sampleLetter();
  doc.blocks = [{ type: 'paragraph', children }];
  return doc;
}

/**
 * The body paragraph docx writes for these inlines. Built without the writer's glyph preflight,
 * which refuses some of the characters tried here (tab).
 */
async function bodyParagraph(children: Inline[]): Promise<DocxParagraph> {
  const bytes = await Packer.pack(buildDocument(letterWith(children)), 'uint8array');
  const body = paragraphs(openDocx(bytes));
  return body.find((p) => !p.frame && p.style === undefined)!;
}

/** [text, bold, italic] of each run with text. */
function runs(p: DocxParagraph): [string, boolean, boolean][] {
  return descendants([p.node], 'w:r')
    .filter((r) => child(r, 'w:t'))
    .map((r) => {
      const rPr = child(r, 'w:rPr');
      return [paragraphText({ 'w:p': [r] }), Boolean(rPr && child(rPr, 'w:b')), Boolean(rPr && child(rPr, 'w:i'))];
    });
}

describe('DOCX writer: inline formatting', () => {
  let pkg: DocxPackage;
  beforeAll(async () => {
    pkg = openDocx((await docxWriter.write(sampleLetter(), {})).bytes);
  });

  it('writes strong as bold and emphasis as italic runs, nested ones as both', async () => {
    const p = await bodyParagraph([
      { type: 'text', value: 'a ' },
      { type: 'strong', children: [{ type: 'text', value: 'b ' }, { type: 'emphasis', children: [{ type: 'text', value: 'c' }] }] },
      { type: 'emphasis', children: [{ type: 'text', value: ' d' }] },
    ]);
    expect(runs(p)).toEqual([
      ['a ', false, false],
      ['b ', true, false],
      ['c', true, true],
      [' d', false, true],
    ]);
  });

  it('writes a link as an external hyperlink to its URL, in the Hyperlink style', () => {
    const [link] = descendants([pkg.root('word/document.xml')], 'w:hyperlink');
    expect(link).toBeDefined();
    expect(paragraphText({ 'w:p': [link!] })).toBe('Géorisques');
    const rel = pkg.relationships('word/document.xml').get(attrsOf(link!)['r:id']!);
    expect(rel).toMatchObject({ target: 'https://www.georisques.gouv.fr/', mode: 'External' });
    expect(rel?.type).toMatch(/\/hyperlink$/);
    const rStyle = descendants([link!], 'w:rStyle')[0];
    expect(rStyle && attrsOf(rStyle)['w:val']).toBe('Hyperlink');
  });

  it('keeps bold inside a link', async () => {
    const p = await bodyParagraph([{ type: 'link', url: 'https://exemple.fr/', children: [{ type: 'strong', children: [{ type: 'text', value: 'gras' }] }] }]);
    const link = descendants([p.node], 'w:hyperlink')[0]!;
    expect(descendants([link], 'w:b')).toHaveLength(1);
    expect(paragraphText({ 'w:p': [link] })).toBe('gras');
  });

  it('writes a break as w:br, a tab as w:tab and a soft hyphen as w:softHyphen', async () => {
    const p = await bodyParagraph([
      { type: 'text', value: 'un' },
      { type: 'break' },
      { type: 'strong', children: [{ type: 'text', value: 'deux\ttrois' }] },
      { type: 'text', value: ' anti\u00ADconstitutionnel' },
    ]);
    expect(p.text).toBe('un\ndeux\ttrois anti\u00ADconstitutionnel');
    expect(descendants([p.node], 'w:br')).toHaveLength(1);
    expect(descendants([p.node], 'w:tab')).toHaveLength(1);
    expect(descendants([p.node], 'w:softHyphen')).toHaveLength(1);
    for (const t of descendants([p.node], 'w:t')) expect(JSON.stringify(t)).not.toMatch(/\\[nt]|\u00AD/);
  });

  it('throws on an unknown inline node, naming it', () => {
    const bogus = { type: 'footnote' } as unknown as Inline;
    expect(() => buildDocument(letterWith([bogus]))).toThrow('Cannot handle unknown node `footnote`');
  });

  it('drops characters XML forbids rather than writing an invalid part', async () => {
    const p = await bodyParagraph([{ type: 'text', value: 'a\u0000b\u000Bc\u001Fd' }]);
    expect(p.text).toBe('abcd');
  });

});
