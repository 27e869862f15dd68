import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ALIASES, CIVILITE_VALUES, labelKey } from '../../src/data/aliases.js';
import { fieldByPath, PROFILE_FIELDS } from '../../src/data/fields.js';
import { civilites } from '../../src/profile/schema.js';

describe('the alias table', () => {
  test('every label sets an existing field of the profile; line numbers only on lists', () => {
    for (const alias of ALIASES) {
      const field = fieldByPath(alias.path);
      expect(field, alias.label).toBeDefined();
      if (alias.item !== undefined) expect(field!.kind, alias.label).toBe('list');
    }
  });

  test('no two labels compare equal while setting different fields', () => {
    const seen = new Map<string, string>();
    for (const alias of ALIASES) {
      const key = labelKey(alias.label);
      const target = `${alias.path}#${alias.item ?? ''}`;
      expect(seen.get(key) ?? target, alias.label).toBe(target);
      seen.set(key, target);
    }
  });

  test('no label reads like a dotted path of another field', () => {
    const paths = new Map(PROFILE_FIELDS.map((field) => [labelKey(field.path), field.path]));
    for (const alias of ALIASES) {
      const path = paths.get(labelKey(alias.label));
      if (path !== undefined) expect(path, alias.label).toBe(alias.path);
    }
  });

  test('the recipient’s fields are all reachable by a French label', () => {
    const labelled = new Set(ALIASES.map((alias) => alias.path));
    for (const path of ['commune.code_insee', 'commune.nom', 'maire.civilite', 'maire.prenom', 'maire.nom', 'maire.appellation', 'mairie.adresse', 'mairie.code_postal', 'mairie.email', 'mairie.telephone']) {
      expect(labelled.has(path), path).toBe(true);
    }
  });

  test('the table documented in aliases.ts lists exactly the labels of the code', () => {
    const source = readFileSync(new URL('../../src/data/aliases.ts', import.meta.url), 'utf8');
    const rows = [...source.matchAll(/^ \* \| ([^|]+?) +\| `([a-z_.]+)`[^|]*\|$/gm)];
    const documented = rows.flatMap(([, labels, path]) => labels!.split(', ').map((label) => `${label.trim()} → ${path}`));
    const code = ALIASES.map((alias) => `${alias.label} → ${alias.path}`);
    expect(documented.sort()).toEqual(code.sort());
  });

  test('civility values map to the schema’s values', () => {
    for (const value of Object.values(CIVILITE_VALUES)) expect(civilites).toContain(value);
  });
});
