import { afterEach, describe, expect, it } from 'vitest';
import { failures, sainsWith } from './helpers.js';

// Reliability B2-7: `__proto__` and `constructor` are unknown keys, and pollute nothing.
describe('prototype keys', () => {
  afterEach(() => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses `__proto__` and `constructor` as unknown keys, located', () => {
    const found = failures(sainsWith('maire:\n', 'maire:\n  __proto__:\n    polluted: oui\n  constructor:\n    prototype:\n      polluted: oui\n'));
    expect(found).toEqual([
      {
        severity: 'error',
        code: 'ProfileInvalid',
        message: 'clé « __proto__ » inconnue dans « maire ».',
        location: { file: 'commune.yaml', line: 11, column: 3, field: 'maire.__proto__' },
        actual: '__proto__',
        expected: 'civilite, prenom, nom ou appellation',
        hint: 'supprimez cette ligne, ou corrigez le nom de la clé.',
      },
      expect.objectContaining({ message: 'clé « constructor » inconnue dans « maire ».', location: expect.objectContaining({ line: 13, column: 3 }) }),
    ]);
  });

  it('refuses `__proto__` at the top level', () => {
    const found = failures(`__proto__: {polluted: oui}\n${sainsWith('maire:', 'maire:')}`);
    expect(found).toEqual([expect.objectContaining({ code: 'ProfileInvalid', message: 'clé « __proto__ » inconnue.', location: expect.objectContaining({ line: 1, column: 1 }) })]);
  });

  it('refuses `__proto__` inside a flow mapping and in a list', () => {
    const found = failures(sainsWith('risques: [inondation, tempete]', 'risques: [{__proto__: {polluted: oui}}]'));
    expect(found[0]).toMatchObject({ code: 'ProfileInvalid', location: { line: 25, field: 'risques.0' } });
  });
});
