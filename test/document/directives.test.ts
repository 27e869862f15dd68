import { describe, expect, it } from 'vitest';
import type { Location } from '../../src/diagnostics/index.js';
import type { ImageData } from '../../src/document/ast.js';
import { DEFAULT_QR_SIZE, markdownToBlocks, type MarkdownSource } from '../../src/document/from-markdown.js';
import { kitFailure } from '../helpers/failure.js';

const source: MarkdownSource = { file: 'kits/test/modele.md', firstLine: 10 };
const picture: ImageData = { format: 'png', bytes: new Uint8Array([1, 2, 3]), pixelWidth: 400, pixelHeight: 200 };

/** The first diagnostic of the TemplateDirective error thrown for `markdown`. */
function directiveFailure(markdown: string, from: MarkdownSource = source) {
  const error = kitFailure(() => markdownToBlocks(markdown, from));
  expect(error.code).toBe('TemplateDirective');
  expect(error.exitCode).toBe(5);
  return error.diagnostics[0]!;
}

describe('::qr', () => {
  it('gives a QR code with its URL, caption and size', () => {
    expect(markdownToBlocks('::qr{url="https://exemple.fr/page?a=1&b=2" legende="Le site" taille=40}', source)).toEqual([
      { type: 'qr', url: 'https://exemple.fr/page?a=1&b=2', size: 40, caption: 'Le site' },
    ]);
  });

  it('takes the size given by the caller, or the default, when taille is absent', () => {
    expect(markdownToBlocks('::qr{url="mailto:mairie@exemple.fr"}', { ...source, qrSize: 42 })).toEqual([
      { type: 'qr', url: 'mailto:mairie@exemple.fr', size: 42 },
    ]);
    expect(markdownToBlocks('::qr{url="tel:+33123456789"}', source)).toEqual([{ type: 'qr', url: 'tel:+33123456789', size: DEFAULT_QR_SIZE }]);
  });

  it.each([
    ['::qr', 'manquant', ''],
    ['::qr{url=""}', 'vide', 'url'],
    ['::qr{url="exemple.fr"}', 'adresse', 'exemple.fr'],
    ['::qr{url="javascript:alert(1)"}', 'adresse', 'javascript:alert(1)'],
    ['::qr{url="https://exemple.fr" taille=2}', 'taille', 'taille=2'],
    ['::qr{url="https://exemple.fr" taille=grand}', 'taille', 'taille=grand'],
    ['::qr{url="https://exemple.fr" couleur=bleu}', 'couleur', 'couleur'],
    ['::qr{url="https://exemple.fr" .classe}', 'class', 'class'],
    ['::qr[texte]{url="https://exemple.fr"}', 'étiquette', '::qr'],
  ])('refuses %j, located, saying what was found', (markdown, what, actual) => {
    const diagnostic = directiveFailure(`Texte.\n\n${markdown}`);
    expect(diagnostic.message).toContain('::qr');
    expect(diagnostic.message + (diagnostic.expected ?? '')).toContain(what);
    expect(diagnostic.actual ?? '').toContain(actual);
    expect(diagnostic.location).toEqual({ file: 'kits/test/modele.md', line: 12, column: 1 });
    expect(diagnostic.hint).toMatch(/\S/);
  });

  it('names the accepted attributes of an unknown one', () => {
    expect(directiveFailure('::qr{url="https://x.fr" size=3}').expected).toMatch(/url.*legende.*taille/);
  });
});

describe(':::encadre', () => {
  it('gives a frame with its title and the blocks inside, read like the body', () => {
    const markdown = ':::encadre{titre="À retenir"}\n## Eau\n\n- [ ] 6 L par personne\n\n| a |\n|---|\n| 1 |\n\n::qr{url="https://x.fr"}\n::signature\n:::\n\nAprès.';
    expect(markdownToBlocks(markdown, source)).toEqual([
      {
        type: 'box',
        title: 'À retenir',
        blocks: [
          { type: 'heading', level: 2, children: [{ type: 'text', value: 'Eau' }] },
          { type: 'checklist', items: [{ checked: false, children: [{ type: 'text', value: '6 L par personne' }] }] },
          { type: 'table', align: ['left'], header: [[{ type: 'text', value: 'a' }]], rows: [[[{ type: 'text', value: '1' }]]] },
          { type: 'qr', url: 'https://x.fr', size: DEFAULT_QR_SIZE },
          { type: 'signature', lines: [] },
        ],
      },
      { type: 'paragraph', children: [{ type: 'text', value: 'Après.' }] },
    ]);
    expect(markdownToBlocks(':::encadre\nTexte\n:::', source)).toEqual([{ type: 'box', blocks: [{ type: 'paragraph', children: [{ type: 'text', value: 'Texte' }] }] }]);
  });

  it.each([
    [':::encadre{titre="A"}\nTexte sans fin', 'non fermée', 10],
    ['::::encadre\n:::encadre\nx\n:::\n::::', 'encadré', 11],
    [':::encadre\n::saut-de-page\n:::', 'encadré', 11],
    [':::encadre\nx\n\n::qr{url="ftp://x"}\n:::', 'adresse', 13],
    ['::encadre{titre="A"}', 'entoure', 10],
  ])('refuses %j, located', (markdown, what, line) => {
    const diagnostic = directiveFailure(markdown);
    expect(diagnostic.message).toContain(what);
    expect(diagnostic.location).toMatchObject({ file: 'kits/test/modele.md', line });
  });
});

