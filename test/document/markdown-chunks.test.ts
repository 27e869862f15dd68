import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/context/build.js';
import { KitError } from '../../src/diagnostics/index.js';
import { markdownToBlocks, readBlocks, type MarkdownSource } from '../../src/document/from-markdown.js';
import { markdownChunks } from '../../src/document/markdown-chunks.js';
import { frenchTypography } from '../../src/document/typography.js';
import { loadKit } from '../../src/kits/load.js';
import { listKits } from '../../src/kits/registry.js';
import { renderDocument } from '../../src/pipeline/render-document.js';
import { createTemplateEngine } from '../../src/template/compile.js';
import { exampleProfile } from '../helpers/profile.js';

const source: MarkdownSource = { file: 'essai.md', firstLine: 5 };

/** What reading gives: the blocks, or the error's code, message and location. */
function outcome(read: () => unknown): unknown {
  try {
    return { blocks: read() };
  } catch (error) {
    if (!(error instanceof KitError)) throw error;
    return { errors: error.diagnostics.map(({ code, message, location }) => ({ code, message, location })) };
  }
}

describe('markdownChunks', () => {
  it('cuts at blank lines before a new block, and the chunks give the text back', () => {
    const markdown = 'Madame la Maire,\n\nUn paragraphe\nsur deux lignes.\n\n\n## Titre\n\n- un\n- deux\n\nFin.\n';
    const chunks = markdownChunks(markdown)!;
    expect(chunks).toEqual([
      { text: 'Madame la Maire,\n', line: 0 },
      { text: 'Un paragraphe\nsur deux lignes.\n\n', line: 2 },
      { text: '## Titre\n', line: 6 },
      { text: '- un\n- deux\n', line: 8 },
      { text: 'Fin.\n', line: 11 },
    ]);
    expect(chunks.map((chunk) => chunk.text).join('\n')).toBe(markdown);
  });

  it.each([
    ['a list going on after a blank line', '- un\n\n- deux\n\n1. trois\n\n   suite\n'],
    ['a list going on after a lazy line', '- un\nsuite\n\n- deux\n'],
    ['indented text', 'Texte\n\n    code indenté\n'],
    ['a fence holding blank lines', '```\na\n\nb\n```\n'],
    ['a frame holding blank lines', ':::encadre{titre="À retenir"}\nUn\n\nDeux\n:::\n'],
    ['a quote', '> un\n\n> deux\n'],
  ])('never inside %s', (_name, markdown) => {
    expect(markdownChunks(markdown)).toBeUndefined();
  });

  it.each([
    ['a link definition', 'Voir [le site][s].\n\n[s]: https://exemple.fr\n'],
    ['an HTML block', '<!-- un\n\ndeux -->\n\nTexte.\n'],
  ])('does not cut %s', (_name, markdown) => {
    expect(markdownChunks(markdown)).toBeUndefined();
  });

  // Lines of every kind the reader knows or refuses, in any order: read by chunks, the Markdown
  // gives exactly what it gives read at once — the same blocks, or the same error at the same line.
  const line = fc.constantFrom(
    '',
    '',
    '',
    'Un paragraphe avec **gras** et *italique*.',
    'suite du paragraphe',
    '# Titre',
    '## Sous-titre',
    '- un point',
    '* autre point',
    '1. premier',
    '2) second',
    '- [ ] à faire',
    '- [x] fait',
    '    indenté',
    '  deux espaces',
    '\tune tabulation',
    '> citation',
    '```',
    '~~~',
    ':::encadre{titre="Note"}',
    '::::encadre',
    ':::',
    '::::',
    '::espace',
    '::saut-de-page',
    '::qr{url="https://exemple.fr"}',
    '::qr{url="https://exemple.fr',
    '| a | b |',
    '|---|:-:|',
    '| 1 | 2 |',
    '---',
    '***',
    '===',
    '[x]: https://exemple.fr',
    'Voir [x].',
    '<div>',
    'Texte\r',
    '\r',
  );

  it('reads any Markdown by chunks as it reads it at once', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), fc.boolean(), (lines, finalNewline) => {
        const markdown = lines.join('\n') + (finalNewline ? '\n' : '');
        expect(outcome(() => markdownToBlocks(markdown, source))).toEqual(outcome(() => readBlocks(markdown, source)));
        const chunks = markdownChunks(markdown);
        if (chunks) expect(chunks.map((chunk) => chunk.text).join('\n')).toBe(markdown);
      }),
      { numRuns: 3000 },
    );
  });

  it('every kit renders by chunks as at once', async () => {
    const engine = createTemplateEngine();
    const context = buildContext(exampleProfile(), '2026-11-23');
    let cut = 0;
    for (const entry of await listKits()) {
      const kit = await loadKit(entry, engine);
      for (const document of kit.documents) {
        const markdown = document.template.body(context);
        const documentSource = { file: document.template.file, firstLine: document.template.bodyLine };
        expect(markdownToBlocks(markdown, documentSource), `${kit.id}/${document.id}`).toEqual(readBlocks(markdown, documentSource));
        if (markdownChunks(markdown)) cut++;
      }
    }
    expect(cut).toBeGreaterThan(10);
  });
});

