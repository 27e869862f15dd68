import type { Command } from 'commander';
import type { Io } from '../io.js';
import { frenchHelp, type RunState } from '../program.js';

export function registerSchema(program: Command, io: Io, state: RunState): void {
  frenchHelp(program.command('schema'))
    .description('affiche le schéma JSON du profil, pour la complétion dans les éditeurs')
    .addHelpText(
      'after',
      `
Les éditeurs qui comprennent yaml-language-server (VS Code avec l’extension YAML, par exemple)
valident et complètent le profil si sa première ligne désigne le schéma :
  # yaml-language-server: $schema=commune.schema.json

Exemple :
  $ kit schema > commune.schema.json`,
    )
    .action(async () => {
      const { profileJsonSchema } = await import('../../profile/json-schema.js');
      io.stdout.write(`${JSON.stringify(profileJsonSchema(), null, 2)}\n`);
      state.exitCode = 0;
    });
}
