import { Command, type Help, type Option } from 'commander';
import type { Io } from './io.js';
import { registerCalibrate } from './commands/calibrate.js';
import { registerCheck } from './commands/check.js';
import { registerGenerate } from './commands/generate.js';
import { registerInit } from './commands/init.js';
import { registerList } from './commands/list.js';
import { registerNew } from './commands/new.js';
import { registerSchema } from './commands/schema.js';
import { packageVersion } from './version.js';

const TITLES: Record<string, string> = {
  'Usage:': 'Utilisation :',
  'Options:': 'Options :',
  'Commands:': 'Commandes :',
  'Arguments:': 'Arguments :',
  'Global Options:': 'Options générales :',
};

/** " (par défaut : sortie)", instead of commander's English "(default: "sortie")". */
function optionDescription(option: Option): string {
  const value = option.defaultValue as unknown;
  const shown = typeof value === 'string' ? value : undefined;
  return shown === undefined ? option.description : `${option.description} (par défaut : ${shown})`;
}

/** French help: commander's section titles translated, French descriptions everywhere. */
export function frenchHelp(command: Command): Command {
  return command
    .configureHelp({ styleTitle: (title: string) => TITLES[title] ?? title, sortSubcommands: false, optionDescription } satisfies Partial<Help>)
    .helpOption('-h, --help', 'affiche cette aide');
}

/** Outcome of the command that ran: its exit code (0 unless it says otherwise). */
export interface RunState {
  exitCode: number;
}

/**
 * A fresh program per run (testable in-process): errors are thrown, never `process.exit`,
 * and commander's own English error output is silenced (cli/main.ts prints ours in French).
 */
export function createProgram(io: Io, state: RunState): Command {
  const program = frenchHelp(new Command('kit'))
    .description(
      'kit-citoyen : des kits de campagne citoyenne pour votre commune (lettres au maire, DICRIM, affiches), en PDF et DOCX.',
    )
    .version(packageVersion(), '-V, --version', 'affiche la version')
    .helpCommand('help [commande]', 'affiche l’aide d’une commande')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: () => {},
    })
    .addHelpText(
      'after',
      `
Exemples :
  $ kit init
  $ kit list
  $ kit generate resilience --profile examples/sains/commune.yaml
  $ kit generate resilience --profile commune.yaml --format pdf --out courriers
  $ kit check resilience --profile commune.yaml

Codes de sortie : 0 terminé ; 2 commande mal formée ; 3 avertissements avec --strict ;
4 profil invalide ; 5 modèle ou kit invalide ; 6 données invalides ; 7 fichier de sortie
(déjà présent ou écriture impossible) ; 1 erreur interne ; 130 interrompu.`,
    );
  registerInit(program, io, state);
  registerList(program, io, state);
  registerNew(program, io, state);
  registerGenerate(program, io, state);
  registerCheck(program, io, state);
  registerSchema(program, io, state);
  registerCalibrate(program, io, state);
  return program;
}
