import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/io.js';

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

describe('kit (in-process)', () => {
  it('prints its version', async () => {
    const io = memoryIo(process.cwd());
    expect(await main(['--version'], io)).toBe(0);
    expect(io.out().trim()).toBe(version);
  });

  it('prints French help with examples', async () => {
    const io = memoryIo(process.cwd());
    expect(await main(['--help'], io)).toBe(0);
    expect(io.out()).toContain('Utilisation :');
    expect(io.out()).toContain('Commandes :');
    expect(io.out()).toContain('Exemples :');
    expect(io.out()).toContain('produit les documents d’un kit');
    expect(io.out()).not.toMatch(/display help|Usage:/);
  });

  it('prints French help for a command', async () => {
    const io = memoryIo(process.cwd());
    expect(await main(['generate', '--help'], io)).toBe(0);
    expect(io.out()).toContain('--profile <fichier>');
    expect(io.out()).toMatch(/\(par défaut :\s+commune\.yaml\)/);
    expect(io.out()).not.toContain('default');
    expect(io.out()).toContain('kit generate resilience --profile examples/sains/commune.yaml');
  });

  it.each([
    [['generer'], 'commande inconnue « generer »'],
    [['generate', 'resilience', '--forse'], 'option inconnue « --forse »'],
    [['generate'], 'argument manquant : <kit>'],
    [['generate', 'resilience', '--format', 'odt'], 'format de sortie inconnu'],
    [['generate', 'inconnu'], 'kit inconnu « inconnu »'],
    [['generate', 'resilience', '--documents', 'affiche'], 'document inconnu'],
  ])('%j is a usage error (exit 2) in French', async (argv, message) => {
    const io = memoryIo(process.cwd());
    expect(await main(argv, io)).toBe(2);
    expect(io.err()).toContain(message);
    expect(io.err()).not.toMatch(/\n\s+at /);
  });

  it('lists kits and documents', async () => {
    const io = memoryIo(process.cwd());
    expect(await main(['list'], io)).toBe(0);
    expect(io.out()).toMatch(/resilience — Résilience territoriale\n\s+lettre-maire\s+Lettre au maire .*\(lettre\)/);
  });

  it('lists kits as JSON in the contract shape', async () => {
    const io = memoryIo(process.cwd());
    expect(await main(['list', '--json'], io)).toBe(0);
    const json = JSON.parse(io.out()) as { kits: { id: string; title: string; documents: { id: string; title: string; layout: string }[] }[] };
    const resilience = json.kits.find((kit) => kit.id === 'resilience');
    expect(resilience?.title).toBe('Résilience territoriale');
    expect(resilience?.documents).toContainEqual({
      id: 'lettre-maire',
      title: 'Lettre au maire (demande de rendez-vous)',
      layout: 'lettre',
      requis: expect.any(Array) as unknown,
    });
  });
});
