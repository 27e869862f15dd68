import { describe, expect, it } from 'vitest';
import * as knowledge from '../../../src/knowledge/index.js';
import { templateFiles } from './files.js';

/**
 * The prose a template writes, without its syntax: Handlebars expressions and comments, directive
 * names and attribute names, front matter keys, Markdown table rules. What remains is French
 * text a reader sees, plus directive attribute values (titles, captions).
 */
function prose(text: string): string {
  return text
    .replace(/\{\{!--[\s\S]*?--\}\}/g, '')
    // Block tags and partials vanish; a value becomes a word, so that « de {{x}}, » reads « de X, ».
    .replace(/\{\{[#/>^][\s\S]*?\}\}|\{\{else\}\}/g, '')
    .replace(/\{\{[\s\S]*?\}\}/g, 'X')
    .replace(/^---$/gm, ' ')
    .replace(/^(titre|gabarit|objet|sources|pied|envoi): /gm, '')
    .replace(/^(references|pieces_jointes|copies|destinataire):$/gm, '')
    .replace(/^ {2}- /gm, '')
    .replace(/^\|( *-+ *\|)+$/gm, ' ')
    .replace(/:{2,3}[a-z-]+\{[^}]*\}/g, (directive) => [...directive.matchAll(/="([^"]*)"/g)].map((match) => match[1]).join(' '))
    .replace(/^:{2,3}[a-z-]*$/gm, ' ')
    .replace(/^"|"$/gm, '');
}

/** Typographic mistakes of French text, each with what to write instead. */
const RULES: { pattern: RegExp; fix: string }[] = [
  { pattern: /'/, fix: 'apostrophe typographique ’' },
  { pattern: /"/, fix: 'guillemets « »' },
  { pattern: /[^\S\n]+[,.](?!\d)/, fix: 'pas d’espace avant une virgule ou un point' },
  { pattern: /\b1 er\b|\b1ère\b|\b\d+ème\b|\b\d+è\b/, fix: '« 1er », « 1re », « 2e »' },
  { pattern: /\.\.\./, fix: 'points de suspension …' },
  { pattern: /\bMr\.? /, fix: '« M. »' },
  { pattern: /etc\.\s*…|etc…/, fix: '« etc. » sans points de suspension' },
  { pattern: /[«][^\s\u00A0\u202F]|[^\s\u00A0\u202F][»]/, fix: 'une espace à l’intérieur des guillemets « … »' },
  { pattern: /\b(?:[A-Z][a-z]+)?[Ee]tat\b/, fix: '« État » avec accent' },
];

function mistakes(text: string): string[] {
  const found: string[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    for (const rule of RULES) {
      const match = rule.pattern.exec(line);
      if (match) found.push(`ligne ${index + 1} : « ${line.trim().slice(0, 80)} » → ${rule.fix}`);
    }
  }
  return found;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => (key === 'url' ? [] : strings(item)));
  return [];
}

describe('French typography of the kits’ prose', () => {
  it.each(templateFiles().map(({ file, text }) => [file, text]))('%s', (_file, text) => {
    expect(mistakes(prose(text))).toEqual([]);
  });

  it('the knowledge data the templates print', () => {
    const texts = strings(knowledge).filter((text) => !/^https?:/.test(text));
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.flatMap(mistakes)).toEqual([]);
  });

  it('the checker catches what it is for', () => {
    expect(mistakes(prose("J'habite ici , et le 1 er mars « ok»..."))).toHaveLength(5);
    expect(mistakes(prose('---\ntitre: "Lettre {{commune.nom}}"\n---\n{{#if x}}L’été{{/if}} ::qr{url="{{s}}" legende="Je m’inscris"}'))).toEqual([]);
  });
});
