import { describe, expect, it } from 'vitest';
import { createTemplateEngine } from '../../src/template/compile.js';
import type { FieldReads } from '../../src/template/field-reads.js';
import type { PartialSource } from '../../src/template/partials.js';

function readsOf(text: string, partials: Record<string, string> = {}): FieldReads {
  let reads: FieldReads | undefined;
  const set = new Map<string, PartialSource>(Object.entries(partials).map(([name, body]) => [name, { name, file: `templates/${name}.md`, text: body }]));
  createTemplateEngine()
    .scoped({ partials: set, onCompile: (fields) => (reads = fields) })
    .compileMarkdown({ file: 'modele.md', text, firstLine: 1 });
  return reads!;
}

describe('fields a template reads without a guard', () => {
  it('counts plain outputs and helper arguments', () => {
    expect(readsOf('{{maire.nom}} {{appellation maire}} {{liste heure_civique.missions}} {{date_longue date}}').required).toEqual([
      'maire.nom',
      'maire',
      'heure_civique.missions',
      'date',
    ]);
  });

  it('does not count a field read under {{#if}} or {{#unless}} on it or on a parent of it', () => {
    const reads = readsOf(
      '{{#if expediteur.association}}{{expediteur.association}}{{/if}}{{#if heure_civique}}{{heure_civique.site}}{{else}}{{heure_civique.contact}}{{/if}}{{#unless reunion.heure}}x{{else}}{{reunion.heure}}{{/unless}}',
    );
    expect(reads.required).toEqual([]);
    expect(reads.read).toEqual(expect.arrayContaining(['expediteur.association', 'heure_civique.site', 'heure_civique.contact', 'reunion.heure']));
  });

  it('still counts a field read under a guard on another field', () => {
    expect(readsOf('{{#if risques}}{{maire.nom}}{{/if}}').required).toEqual(['maire.nom']);
  });

  it('reads the items of {{#each}} relative to the item, and ../ to the root', () => {
    const reads = readsOf('{{#each consignes}}{{titre}} {{../commune.nom}} {{@root.maire.nom}}{{#each avant}}{{this}}{{/each}}{{/each}}');
    expect(reads.required).toEqual(['commune.nom', 'maire.nom']);
  });

  it('does not count a list iterated with {{#each}}, nor the block without helper', () => {
    expect(readsOf('{{#each entraide.services}}- {{this}}{{/each}}{{#reunion}}{{lieu}}{{/reunion}}').required).toEqual([]);
  });

  it('counts the fields read in partials, with the guards around the inclusion', () => {
    const partials = { contact: '{{heure_civique.contact}}\n', sig: '{{expediteur.nom}}\n' };
    const reads = readsOf('{{#if heure_civique.contact}}\n{{> contact}}\n{{/if}}\n{{> sig}}\n', partials);
    expect(reads.required).toEqual(['expediteur.nom']);
    expect(reads.read).toContain('heure_civique.contact');
  });
});
