import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AST_VERSION, type Block, type Document, type Inline, inlineText } from '../../src/document/ast.js';
import {
  HYPHENATION_CACHE_LIMIT,
  hyphenate,
  hyphenateInlines,
  hyphenateText,
  hyphenationCacheSize,
  hyphenationPoints,
  MIN_LEFT,
  MIN_RIGHT,
  SOFT_HYPHEN,
} from '../../src/document/hyphenate.js';
import { frenchTypography } from '../../src/document/typography.js';

/** Soft hyphens shown as "·" to read the cases. */
const shown = (value: string): string => value.replaceAll(SOFT_HYPHEN, '·');
const strip = (value: string): string => value.replaceAll(SOFT_HYPHEN, '');

const text = (value: string): Inline => ({ type: 'text', value });
const para = (...children: Inline[]): Block => ({ type: 'paragraph', children });

describe('hyphenateText: French hyphenation points', () => {
  it.each([
    ['information', 'in·for·ma·tion'],
    ['développement', 'dé·ve·lop·pe·ment'],
    ['intercommunalité', 'in·ter·com·mu·na·lité'],
    ['préfecture', 'pré·fec·ture'],
    ['recommandée', 're·com·man·dée'],
    ["l’information", 'l’in·for·ma·tion'],
    ["l'information", "l'in·for·ma·tion"],
    ['la sauvegarde communale', 'la sau·ve·garde com·mu·nale'],
  ])('%s → %s', (input, expected) => {
    expect(shown(hyphenateText(input))).toBe(expected);
  });

  it.each([
    ['short words', 'le plan de la ville'],
    ['acronyms', 'DICRIM ORSEC RÉSILIENCE'],
    ['proper names and words with a capital', 'Dupont vit à Châteauneuf ; Information'],
    ['compound words (the line may break at their hyphen)', 'rendez-vous porte-parole'],
    ['URLs', 'https://www.georisques.gouv.fr/information/developpement'],
    ['domains without a scheme', 'georisques.gouv.fr/consultation'],
    ['e-mail addresses', 'information.publique@exemple.fr'],
    ['Windows paths', 'C:\\Documents\\information\\lettre.docx'],
    ['numbers and codes', '34875 R125-11 2A004 1re 123456789'],
    ['identifiers', 'nom_de_fichier informations/developpement'],
    ['words already hyphenated by the author', 'anti\u00ADconstitutionnellement'],
    ['other scripts', 'Καλημέρα καλησπέρα здравствуйте'],
  ])('leaves %s whole', (_, input) => {
    expect(hyphenateText(input)).toBe(input);
  });

  it(`leaves at least ${MIN_LEFT} letters before a break and ${MIN_RIGHT} after`, () => {
    for (const word of ['information', 'développement', 'intercommunalité', 'habitants', 'électricité', 'épidémie', 'approvisionnements']) {
      for (const point of hyphenationPoints(word)) {
        expect(point).toBeGreaterThanOrEqual(MIN_LEFT);
        expect(word.length - point).toBeGreaterThanOrEqual(MIN_RIGHT);
      }
    }
  });

  it('removing the soft hyphens gives back the text exactly', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (value) => {
        fc.pre(!value.includes(SOFT_HYPHEN));
        expect(strip(hyphenateText(value))).toBe(value);
      }),
      { numRuns: 3_000 },
    );
    const words = fc.constantFrom('information', 'développement', ' ', "l'", 'des', 'habitants', '.', 'https://x.fr/', 'DICRIM', '-', '\n');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 20 }), (pieces) => {
        const value = pieces.join('');
        expect(strip(hyphenateText(value))).toBe(value);
      }),
      { numRuns: 3_000 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (value) => {
        const once = hyphenateText(value);
        expect(hyphenateText(once)).toBe(once);
      }),
      { numRuns: 2_000 },
    );
    const once = hyphenateText('le développement de l’intercommunalité');
    expect(hyphenateText(once)).toBe(once);
  });

  it(`keeps its cache under ${HYPHENATION_CACHE_LIMIT} words whatever the number of different words`, () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (let n = 0; n < HYPHENATION_CACHE_LIMIT + 500; n++) {
      let word = 'inter';
      for (let m = n; m > 0; m = Math.floor(m / 26)) word += letters[m % 26];
      hyphenationPoints(`${word}tion`);
      expect(hyphenationCacheSize()).toBeLessThanOrEqual(HYPHENATION_CACHE_LIMIT);
    }
    expect(shown(hyphenateText('information'))).toBe('in·for·ma·tion');
  });
});

