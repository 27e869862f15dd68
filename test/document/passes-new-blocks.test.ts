import { describe, expect, it } from 'vitest';
import { AST_VERSION, type Block, type Document, type ImageData, type Inline } from '../../src/document/ast.js';
import { hyphenate, SOFT_HYPHEN } from '../../src/document/hyphenate.js';
import { frenchTypography } from '../../src/document/typography.js';

const N = '\u00A0';
const F = '\u202F';
const text = (value: string): Inline => ({ type: 'text', value });
const picture: ImageData = { format: 'png', bytes: new Uint8Array([1, 2, 3]), pixelWidth: 10, pixelHeight: 10 };
const qrUrl = "https://exemple.fr/l'été?x=1...";

const blocks: Block[] = [
  {
    type: 'table',
    align: ['left', 'right'],
    header: [[text("L'alerte")], [text('Délai')]],
    rows: [[[text('Que faire ?')], [text('72 h')]], [[{ type: 'strong', children: [text('Information')] }, text(' : la population communale')], []]],
  },
  {
    type: 'box',
    title: "À retenir : l'essentiel",
    blocks: [{ type: 'paragraph', children: [text("L'information préventive !")] }, { type: 'qr', url: qrUrl, size: 30 }],
  },
  { type: 'qr', url: qrUrl, size: 30, caption: "Le site de l'État !" },
  { type: 'image', src: "l'logo.png", alt: "Logo de l'association", width: 40, data: picture },
  { type: 'tearOffs', count: 6, lines: ["Collectif de l'Haÿ", 'Tél. : 06 00 00 00 00'] },
  { type: 'signature', lines: ['Alex Martin', "Présidente de l'association"], image: picture },
  { type: 'pageBreak' },
  { type: 'spacer', height: 10 },
];

function documentOf(layout: 'lettre' | 'fiche'): Document {
  return {
    version: AST_VERSION,
    meta: {
      title: "L'essentiel",
      lang: 'fr-FR',
      layout,
      ...(layout === 'lettre'
        ? {
            letter: {
              sender: ['Alex Martin'],
              recipient: ['Madame la Maire', "Mairie de L'Haÿ-les-Roses", '94240 L HAY LES ROSES'],
              placeDate: 'Sains, le 1er décembre 2026',
              subject: 'Demande',
              signature: ['Alex Martin'],
              signatureImage: picture,
              returnAddress: "Alex Martin - 12 rue de l'Église - 35610 Sains",
              references: ['N/Réf. : 2026-12'],
              sending: 'Lettre recommandée avec avis de réception n° 1A : 123',
              enclosures: ["Copie de l'arrêté"],
              copies: ['Monsieur le Préfet ; la presse'],
            },
          }
        : { sheet: { header: "Commune de L'Haÿ-les-Roses", footer: 'Sources : DICRIM' } }),
    },
    blocks,
  };
}

describe('typography on the blocks of AST v2', () => {
  const output = frenchTypography(documentOf('lettre'));

  it('typesets table cells, frame titles and blocks, captions, alternative text, tear-off and signature lines', () => {
    expect(output.blocks.slice(0, 6)).toEqual([
      {
        type: 'table',
        align: ['left', 'right'],
        header: [[text('L’alerte')], [text('Délai')]],
        rows: [[[text(`Que faire${F}?`)], [text(`72${N}h`)]], [[{ type: 'strong', children: [text('Information')] }, text(`${N}: la population communale`)], []]],
      },
      {
        type: 'box',
        title: `À retenir${N}: l’essentiel`,
        blocks: [{ type: 'paragraph', children: [text(`L’information préventive${F}!`)] }, { type: 'qr', url: qrUrl, size: 30 }],
      },
      { type: 'qr', url: qrUrl, size: 30, caption: `Le site de l’État${F}!` },
      { type: 'image', src: "l'logo.png", alt: 'Logo de l’association', width: 40, data: picture },
      { type: 'tearOffs', count: 6, lines: ['Collectif de l’Haÿ', `Tél.${N}: 06 00 00 00 00`] },
      { type: 'signature', lines: ['Alex Martin', 'Présidente de l’association'], image: picture },
    ]);
  });

  it('never touches a QR code’s URL nor an image’s file name, and shares the pictures’ bytes', () => {
    const qr = output.blocks[2] as Extract<Block, { type: 'qr' }>;
    expect(qr.url).toBe(qrUrl);
    expect((output.blocks[3] as Extract<Block, { type: 'image' }>).data).toBe(picture);
    expect(output.meta.letter?.signatureImage).toBe(picture);
  });

  it('typesets the letter’s references, sending, enclosures and copies, not the return address (a postal line)', () => {
    expect(output.meta.letter).toMatchObject({
      returnAddress: "Alex Martin - 12 rue de l'Église - 35610 Sains",
      references: [`N/Réf.${N}: 2026-12`],
      sending: `Lettre recommandée avec avis de réception n° 1A${N}: 123`,
      enclosures: ['Copie de l’arrêté'],
      copies: [`Monsieur le Préfet${F}; la presse`],
    });
  });

  it('typesets a sheet’s header and footer', () => {
    expect(frenchTypography(documentOf('fiche')).meta.sheet).toEqual({ header: 'Commune de L’Haÿ-les-Roses', footer: `Sources${N}: DICRIM` });
  });

  it('is idempotent', () => {
    expect(frenchTypography(output)).toEqual(output);
  });
});

describe('hyphenation of the blocks of AST v2 (justified layouts)', () => {
  const output = hyphenate(frenchTypography(documentOf('fiche')));
  const shown = (value: unknown): string => JSON.stringify(value).replaceAll(SOFT_HYPHEN, '·');

  it('hyphenates table cells and the blocks of frames', () => {
    const [table, box] = output.blocks;
    expect(shown(table)).toContain('la po·pu·la·tion com·mu·nale');
    expect(shown(box)).toContain('L’in·for·ma·tion pré·ven·tive');
  });

  it('leaves short lines whole: frame titles, captions, alternative text, tear-off and signature lines', () => {
    const [, box, qr, image, tearOffs, signature] = output.blocks;
    expect((box as { title: string }).title).not.toContain(SOFT_HYPHEN);
    for (const block of [qr, image, tearOffs, signature]) expect(JSON.stringify(block)).not.toContain(SOFT_HYPHEN);
  });

  it('removing the soft hyphens gives back the typeset document', () => {
    const typeset = frenchTypography(documentOf('fiche'));
    const strip = (document: Document): unknown => JSON.parse(JSON.stringify(document).replaceAll(SOFT_HYPHEN, ''));
    expect(strip(output)).toEqual(strip(typeset));
  });
});
