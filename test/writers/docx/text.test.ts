import { beforeAll, describe, expect, it } from 'vitest';
import { inlineText, type Block } from '../../../src/document/ast.js';
import { docxWriter } from '../../../src/writers/docx/index.js';
import { lettre } from '../../../src/layout/index.js';
import { openDocx, paragraphs, textElements, type DocxPackage } from '../../helpers/docx.js';
import { sampleLetter } from './sample.js';

/** The text a reader expects from the AST, one entry per paragraph, in order. */
function expectedBody(blocks: readonly Block[]): string[] {
  return blocks.flatMap((block): string[] => {
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        return [inlineText(block.children)];
      case 'list':
        return block.items.flatMap((item) => expectedBody(item.blocks));
      case 'checklist':
        return block.items.map((item) => `${item.checked ? '☑' : '☐'}\t${inlineText(item.children)}`);
      default:
        return [];
    }
  });
}

describe('DOCX writer: text and order', () => {
  const letter = sampleLetter();
  let pkg: DocxPackage;
  beforeAll(async () => {
    pkg = openDocx((await docxWriter.write(letter, {})).bytes);
  });

  it('writes the letter furniture and the body in the order of the AST', () => {
    const meta = letter.meta.letter!;
    expect(paragraphs(pkg).map((p) => p.text)).toEqual([
      ...meta.sender,
      ...meta.recipient,
      meta.placeDate,
      `${lettre.subject.label}${meta.subject}`,
      ...expectedBody(letter.blocks),
      ...meta.signature,
    ]);
  });

  it('keeps French typography characters as they are', () => {
    const all = paragraphs(pkg)
      .map((p) => p.text)
      .join('\n');
    for (const char of ['«', '»', '’', 'œ', '€', '\u202F', '\u00A0', 'Ÿ']) expect(all).toContain(char);
  });

  it('writes a line break as w:br, never as a newline inside w:t', () => {
    const withBreak = paragraphs(pkg).find((p) => p.text.includes('Budget'));
    expect(withBreak?.text).toContain('.\nBudget');
    for (const part of pkg.xmlParts().filter((path) => path.startsWith('word/'))) {
      for (const t of textElements(pkg, part)) expect(t).not.toMatch(/[\n\r]/);
    }
  });

  it('turns newlines inside text values and letter lines into breaks or lines', async () => {
    const doc = sampleLetter();
    doc.blocks = [{ type: 'paragraph', children: [{ type: 'text', value: 'un\ndeux\ntrois' }] }];
    doc.meta.letter!.sender = ['Alex Martin\n12 rue des Lilas'];
    const out = openDocx((await docxWriter.write(doc, {})).bytes);
    const texts = paragraphs(out).map((p) => p.text);
    expect(texts).toContain('un\ndeux\ntrois');
    expect(texts.slice(0, 2)).toEqual(['Alex Martin', '12 rue des Lilas']);
    for (const t of textElements(out, 'word/document.xml')) expect(t).not.toMatch(/[\n\r]/);
  });
});
