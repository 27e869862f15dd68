import { describe, expect, it } from 'vitest';
import { AST_VERSION, type Block, type Document } from '../../src/document/ast.js';
import { preflightGlyphs } from '../../src/writers/preflight.js';
import { kitFailure } from '../helpers/failure.js';

function sheet(blocks: Block[]): Document {
  return {
    version: AST_VERSION,
    meta: { title: 'Fiche', lang: 'fr-FR', layout: 'fiche', sheet: { header: 'Commune de Sains', footer: 'Sources : DICRIM' } },
    blocks,
  };
}

/** [field named, block or meta holding the character 中]. */
const CASES: ReadonlyArray<readonly [string, Document]> = [
  [
    'tableau',
    sheet([{ type: 'table', align: ['left', 'left'], header: [[{ type: 'text', value: 'Nom' }], []], rows: [[[], [{ type: 'text', value: 'Maison 中 de quartier' }]]] }]),
  ],
  ['detachables', sheet([{ type: 'tearOffs', count: 6, lines: ['Alex Martin', 'Tél. 中 06 00 00 00 00'] }])],
  ['encadre', sheet([{ type: 'box', title: 'Titre 中', blocks: [] }])],
  ['encadre', sheet([{ type: 'box', blocks: [{ type: 'paragraph', children: [{ type: 'text', value: 'dedans 中' }] }] }])],
  ['qr', sheet([{ type: 'qr', url: 'https://exemple.fr', size: 30, caption: 'Site 中' }])],
  ['qr', sheet([{ type: 'qr', url: 'https://exemple.fr/中', size: 30 }])],
  ['signature', sheet([{ type: 'signature', lines: ['Alex 中'] }])],
  ['en_tete', { ...sheet([]), meta: { ...sheet([]).meta, sheet: { header: 'Commune 中', footer: '' } } }],
  ['pied_de_page', { ...sheet([]), meta: { ...sheet([]).meta, sheet: { header: '', footer: 'Sources 中' } } }],
];

describe('glyph preflight on the blocks of AST v2', () => {
  it.each(CASES)('finds a missing character in %s, naming the field and its context', (field, document) => {
    const error = kitFailure(() => preflightGlyphs(document));
    expect(error.code).toBe('GlyphMissing');
    expect(error.diagnostics).toHaveLength(1);
    expect(error.diagnostics[0]!.message).toContain('U+4E2D');
    expect(error.diagnostics[0]!.location).toEqual({ field });
    expect(error.diagnostics[0]!.actual).toContain('中');
  });

  it('finds them in the letter’s references, sending, enclosures, copies and return address', () => {
    const document: Document = {
      version: AST_VERSION,
      meta: {
        title: 'Lettre',
        lang: 'fr-FR',
        layout: 'lettre',
        letter: {
          sender: ['Alex'],
          recipient: ['Mairie'],
          placeDate: 'Sains, le 1er décembre 2026',
          subject: 'Objet',
          signature: ['Alex'],
          returnAddress: 'Alex ① rue',
          references: ['Réf. ②'],
          sending: 'Recommandé ③',
          enclosures: ['Pièce ④'],
          copies: ['Copie ⑤'],
        },
      },
      blocks: [],
    };
    const error = kitFailure(() => preflightGlyphs(document));
    expect(error.diagnostics.map((diagnostic) => diagnostic.location?.field)).toEqual(['adresse_retour', 'references', 'envoi', 'pieces_jointes', 'copies']);
  });

  it('accepts the other blocks, and never checks an image’s alternative text (read aloud, not drawn)', () => {
    const picture = { format: 'png' as const, bytes: new Uint8Array(), pixelWidth: 1, pixelHeight: 1 };
    expect(() =>
      preflightGlyphs(sheet([{ type: 'image', src: 'a.png', alt: 'Logo 中', width: 40, data: picture }, { type: 'pageBreak' }, { type: 'spacer', height: 10 }])),
    ).not.toThrow();
  });
});
