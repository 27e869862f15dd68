import type { Command } from 'commander';
import { diagnosticToJson } from '../../diagnostics/index.js';
import type { Io } from '../io.js';
import { frenchHelp, type RunState } from '../program.js';
import { printDiagnostics } from '../report.js';
import { collect, sourceDateEpoch } from './options.js';

interface CheckOptions {
  profile?: string;
  json?: boolean;
  strict?: boolean;
  kitPath: string[];
}

export function registerCheck(program: Command, io: Io, state: RunState): void {
  frenchHelp(program.command('check'))
    .description('vérifie un kit et un profil sans rien écrire')
    .argument('[kit]', 'kit à vérifier (ses modèles, et ses documents remplis avec le profil)')
    .option('-p, --profile <fichier>', 'profil de la commune à vérifier (YAML)')
    .option('--json', 'rapport JSON sur la sortie standard')
    .option('--strict', 'échoue (code 3) au moindre avertissement')
    .option('--kit-path <dossier>', 'dossier de kits personnels, cherché avant les kits fournis (répétable)', collect, [])
    .addHelpText(
      'after',
      `
Sans argument, vérifie le profil commune.yaml du dossier courant.

Exemples :
  $ kit check --profile commune.yaml
  $ kit check resilience --profile examples/sains/commune.yaml
  $ kit check resilience --json`,
    )
    .action(async (kit: string | undefined, options: CheckOptions) => {
      const { check, checkExitCode } = await import('../../pipeline/check.js');
      const profile = options.profile ?? (kit === undefined ? 'commune.yaml' : undefined);
      const epoch = sourceDateEpoch(io.env);
      const result = await check({
        ...(kit !== undefined && { kit }),
        ...(profile !== undefined && { profile }),
        kitPaths: options.kitPath,
        cwd: io.cwd,
        now: epoch === undefined ? new Date() : new Date(epoch * 1000),
      });
      state.exitCode = checkExitCode(result, options.strict === true);
      if (options.json) {
        const report = {
          ok: state.exitCode === 0,
          checked: result.checked,
          warnings: result.warnings.map(diagnosticToJson),
          errors: result.errors.map(diagnosticToJson),
        };
        io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        return;
      }
      printDiagnostics(io, [...result.errors, ...result.warnings]);
      for (const item of result.checked) io.stdout.write(`  ${io.color.green('✓')} ${item}\n`);
      const problems = result.errors.length + result.warnings.length;
      io.stdout.write(
        result.errors.length > 0
          ? `${result.errors.length} erreur${result.errors.length > 1 ? 's' : ''} : à corriger avant de produire les documents.\n`
          : problems > 0
            ? `Valide, avec ${result.warnings.length} avertissement${result.warnings.length > 1 ? 's' : ''}.\n`
            : 'Tout est valide.\n',
      );
    });
}