describe('::saut-de-page, ::espace, ::signature', () => {
  it('give their blocks', () => {
    expect(markdownToBlocks('::saut-de-page\n::espace{hauteur=12.5}\n::signature', source)).toEqual([
      { type: 'pageBreak' },
      { type: 'spacer', height: 12.5 },
      { type: 'signature', lines: [] },
    ]);
  });

  it.each([
    ['::espace', 'manquant'],
    ['::espace{hauteur=0}', '1 à 200'],
    ['::espace{hauteur=201}', '1 à 200'],
    ['::saut-de-page{avant=1}', 'inconnu'],
    ['::signature{nom="x"}', 'inconnu'],
    [':::saut-de-page\n:::', 'tient sur une ligne'],
  ])('refuse %j', (markdown, what) => {
    const diagnostic = directiveFailure(markdown);
    expect(diagnostic.message + (diagnostic.expected ?? '')).toContain(what);
    expect(diagnostic.location).toMatchObject({ line: 10, column: 1 });
  });
});

describe('::image', () => {
  const loads: Array<[string, Location]> = [];
  const withImages: MarkdownSource = {
    ...source,
    loadImage: (src, location) => {
      loads.push([src, location]);
      return picture;
    },
  };

  it('reads the picture through the caller, with the directive’s location', () => {
    expect(markdownToBlocks('Texte\n\n::image{src="logo.png" alt="Logo de Sains"}', withImages)).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'Texte' }] },
      { type: 'image', src: 'logo.png', alt: 'Logo de Sains', width: 40, data: picture },
    ]);
    expect(loads).toEqual([['logo.png', { file: 'kits/test/modele.md', line: 12, column: 1 }]]);
    expect(markdownToBlocks('::image{src="a.jpg" alt="A" width=60}', withImages)).toMatchObject([{ width: 60 }]);
  });

  it.each([
    ['::image{alt="Logo"}', 'src'],
    ['::image{src="logo.png"}', 'alt'],
    ['::image{src="logo.png" alt=" "}', 'alt'],
    ['::image{src="logo.png" alt="Logo" width=1000}', 'width'],
    ['::image{src="logo.png" alt="Logo" hauteur=3}', 'hauteur'],
  ])('refuses %j', (markdown, what) => {
    const diagnostic = directiveFailure(markdown, withImages);
    expect(`${diagnostic.message} ${diagnostic.actual ?? ''}`).toContain(what);
    expect(diagnostic.location).toMatchObject({ line: 10 });
  });

  it('is an error where no picture can be read', () => {
    const diagnostic = directiveFailure('::image{src="logo.png" alt="Logo"}');
    expect(diagnostic.message).toContain('images non disponibles ici');
    expect(diagnostic.actual).toBe('logo.png');
  });
});

describe(':::detachables', () => {
  it('gives the strips with the lines of its paragraph (soft or hard breaks), blank lines dropped', () => {
    expect(markdownToBlocks(':::detachables{n=8}\nAlex Martin\\\n06 12 34 56 78\n   \nalex@exemple.fr\n:::', source)).toEqual([
      { type: 'tearOffs', count: 8, lines: ['Alex Martin', '06 12 34 56 78', 'alex@exemple.fr'] },
    ]);
  });

  it.each([
    [':::detachables\nA\n:::', 'manquant'],
    [':::detachables{n=1}\nA\n:::', 'entier de 2 à 12'],
    [':::detachables{n=13}\nA\n:::', 'entier de 2 à 12'],
    [':::detachables{n=2.5}\nA\n:::', 'entier'],
    [':::detachables{n=6}\n:::', '0 ligne'],
    [':::detachables{n=6}\na\nb\nc\nd\ne\n:::', '5 lignes'],
    [':::detachables{n=6}\n**Alex**\n:::', 'texte simple'],
    [':::detachables{n=6}\n- Alex\n:::', 'texte'],
    ['::detachables{n=6}', 'entoure'],
  ])('refuses %j', (markdown, what) => {
    const diagnostic = directiveFailure(`# Titre\n\n${markdown}`);
    expect(diagnostic.message + (diagnostic.expected ?? '')).toContain(what);
    expect(diagnostic.location).toMatchObject({ file: 'kits/test/modele.md', line: 12, column: 1 });
  });
});

describe('unknown and malformed directives', () => {
  it('refuses an unknown directive, listing the known ones', () => {
    const diagnostic = directiveFailure('Texte\n\n  ::inconnue{x=1}');
    expect(diagnostic.message).toContain('directive inconnue');
    expect(diagnostic.actual).toBe('inconnue');
    expect(diagnostic.expected).toBe('::qr, :::encadre, ::saut-de-page, ::espace, ::image, :::detachables, ::signature');
    expect(diagnostic.location).toEqual({ file: 'kits/test/modele.md', line: 12, column: 3 });
  });

  it.each([
    ['::qr{url="https://x.fr}', 12],
    ['::qr{url="https://x.fr"', 12],
    ['::qr{url="a\\\nb"}', 12],
    ['Ligne\n::qr url="x"', 13],
  ])('refuses a directive that does not parse (%j) instead of printing it', (markdown, line) => {
    const diagnostic = directiveFailure(`Texte\n\n${markdown}`);
    expect(diagnostic.message).toContain('mal formée');
    expect(diagnostic.location).toMatchObject({ line });
  });

  it('refuses directives inside lists', () => {
    expect(directiveFailure('- ::qr{url="https://x.fr"}').message).toContain('liste');
  });
});
