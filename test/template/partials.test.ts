import { describe, expect, it } from 'vitest';
import { kitFailure } from '../helpers/failure.js';
import { createTemplateEngine } from '../../src/template/compile.js';
import type { PartialSource } from '../../src/template/partials.js';

const partials = (files: Record<string, string>) =>
  new Map<string, PartialSource>(Object.entries(files).map(([name, text]) => [name, { name, file: `templates/${name}.md`, text }]));

const engineWith = (files: Record<string, string>) => createTemplateEngine().scoped({ partials: partials(files) });
const source = (text: string, firstLine = 5) => ({ file: 'kits/essai/lettre.md', text, firstLine });

describe('partials {{> nom}}', () => {
  it('includes a partial alone on its line, reading the same context', () => {
    const engine = engineWith({ politesse: 'Salutations, {{maire.nom}}.\n' });
    const render = engine.compileMarkdown(source('Début\n\n{{> politesse}}\n\nFin'));
    expect(render({ maire: { nom: 'Dupont' } })).toBe('Début\n\nSalutations, Dupont.\n\nFin');
  });

  it('includes a partial inside a sentence without its final newline', () => {
    const render = engineWith({ nom: '{{maire.nom}}\n' }).compileMarkdown(source('Bonjour {{> nom}} !'));
    expect(render({ maire: { nom: 'Dupont' } })).toBe('Bonjour Dupont !');
  });

  it('escapes the data a partial prints, like the template itself', () => {
    const render = engineWith({ nom: '{{maire.nom}}' }).compileMarkdown(source('{{> nom}}'));
    expect(render({ maire: { nom: '*Dupont* [x](y)' } })).toBe('\\*Dupont\\* \\[x\\]\\(y\\)');
  });

  it('sees the item and block parameters of an {{#each}} around it', () => {
    const engine = engineWith({ ligne: '- {{numero}} {{../commune.nom}}\n', param: '- {{item}}\n' });
    expect(engine.compileMarkdown(source('{{#each numeros}}\n{{> ligne}}\n{{/each}}'))({ numeros: [{ numero: '112' }], commune: { nom: 'Sains' } })).toBe('- 112 Sains\n');
    expect(engine.compileMarkdown(source('{{#each a as |item|}}\n{{> param}}\n{{/each}}'))({ a: ['x', 'y'] })).toBe('- x\n- y\n');
  });

  it('lets a partial include another one', () => {
    const render = engineWith({ a: 'A[{{> b}}]', b: 'B {{x}}' }).compileMarkdown(source('{{> a}}'));
    expect(render({ x: '1' })).toBe('A[B 1]');
  });

  it('refuses a cycle of partials when the template compiles, with the chain', () => {
    const error = kitFailure(() => engineWith({ a: 'A {{> b}}', b: 'B\n{{> a}}' }).compileMarkdown(source('x\n{{> a}}')));
    expect(error.code).toBe('KitInvalid');
    expect(error.message).toContain('a → b → a');
    expect(error.diagnostics[0]?.location).toEqual({ file: 'templates/b.md', line: 2, column: 1 });
  });

  it('names a missing partial with its location and the partials available', () => {
    const error = kitFailure(() => engineWith({ politesse: '.', sources: '.' }).compileMarkdown(source('a\n\n  {{> politese}}')));
    expect(error.code).toBe('KitInvalid');
    expect(error.exitCode).toBe(5);
    expect(error.diagnostics[0]).toMatchObject({
      location: { file: 'kits/essai/lettre.md', line: 7, column: 3 },
      actual: 'politese',
      expected: 'politesse, sources',
    });
  });

  it('refuses dynamic partials, partial blocks and parameters', () => {
    const engine = engineWith({ a: 'A' });
    for (const text of ['{{> (lookup . "a")}}', '{{#> a}}défaut{{/a}}', '{{> a maire}}', '{{> a titre="x"}}']) {
      expect(kitFailure(() => engine.compileMarkdown(source(text))).code).toBe('TemplateSyntax');
    }
  });

  it('refuses partials in front matter fields', () => {
    const error = kitFailure(() => engineWith({ a: 'A' }).compilePlain(source('Objet {{> a}}', 3)));
    expect(error.code).toBe('TemplateSyntax');
  });

  describe('errors inside a partial are located in the partial’s own file', () => {
    it('triple-stash', () => {
      const error = kitFailure(() => engineWith({ p: 'ligne\n\n{{{maire.nom}}}' }).compileMarkdown(source('{{> p}}')));
      expect(error.code).toBe('TemplateSyntax');
      expect(error.diagnostics[0]?.location).toEqual({ file: 'templates/p.md', line: 3, column: 1 });
    });

    it('syntax error', () => {
      const error = kitFailure(() => engineWith({ p: 'a\n{{#if x}}\nb' }).compileMarkdown(source('{{> p}}')));
      expect(error.code).toBe('TemplateSyntax');
      expect(error.diagnostics[0]?.location?.file).toBe('templates/p.md');
    });

    it('unknown helper', () => {
      const error = kitFailure(() => engineWith({ p: 'a\nb {{majuscule x}}' }).compileMarkdown(source('{{> p}}')));
      expect(error.message).toContain('majuscule');
      expect(error.diagnostics[0]?.location).toEqual({ file: 'templates/p.md', line: 2, column: 3 });
    });

    it('missing field at render time', () => {
      const render = engineWith({ p: 'a\nb {{maire.nom}}' }).compileMarkdown(source('x {{commune.nom}}\n{{> p}}', 10));
      const error = kitFailure(() => render({ commune: { nom: 'Sains' }, maire: {} }));
      expect(error.code).toBe('TemplateMissingField');
      expect(error.diagnostics[0]?.location).toEqual({ file: 'templates/p.md', line: 2, column: 3, field: 'maire.nom' });
      // The template's own fields keep the template's lines.
      const own = kitFailure(() => render({ commune: {}, maire: { nom: 'D' } }));
      expect(own.diagnostics[0]?.location).toEqual({ file: 'kits/essai/lettre.md', line: 10, column: 3, field: 'commune.nom' });
    });

    it('a helper refusing its argument', () => {
      const render = engineWith({ p: '\n{{appellation maire}}' }).compileMarkdown(source('{{> p}}'));
      const error = kitFailure(() => render({}));
      expect(error.code).toBe('TemplateRender');
      expect(error.message).toContain('appellation');
      expect(error.diagnostics[0]?.location).toEqual({ file: 'templates/p.md', line: 2, column: 1 });
    });
  });
});