describe('hyphenate: a document', () => {
  const letter: Document = {
    version: AST_VERSION,
    meta: {
      title: 'Développement de l’intercommunalité',
      lang: 'fr-FR',
      layout: 'lettre',
      letter: {
        sender: ['Alex Martin', 'Association communale', '12 rue des Lilas', '94240 L’Haÿ-les-Roses'],
        recipient: ['Madame la Maire', 'Mairie de Chevilly-Larue', 'Hôtel de ville', '88 AVENUE DU GENERAL DE GAULLE', '94550 CHEVILLY LARUE'],
        placeDate: 'L’Haÿ-les-Roses, le 1er décembre 2026',
        subject: 'Information communale sur les risques',
        signature: ['Alex Martin', 'Présidente de l’association'],
      },
    },
    blocks: [
      { type: 'heading', level: 1, children: [text('Développement communal')] },
      para(text('Une infor'), { type: 'strong', children: [text('mation importante')] }, text(' : voir '), {
        type: 'link',
        url: 'https://exemple.fr/information',
        children: [text('https://exemple.fr/information')],
      }),
      para({ type: 'link', url: 'https://exemple.fr', children: [text('le développement')] }),
      { type: 'list', ordered: false, start: 1, items: [{ blocks: [para(text('communication'))] }] },
      { type: 'checklist', items: [{ checked: false, children: [text('sauvegarde')] }] },
    ],
  };
  const before = structuredClone(letter);
  const output = hyphenate(letter);

  it('hyphenates paragraphs, lists and checklists, across inline nodes, and leaves headings whole', () => {
    expect(output.blocks).toEqual([
      { type: 'heading', level: 1, children: [text('Développement communal')] },
      para(text('Une in\u00ADfor'), { type: 'strong', children: [text('\u00ADma\u00ADtion im\u00ADpor\u00ADtante')] }, text(' : voir '), {
        type: 'link',
        url: 'https://exemple.fr/information',
        children: [text('https://exemple.fr/information')],
      }),
      para({ type: 'link', url: 'https://exemple.fr', children: [text('le dé\u00ADve\u00ADlop\u00ADpe\u00ADment')] }),
      { type: 'list', ordered: false, start: 1, items: [{ blocks: [para(text('com\u00ADmu\u00ADni\u00ADca\u00ADtion'))] }] },
      { type: 'checklist', items: [{ checked: false, children: [text('sau\u00ADve\u00ADgarde')] }] },
    ]);
  });

  it('never touches the title nor the letter lines', () => {
    expect(output.meta).toEqual(before.meta);
  });

  it('is pure and idempotent', () => {
    expect(letter).toEqual(before);
    expect(hyphenate(output)).toEqual(output);
  });

  it('removing the soft hyphens gives back the document, after typography too', () => {
    const typeset = frenchTypography(letter);
    const stripped = JSON.parse(JSON.stringify(hyphenate(typeset)).replaceAll('\\u00ad', '').replaceAll(SOFT_HYPHEN, '')) as Document;
    expect(stripped).toEqual(typeset);
  });

  it('on random runs of inlines, only adds soft hyphens', () => {
    const piece = fc.constantFrom('information ', 'dévelop', 'pement', ' ', 'https://x.fr/information', 'DICRIM', "l'", 'communale');
    const inline: fc.Arbitrary<Inline> = fc.oneof(
      fc.array(piece, { maxLength: 4 }).map((pieces) => text(pieces.join(''))),
      fc.array(piece, { maxLength: 3 }).map((pieces): Inline => ({ type: 'emphasis', children: [text(pieces.join(''))] })),
      fc.constant<Inline>({ type: 'break' }),
    );
    fc.assert(
      fc.property(fc.array(inline, { maxLength: 6 }), (inlines) => {
        const result = hyphenateInlines(inlines);
        expect(strip(inlineText(result))).toBe(inlineText(inlines));
        expect(result.map((node) => node.type)).toEqual(inlines.map((node) => node.type));
      }),
      { numRuns: 2_000 },
    );
  });
});
