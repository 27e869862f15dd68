import { describe, expect, it } from 'vitest';
import { printError } from '../../src/cli/report.js';
import { internalError, KitError } from '../../src/diagnostics/index.js';
import { memoryIo } from '../helpers/io.js';

describe('error report', () => {
  it('turns an unforeseen exception into "erreur interne" (exit 1), without a stack trace', () => {
    const io = memoryIo(process.cwd());
    const error = internalError(new TypeError('x is undefined'));
    printError(io, error);
    expect(error.exitCode).toBe(1);
    expect(io.err()).toContain('Erreur interne : x is undefined');
    expect(io.err()).toContain('Merci de signaler');
    expect(io.err()).toContain('KIT_DEBUG=1');
    expect(io.err()).not.toMatch(/\n\s+at /);
  });

  it('adds the stack of the cause under KIT_DEBUG=1', () => {
    const io = memoryIo(process.cwd(), { KIT_DEBUG: '1' });
    printError(io, internalError(new TypeError('x is undefined')));
    expect(io.err()).toMatch(/TypeError: x is undefined\n\s+at /);
  });

  it('renders location, found, expected and hint', () => {
    const io = memoryIo(process.cwd());
    printError(
      io,
      new KitError({
        code: 'ProfileInvalid',
        message: 'code_postal : « 1000 » n’est pas un code postal (5 chiffres attendus).',
        location: { file: 'commune.yaml', line: 3, column: 16 },
        actual: '1000',
        expected: '5 chiffres',
        hint: 'mettez la valeur entre guillemets : code_postal: "01000"',
      }),
    );
    expect(io.err()).toBe(
      'commune.yaml:3:16 — code_postal : « 1000 » n’est pas un code postal (5 chiffres attendus).\n' +
        '  Trouvé : « 1000 » ; attendu : 5 chiffres\n' +
        '  Astuce : mettez la valeur entre guillemets : code_postal: "01000"\n',
    );
  });
});
