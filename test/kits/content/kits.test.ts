import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/cli.js';
import { parseManifest } from '../../../src/kits/manifest.js';
import { splitFrontMatter } from '../../../src/template/front-matter.js';

/** The contract of issue 5: kits, document ids and layouts. */
const KITS: Record<string, Record<string, string>> = {
  resilience: { 'lettre-maire': 'lettre', 'marche-a-suivre': 'fiche' },
  dicrim: { 'lettre-maire': 'lettre', 'checklist-dicrim': 'fiche', consignes: 'fiche', 'kit-72h': 'fiche', 'affiche-reflexes': 'affiche' },
  'heure-civique': { affiche: 'affiche', flyer: 'flyer', 'lettre-habitants': 'lettre', communique: 'fiche', inscription: 'fiche' },
  entraide: { 'affiche-hall': 'affiche', flyer: 'flyer', 'panneau-voisins': 'fiche', annuaire: 'fiche' },
  'securite-solidaire': { 'lettre-maire': 'lettre', 'affiche-reunion': 'affiche', charte: 'fiche' },
};

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

const documents = Object.entries(KITS).flatMap(([kit, docs]) => {
  const manifest = parseManifest(read(`kits/${kit}/kit.yaml`), `kits/${kit}/kit.yaml`);
  return manifest.documents.map((doc) => ({ kit, id: doc.id, file: `kits/${kit}/${doc.modele}`, expected: docs[doc.id] }));
});

describe('built-in kits', () => {
  it.each(Object.entries(KITS))('%s declares exactly the documents of the contract', (kit, docs) => {
    const manifest = parseManifest(read(`kits/${kit}/kit.yaml`), `kits/${kit}/kit.yaml`);
    expect(manifest.documents.map((doc) => doc.id)).toEqual(Object.keys(docs));
  });

  it.each(documents)('$kit/$id: template exists with the contract layout and a title', ({ file, expected }) => {
    const { fields } = splitFrontMatter(read(file), file);
    expect(fields.get('gabarit')?.value).toBe(expected);
    expect(fields.get('titre')?.value.length).toBeGreaterThan(3);
    if (expected === 'lettre') expect(fields.get('objet')).toBeDefined();
  });

  it.each(documents)('$kit/$id: every partial it includes exists (templates/ or the kit’s partiels/)', ({ kit, file }) => {
    const names = [...read(file).matchAll(/\{\{>\s*([\w-]+)/g)].map((match) => match[1] as string);
    for (const name of names) {
      expect(existsSync(path.join(ROOT, 'templates', `${name}.md`)) || existsSync(path.join(ROOT, 'kits', kit, 'partiels', `${name}.md`)), name).toBe(true);
    }
  });

  it.each(documents.filter((doc) => doc.expected === 'affiche' || doc.expected === 'flyer'))(
    '$kit/$id: a poster or flyer stays short (at most 90 words of its own)',
    ({ file }) => {
      const { body } = splitFrontMatter(read(file), file);
      const words = body.replace(/\{\{[\s\S]*?\}\}/g, ' ').replace(/:{2,3}[a-z-]+(\{[^}]*\})?/g, ' ').split(/\s+/).filter((word) => /\p{L}/u.test(word));
      expect(words.length).toBeLessThanOrEqual(90);
    },
  );

  it('letters to the mayor close with the appellation of their opening (shared partial)', () => {
    for (const doc of documents.filter((d) => d.expected === 'lettre' && d.id === 'lettre-maire')) {
      const text = read(doc.file);
      expect(text).toMatch(/^\{\{appellation maire\}\},$/m);
      expect(text).toContain('{{> politesse-maire}}');
    }
    expect(read('templates/politesse-maire.md')).toContain('{{appellation maire}}');
  });

  it('no document names a partner association or uses a logo', () => {
    for (const { file } of documents) {
      const text = read(file);
      expect(text, file).not.toMatch(/Voisins Solidaires|Voisins Vigilants|Fête des Voisins|logo/i);
    }
  });
});
