import { describe, expect, it } from 'vitest';
import type { Block, Document, ListItem } from '../../../src/document/ast.js';
import { forgetFormattedParts } from '../../../src/writers/docx/formatted-parts.js';
import { writeDocx } from '../../../src/writers/docx/index.js';
import { openDocx, prop, styles } from '../../helpers/docx.js';
import { documentOf, paragraphs } from '../pdf/layout-samples.js';
import { sampleLetter } from '../pdf/sample.js';

const heading = (text: string) => ({ type: 'heading' as const, level: 1 as const, children: [{ type: 'text' as const, value: text }] });
const item = (text: string, ...blocks: Block[]) => ({ blocks: [...paragraphs(1, text), ...blocks] });
const list = (ordered: boolean, start: number, ...items: ListItem[]): Block => ({ type: 'list', ordered, start, items });
const DOCUMENTS: [string, Document][] = [
  ['lettre', sampleLetter()],
  // Lists: the numbering part holds one instance per list, each ordered list its own start.
  ['fiche, une liste', documentOf('fiche', [list(false, 1, item('a'), item('b'))])],
  ['fiche, deux listes', documentOf('fiche', [list(false, 1, item('a')), ...paragraphs(1), list(false, 1, item('b'))])],
  ['fiche, liste numérotée dès 3', documentOf('fiche', [list(true, 3, item('a'), item('b', list(false, 1, item('c'))))])],
  ['fiche, liste numérotée dès 1', documentOf('fiche', [list(true, 1, item('a'), item('b'))])],
  ['affiche, une liste (autre retrait)', documentOf('affiche', [list(false, 1, item('a'), item('b'))])],
  ['fiche', documentOf('fiche', [heading('Consignes'), ...paragraphs(3)])],
  ['fiche (autre accent)', documentOf('fiche', [heading('Consignes'), ...paragraphs(3)], { accent: '#7a1f5c' })],
  ['affiche', documentOf('affiche', [heading('Heure civique'), ...paragraphs(1)])],
  ['flyer', documentOf('flyer', [heading('Heure civique'), ...paragraphs(1)])],
];

const named = (name: string) => DOCUMENTS.find(([documentName]) => documentName === name)![1];
const write = async (document: Document) => (await writeDocx(document, { sourceDateEpoch: 0, embedFonts: false })).bytes;

describe('DOCX parts formatted once per process (theme, styles, numbering, notes, header attributes)', () => {
  it('gives byte-identical files, whichever documents were written before', async () => {
    const cold = new Map<string, Uint8Array>();
    for (const [name, document] of DOCUMENTS) {
      forgetFormattedParts();
      cold.set(name, await write(document));
    }
    // Warm: every layout and accent formatted already, in another order, twice.
    for (const [name, document] of [...DOCUMENTS].reverse().concat(DOCUMENTS)) {
      expect(Buffer.from(await write(document)).equals(Buffer.from(cold.get(name)!)), name).toBe(true);
    }
  });

  it('keeps each layout’s and accent’s own styles', async () => {
    for (const [, document] of DOCUMENTS) await write(document);
    const headingColor = async (document: Document) => prop(styles(openDocx(await write(document))).get('Heading1')!.rPr, 'w:color')?.['w:val'];
    expect(await headingColor(named('fiche'))).toBeDefined();
    expect(await headingColor(named('fiche (autre accent)'))).toBe('7A1F5C');
    expect(await headingColor(named('fiche'))).not.toBe('7A1F5C');
    const letter = styles(openDocx(await write(named('lettre'))));
    const sheet = styles(openDocx(await write(named('fiche'))));
    expect(letter.has('Expediteur')).toBe(true);
    expect(sheet.has('Expediteur')).toBe(false);
  });
});
