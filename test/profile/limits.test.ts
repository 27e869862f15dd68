import { describe, expect, it } from 'vitest';
import { PROFILE_LIMITS } from '../../src/profile/index.js';
import { failures, onlyFailure, parseText, sainsWith } from './helpers.js';

/** "Billion laughs": each level refers nine times to the previous one (9^depth strings). */
function aliasBomb(levels: number): string {
  const lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i < levels; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

// Reliability B2-1 and B2-2. The time limit only guards against a hang; speed is measured by the bench.
describe('resource limits', () => {
  it('refuses an alias bomb without expanding it', { timeout: 10_000 }, () => {
    const diagnostic = onlyFailure(aliasBomb(12));
    expect(diagnostic).toEqual({
      severity: 'error',
      code: 'ProfileParse',
      message: 'trop d’alias : plus de 50 références (*a1), le profil est refusé.',
      location: { file: 'commune.yaml', line: 3, column: 30, field: 'a2.4' },
      hint: 'écrivez les valeurs en entier au lieu de les répéter avec des alias (*nom).',
    });
  });

  it('still accepts a few aliases', () => {
    const text = sainsWith('  nom: Sains', '  nom: &commune Sains').replace('  commune: Sains', '  commune: *commune');
    expect(parseText(text).profile.expediteur.commune).toBe('Sains');
  });

  it('locates a value given by an alias at the alias', () => {
    const text = sainsWith('  civilite: Madame', '  civilite: *mme').replace('  nom: Sains', '  nom: &mme Mme');
    const [diagnostic] = failures(text);
    expect(diagnostic).toMatchObject({ message: 'maire.civilite : « Mme » n’est pas une valeur possible.', location: { line: 11, column: 13 } });
  });

  it('refuses an unknown alias', () => {
    const diagnostic = onlyFailure(sainsWith('  commune: Sains', '  commune: *ville'));
    expect(diagnostic).toEqual({
      severity: 'error',
      code: 'ProfileParse',
      message: 'alias « *ville » inconnu.',
      location: { file: 'commune.yaml', line: 22, column: 12, field: 'expediteur.commune' },
      hint: 'définissez l’ancre &ville avant *ville, ou écrivez la valeur en entier.',
    });
  });

  it('refuses a recursive alias', () => {
    expect(onlyFailure('a: &x [1, *x]\n')).toMatchObject({ message: 'alias « *x » récursif : il se contient lui-même.', location: { line: 1, column: 11 } });
  });

  it('refuses nesting deeper than the limit, at the first value too deep', () => {
    const depth = PROFILE_LIMITS.maxDepth + 5;
    const diagnostic = onlyFailure(`commune: ${'['.repeat(depth)}x${']'.repeat(depth)}\n`);
    expect(diagnostic).toMatchObject({
      code: 'ProfileParse',
      message: 'imbrication trop profonde (plus de 20 niveaux) : le profil est refusé.',
      location: { file: 'commune.yaml', line: 1, column: 'commune: '.length + PROFILE_LIMITS.maxDepth },
    });
  });

  it('refuses 20,000 nested brackets with a located error', { timeout: 10_000 }, () => {
    const [diagnostic] = failures(`commune: ${'['.repeat(20_000)}`);
    expect(diagnostic).toMatchObject({ code: 'ProfileParse', message: 'imbrication trop profonde : le profil est refusé.', location: { file: 'commune.yaml', line: 1 } });
  });

  it('refuses a file larger than the limit before reading it', () => {
    const diagnostic = onlyFailure(`# ${'x'.repeat(PROFILE_LIMITS.maxBytes)}\n`);
    expect(diagnostic).toMatchObject({ code: 'ProfileRead', message: 'profil trop volumineux : 129 Ko (128 Ko au plus).' });
  });

  it('refuses a profile with too many values', () => {
    const diagnostic = onlyFailure(`risques: [${Array(PROFILE_LIMITS.maxNodes).fill('a').join(',')}]\n`);
    expect(diagnostic).toMatchObject({ code: 'ProfileParse', message: 'profil trop volumineux : plus de 10000 valeurs.' });
  });
});
