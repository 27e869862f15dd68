import { describe, expect, it } from 'vitest';
import { createTemplateEngine } from '../../src/template/compile.js';
import { TEMPLATE_HELPERS } from '../../src/template/helpers/index.js';
import { countOf, frenchPlural } from '../../src/template/helpers/pluriel.js';
import { kitFailure } from '../helpers/failure.js';

describe('pluriel', () => {
  it.each([
    [0, 'voisin'],
    [1, 'voisin'],
    [1.5, 'voisin'],
    [2, 'voisins'],
    [12, 'voisins'],
  ])('%s → %s (the plural starts at two)', (count, expected) => {
    expect(frenchPlural(count, 'voisin', 'voisins')).toBe(expected);
  });

  it('counts numbers, numbers written as text and lists', () => {
    expect(countOf(['a', 'b'])).toBe(2);
    expect(countOf('3')).toBe(3);
    expect(countOf('1,5')).toBe(1.5);
    expect(countOf('trois')).toBeUndefined();
    expect(countOf({})).toBeUndefined();
  });

  it('works in a template with a list of the profile, its output escaped', () => {
    const render = createTemplateEngine().compileMarkdown({ file: 'm.md', text: '{{pluriel missions "mission" "missions*"}}', firstLine: 1 });
    expect(render({ missions: ['a'] })).toBe('mission');
    expect(render({ missions: ['a', 'b'] })).toBe('missions\\*');
  });

  it('refuses what is not a count, with a located error', () => {
    const render = createTemplateEngine().compileMarkdown({ file: 'm.md', text: 'x\n{{pluriel maire "a" "b"}}', firstLine: 3 });
    const error = kitFailure(() => render({ maire: { nom: 'D' } }));
    expect(error.code).toBe('TemplateRender');
    expect(error.message).toContain('pluriel');
    expect(error.diagnostics[0]?.location).toEqual({ file: 'm.md', line: 4, column: 1 });
  });
});

describe('majuscules', () => {
  it('upper-cases in French, accents kept', () => {
    expect(TEMPLATE_HELPERS.majuscules('L’Haÿ-les-Roses')).toBe('L’HAŸ-LES-ROSES');
    expect(TEMPLATE_HELPERS.majuscules('Évreux')).toBe('ÉVREUX');
  });

  it('refuses a value that is not text', () => {
    expect(() => TEMPLATE_HELPERS.majuscules(['a'])).toThrow(/majuscules/);
  });
});
