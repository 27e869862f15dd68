import { Option, type Command } from 'commander';
import { diagnosticToJson, KitError, type Diagnostic } from '../../diagnostics/index.js';
import type { GenerateResult } from '../../pipeline/generate.js';
import type { Io } from '../io.js';
import { frenchHelp, type RunState } from '../program.js';
import { printDiagnostics } from '../report.js';
import { collect, parseFormats, parseList, sourceDateEpoch } from './options.js';

interface GenerateOptions {
  profile: string;
  documents?: string;
  format: string;
  out: string;
  force?: boolean;
  dryRun?: boolean;
  json?: boolean;
  strict?: boolean;
  kitPath: string[];
}

function sizeLabel(bytes: number): string {
  return bytes < 1024 ? `${bytes} o` : `${Math.round(bytes / 1024)} ko`;
}

function printHuman(io: Io, result: GenerateResult): void {
  printDiagnostics(io, result.warnings);
  for (const file of result.files) {
    const pages = file.pages === undefined ? '' : `${file.pages} page${file.pages > 1 ? 's' : ''}, `;
    const mark = result.written ? io.color.green('✓') : '·';
    io.stdout.write(`  ${mark} ${file.displayPath} (${pages}${sizeLabel(file.bytes.length)})\n`);
  }
  const count = result.files.length;
  io.stdout.write(
    result.written
      ? `${count} fichier${count > 1 ? 's' : ''} écrit${count > 1 ? 's' : ''}.\n`
      : `Simulation (--dry-run) : ${count} fichier${count > 1 ? 's' : ''} à écrire, rien n’a été écrit.\n`,
  );
}

function jsonReport(result: GenerateResult | undefined, errors: readonly Diagnostic[], dryRun: boolean): string {
  const report = {
    dryRun,
    files: (result?.files ?? []).map((file) => ({
      path: file.displayPath,
      document: file.document,
      format: file.format,
      pages: file.pages ?? null,
      bytes: file.bytes.length,
      sha256: file.sha256,
      row: null,
    })),
    warnings: (result?.warnings ?? []).map(diagnosticToJson),
    errors: errors.map(diagnosticToJson),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

export function registerGenerate(program: Command, io: Io, state: RunState): void {
  frenchHelp(program.command('generate'))
    .description('produit les documents d’un kit pour une commune')
    .argument('<kit>', 'identifiant du kit (voir kit list)')
    .option('-p, --profile <fichier>', 'profil de la commune (YAML)', 'commune.yaml')
    .option('-d, --documents <liste>', 'documents à produire, séparés par des virgules (par défaut : tous)')
    .option('-f, --format <liste>', 'formats, séparés par des virgules : pdf, docx', 'pdf,docx')
    .option('-o, --out <dossier>', 'dossier de sortie', 'sortie')
    .option('--force', 'remplace les fichiers déjà présents')
    .option('--dry-run', 'montre ce qui serait écrit, sans rien écrire')
    .option('--json', 'rapport JSON sur la sortie standard (et rien d’autre)')
    .addOption(new Option('--strict', 'échoue (code 3) au moindre avertissement, sans rien écrire'))
    .option('--kit-path <dossier>', 'dossier de kits personnels, cherché avant les kits fournis (répétable)', collect, [])
    .addHelpText(
      'after',
      `
Les fichiers sont écrits dans <dossier>/<kit>/<document>.<format>, par exemple
sortie/resilience/lettre-maire.pdf. Un fichier existant n’est jamais remplacé sans --force.

Exemples :
  $ kit generate resilience --profile examples/sains/commune.yaml
  $ kit generate resilience --documents lettre-maire --format pdf
  $ kit generate resilience --dry-run --json`,
    )
    .action(async (kit: string, options: GenerateOptions) => {
      const { generate } = await import('../../pipeline/generate.js');
      const controller = new AbortController();
      const onInterrupt = () => controller.abort();
      process.once('SIGINT', onInterrupt);
      try {
        const epoch = sourceDateEpoch(io.env);
        const result = await generate({
          kit,
          kitPaths: options.kitPath,
          profile: options.profile,
          ...(options.documents !== undefined && { documents: parseList(options.documents) }),
          formats: parseFormats(options.format),
          out: options.out,
          force: options.force === true,
          dryRun: options.dryRun === true,
          strict: options.strict === true,
          cwd: io.cwd,
          now: epoch === undefined ? new Date() : new Date(epoch * 1000),
          ...(epoch !== undefined && { sourceDateEpoch: epoch }),
          signal: controller.signal,
        });
        if (options.json) io.stdout.write(jsonReport(result, [], options.dryRun === true));
        else printHuman(io, result);
        state.exitCode = 0;
      } catch (error) {
        if (options.json && error instanceof KitError) {
          io.stdout.write(jsonReport(undefined, error.diagnostics, options.dryRun === true));
          state.exitCode = error.exitCode;
          return;
        }
        throw error;
      } finally {
        process.removeListener('SIGINT', onInterrupt);
      }
    });
}
