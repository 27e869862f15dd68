import type { Command } from 'commander';
import type { Io } from '../io.js';
import { frenchHelp, type RunState } from '../program.js';
import { sourceDateEpoch } from './options.js';

interface CalibrateOptions {
  out: string;
  force?: boolean;
}

export function registerCalibrate(program: Command, io: Io, state: RunState): void {
  frenchHelp(program.command('calibrate'))
    .description('produit une page de réglage : la fenêtre de l’enveloppe, les plis et une règle')
    .option('-o, --out <fichier>', 'fichier PDF à écrire', 'calibrage.pdf')
    .option('--force', 'remplace le fichier s’il existe')
    .addHelpText(
      'after',
      `
Imprimez la page à 100 % (sans « ajuster à la page »), vérifiez la règle de 100 mm, pliez la
feuille aux repères et glissez-la dans une enveloppe DL à fenêtre : le cadre de l’adresse doit
apparaître en entier dans la fenêtre.

Exemple :
  $ kit calibrate --out calibrage.pdf`,
    )
    .action(async (options: CalibrateOptions) => {
      const { calibrate } = await import('../../pipeline/calibrate.js');
      const epoch = sourceDateEpoch(io.env);
      const result = await calibrate({ out: options.out, force: options.force === true, cwd: io.cwd, ...(epoch !== undefined && { sourceDateEpoch: epoch }) });
      io.stdout.write(`  ${io.color.green('✓')} ${result.path}\nImprimez cette page à 100 %, pliez-la aux repères et vérifiez qu’elle tombe dans la fenêtre de l’enveloppe.\n`);
      state.exitCode = 0;
    });
}
