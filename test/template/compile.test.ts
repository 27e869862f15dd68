import { describe, expect, it } from 'vitest';
import { kitFailure } from '../helpers/failure.js';
import { COMPILE_OPTIONS, createTemplateEngine } from '../../src/template/compile.js';

const engine = createTemplateEngine();
const source = (text: string, firstLine = 5) => ({ file: 'kits/test/modele.md', text, firstLine });

const failure = kitFailure;

describe('template engine', () => {
  it('renders data as escaped Markdown text', () => {
    const render = engine.compileMarkdown(source('Maire : {{maire.nom}}'));
    expect(render({ maire: { nom: '*Dupont*' } })).toBe('Maire : \\*Dupont\\*');
  });

  it('renders plain fields without escaping', () => {
    const render = engine.compilePlain(source('Résilience de {{commune.nom}}'));
    expect(render({ commune: { nom: "L'Haÿ-les-Roses & Co" } })).toBe("Résilience de L'Haÿ-les-Roses & Co");
  });

  it('names the template, line, column and field of a missing value (exit 5)', () => {
    const render = engine.compileMarkdown(source('Bonjour,\n\nMadame {{maire.nom}}', 10));
    const error = failure(() => render({ maire: {} }));
    expect(error.code).toBe('TemplateMissingField');
    expect(error.exitCode).toBe(5);
    expect(error.diagnostics[0]?.location).toEqual({ file: 'kits/test/modele.md', line: 12, column: 8, field: 'maire.nom' });
    expect(error.message).toContain('maire.nom');
  });

  it('reports a missing value passed to a helper', () => {
    const render = engine.compileMarkdown(source('{{appellation maire}}'));
    const error = failure(() => render({}));
    expect(error.code).toBe('TemplateRender');
    expect(error.message).toContain('appellation');
  });

  it('lets {{#if}} guard optional fields', () => {
    const render = engine.compileMarkdown(source('{{#if maire.tel}}Tél. {{maire.tel}}{{else}}sans téléphone{{/if}}'));
    expect(render({ maire: {} })).toBe('sans téléphone');
  });

  it('refuses triple-stash at load time with its location', () => {
    const error = failure(() => engine.compileMarkdown(source('a\n{{{maire.nom}}}')));
    expect(error.code).toBe('TemplateSyntax');
    expect(error.diagnostics[0]?.location).toMatchObject({ line: 6, column: 1 });
  });

  it('refuses an unknown helper at load time, before any data', () => {
    const error = failure(() => engine.compileMarkdown(source('x {{majuscule maire.nom}}')));
    expect(error.code).toBe('TemplateSyntax');
    expect(error.message).toContain('majuscule');
    expect(error.diagnostics[0]?.location?.line).toBe(5);
  });

  it('reports a syntax error (unclosed block) with its line', () => {
    const error = failure(() => engine.compileMarkdown(source('{{#if x}}\n\nsuite', 3)));
    expect(error.code).toBe('TemplateSyntax');
    expect(error.diagnostics[0]?.location?.line).toBe(5);
    expect(error.exitCode).toBe(5);
  });

  it('refuses dynamic partials, and a partial the kit does not have', () => {
    expect(failure(() => engine.compileMarkdown(source('{{> (lookup . "modele")}}'))).code).toBe('TemplateSyntax');
    expect(failure(() => engine.compileMarkdown(source('{{> entete}}'))).code).toBe('KitInvalid');
  });

  it('leaks nothing from prototypes', () => {
    const render = engine.compilePlain(source('[{{#if constructor}}fuite{{/if}}{{#with maire}}{{#if nom.constructor}}fuite{{/if}}{{/with}}]'));
    expect(render({ maire: { nom: 'x' } })).toBe('[]');
    expect(failure(() => engine.compilePlain(source('{{constructor}}'))({})).code).toBe('TemplateMissingField');
  });

  it('uses the safe compile set and no prototype-access options', () => {
    expect(COMPILE_OPTIONS).toMatchObject({ strict: true, knownHelpersOnly: true });
    for (const key of ['compat', 'allowProtoPropertiesByDefault', 'allowProtoMethodsByDefault', 'allowedProtoProperties', 'allowedProtoMethods', 'allowCallsToHelperMissing']) {
      expect(COMPILE_OPTIONS).not.toHaveProperty(key);
    }
  });

  it('refuses lists and objects printed as text', () => {
    const render = engine.compileMarkdown(source('{{risques}}'));
    const error = failure(() => render({ risques: ['inondation'] }));
    expect(error.message).toContain('liste');
  });

  it('runs on handlebars ≥ 4.7.10', async () => {
    const { default: Handlebars } = await import('handlebars');
    const [major, minor, patch] = Handlebars.VERSION.split('.').map(Number);
    expect(major! * 10_000 + minor! * 100 + patch!).toBeGreaterThanOrEqual(40_710);
  });
});