describe('chunks read once, shared', () => {
  it('gives the same frozen blocks for a chunk read again, and new ones for a new chunk', () => {
    const first = markdownToBlocks('Madame la Maire,\n\nJ’habite Sains.\n\nVeuillez agréer.\n', source);
    const second = markdownToBlocks('Monsieur le Maire,\n\nJ’habite Sains.\n\nVeuillez agréer.\n', source);
    expect(second[0]).not.toBe(first[0]);
    expect(second[1]).toBe(first[1]);
    expect(second[2]).toBe(first[2]);
    expect(Object.isFrozen(second[1])).toBe(true);
    expect(() => {
      (second[1] as { type: string }).type = 'heading';
    }).toThrow(TypeError);
  });

  it('keeps a pass’s result for a shared block, and typesets the others anew', () => {
    const read = (name: string) => markdownToBlocks(`${name},\n\nJ'habite Sains : c'est "calme".\n`, source);
    const typeset = (name: string) => frenchTypography({ version: 2, meta: { title: 't', lang: 'fr-FR', layout: 'lettre' }, blocks: read(name) } as never).blocks;
    const a = typeset('Madame');
    const b = typeset('Monsieur');
    expect(b[1]).toBe(a[1]);
    expect(b[0]).not.toBe(a[0]);
    expect(a[1]).toEqual({ type: 'paragraph', children: [{ type: 'text', value: 'J’habite Sains\u00a0: c’est «\u00a0calme\u00a0».' }] });
  });

  it('reports an error in a chunk at its line in the template', () => {
    const markdown = 'Madame la Maire,\n\nTexte.\n\n::qr{url="https://exemple.fr\n\nFin.\n';
    expect(outcome(() => markdownToBlocks(markdown, source))).toEqual(outcome(() => readBlocks(markdown, source)));
    expect(outcome(() => markdownToBlocks(markdown, source))).toMatchObject({ errors: [{ location: { file: 'essai.md', line: 9 } }] });
  });

  it('a letter rendered twice is the same document, whatever was shared', async () => {
    const [entry] = (await listKits()).filter((kit) => kit.id === 'resilience');
    const kit = await loadKit(entry!, createTemplateEngine());
    const letter = kit.documents.find((document) => document.id === 'lettre-maire')!;
    const context = buildContext(exampleProfile(), '2026-11-23');
    const first = renderDocument(letter, context).document;
    const again = renderDocument(letter, context).document;
    expect(again).toEqual(first);
    expect(again.blocks.filter((block, i) => block === first.blocks[i]).length).toBeGreaterThan(2);
  });
});
