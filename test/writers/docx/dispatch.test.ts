import { describe, expect, it } from 'vitest';
import type { Block, Document } from '../../../src/document/ast.js';
import { isKitError } from '../../../src/diagnostics/index.js';
import { blockHandlers, bodyContext, renderBlock } from '../../../src/writers/docx/blocks/index.js';
import { docxWriter } from '../../../src/writers/docx/index.js';
import { ListNumbering } from '../../../src/writers/docx/numbering.js';
import { sampleLetter } from './sample.js';

describe('DOCX writer: block dispatch and refusals', () => {
  it('has one handler for each block type of the AST', () => {
    const types: Record<Block['type'], true> = {
      heading: true,
      paragraph: true,
      list: true,
      checklist: true,
      table: true,
      image: true,
      qr: true,
      box: true,
      pageBreak: true,
      spacer: true,
      tearOffs: true,
      signature: true,
    };
    expect(Object.keys(blockHandlers).sort()).toEqual(Object.keys(types).sort());
  });

  it('throws on an unknown block, naming it', async () => {
    const doc = sampleLetter();
    doc.blocks.push({ type: 'footnote' } as unknown as Block);
    await expect(docxWriter.write(doc, {})).rejects.toThrow('Cannot handle unknown node `footnote`');
    expect(() => renderBlock({ type: 'toString' } as unknown as Block, bodyContext(new ListNumbering()))).toThrow(
      'Cannot handle unknown node `toString`',
    );
  });

  it('refuses a document of another AST version', async () => {
    const doc = { ...sampleLetter(), version: 1 } as unknown as Document;
    await expect(docxWriter.write(doc, {})).rejects.toThrow(/version `1`/);
  });

  it('refuses a character the font lacks, before writing (glyph preflight)', async () => {
    const doc = sampleLetter();
    doc.blocks.push({ type: 'paragraph', children: [{ type: 'text', value: 'Découper ici ✂' }] });
    const error: unknown = await docxWriter.write(doc, {}).catch((e: unknown) => e);
    expect(isKitError(error)).toBe(true);
    expect((error as Error).message).toContain('✂');
  });

  it('writes a document without letter fields: the body from the top margin', async () => {
    const { openDocx, paragraphs } = await import('../../helpers/docx.js');
    const doc = sampleLetter();
    delete doc.meta.letter;
    const body = paragraphs(openDocx((await docxWriter.write(doc, {})).bytes));
    expect(body.some((p) => p.frame)).toBe(false);
    expect(body[0]?.text).toBe('Madame la Maire,');
    expect(body[0]?.spacing?.['w:before']).toBeUndefined();
  });
});
