import { Option, type Command } from 'commander';
import { diagnosticToJson, KitError, type Diagnostic } from '../../diagnostics/index.js';
import type { Io } from '../io.js';
import { frenchHelp, type RunState } from '../program.js';
import { groupRepeated, printDiagnostics, summarizeByKind } from '../report.js';
import { collect, parseDelimiterOption, parseEncoding, parseFlyerPaper, parseFormats, parseJobs, parseList, parsePosterPaper, sourceDateEpoch } from './options.js';

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
  csv?: string;
  skipInvalid?: boolean;
  resume?: boolean;
  duplex?: boolean;
  encoding?: string;
  delimiter?: string;
  jobs?: string;
  affiche: string;
  flyer: string;
  bleed?: boolean;
  pdfa?: boolean;
  polices?: boolean;
}

/** A file as reported to the user (human or --json), from a single run or a batch. */
interface ReportedFile {
  path: string;
  document: string;
  format: string;
  pages: number | null;
  bytes: number;
  sha256: string;
  row: number | null;
}

interface Report {
  files: ReportedFile[];
  /** Files written (or to write), when `files` does not list them all (a batch). */
  count?: number;
  warnings: Diagnostic[];
  written: boolean;
}

function sizeLabel(bytes: number): string {
  return bytes < 1024 ? `${bytes} o` : `${Math.round(bytes / 1024)} ko`;
}

/** Up to this many files, the human report names each one; past it, the print files and the manifest. */
const SHOWN_FILES = 12;

function printHuman(io: Io, report: Report, summary?: string): void {
  printDiagnostics(io, summarizeByKind(groupRepeated(report.warnings)));
  const count = report.count ?? report.files.length;
  const shown = count > SHOWN_FILES ? report.files.filter((file) => file.row === null) : report.files;
  for (const file of shown) {
    const pages = file.pages === null ? '' : `${file.pages} page${file.pages > 1 ? 's' : ''}, `;
    const mark = report.written ? io.color.green('✓') : '·';
    io.stdout.write(`  ${mark} ${file.path} (${pages}${sizeLabel(file.bytes)})\n`);
  }
  if (summary) io.stdout.write(`${summary}\n`);
  io.stdout.write(
    report.written
      ? `${count} fichier${count > 1 ? 's' : ''} écrit${count > 1 ? 's' : ''}.\n`
      : `Simulation (--dry-run) : ${count} fichier${count > 1 ? 's' : ''} à écrire, rien n’a été écrit.\n`,
  );
}

function jsonReport(report: Report | undefined, errors: readonly Diagnostic[], dryRun: boolean): string {
  const json = {
    dryRun,
    files: report?.files ?? [],
    warnings: (report?.warnings ?? []).map(diagnosticToJson),
    errors: errors.map(diagnosticToJson),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** "  120/300 lignes · 45 lignes/s · reste 4 s", redrawn in place on a terminal. */
function progressPrinter(io: Io): (done: number, total: number) => void {
  const start = Date.now();
  return (done, total) => {
    const seconds = (Date.now() - start) / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const left = rate > 0 ? Math.ceil((total - done) / rate) : 0;
    io.stderr.write(`\r  ${done}/${total} lignes · ${rate.toFixed(0)} lignes/s · reste ${left} s `);
    if (done === total) io.stderr.write('\n');
  };
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
    .option('--affiche <papier>', 'papier des affiches : A4 ou A3', 'A4')
    .option('--flyer <papier>', 'papier des flyers : A4-2xA5 ou A4-4xA6 (imposés sur A4, avec traits de coupe), A5 ou A6', 'A4-2xA5')
    .option('--bleed', 'fond perdu de 3 mm et traits de coupe, pour un imprimeur (affiches, flyers A5/A6)')
    .option('--pdfa', 'PDF/A-2b, pour l’archivage')
    .option('--csv <fichier>', 'publipostage : un document par ligne de ce tableau (CSV exporté d’Excel ou LibreOffice)')
    .option('--skip-invalid', 'publipostage : produit les lignes valides et signale les autres')
    .option('--resume', 'publipostage : termine un publipostage interrompu (les fichiers déjà écrits sont gardés)')
    .option('--duplex', 'publipostage : chaque lettre du fichier à imprimer commence sur une page impaire (recto verso)')
    .option('--encoding <codage>', 'publipostage : codage du CSV, utf-8 ou windows-1252 (détecté sinon)')
    .option('--delimiter <séparateur>', 'publipostage : séparateur du CSV, « ; », « , » ou « tab » (détecté sinon)')
    .option('--polices', 'publipostage : inclut la police dans chaque DOCX (540 ko par fichier ; sinon, installez Source Sans 3)')
    .option('--jobs <N>', 'publipostage : nombre de fils de calcul (par défaut : un par cœur à partir de 300 lignes)')
    .addHelpText(
      'after',
      `
Les fichiers sont écrits dans <dossier>/<kit>/<document>.<format>, par exemple
sortie/resilience/lettre-maire.pdf. Un fichier existant n’est jamais remplacé sans --force.

En publipostage (--csv), chaque ligne du tableau donne un fichier
<dossier>/<kit>/<document>/<nom>.<format>, plus <document>-publipostage.pdf (toutes les
lettres à imprimer) et manifeste.csv (ce qui a été produit, ligne par ligne). Le profil
(--profile) porte alors ce qui est commun à toutes les lignes, l’expéditeur par exemple.

Exemples :
  $ kit generate resilience --profile examples/sains/commune.yaml
  $ kit generate resilience --documents lettre-maire --format pdf
  $ kit generate resilience --dry-run --json
  $ kit generate resilience --csv maires.csv --profile association.yaml --format pdf`,
    )
    .action(async (kit: string, options: GenerateOptions, command: Command) => {
      const controller = new AbortController();
      const onInterrupt = () => controller.abort();
      process.once('SIGINT', onInterrupt);
      try {
        const epoch = sourceDateEpoch(io.env);
        const common = {
          kit,
          kitPaths: options.kitPath,
          ...(options.documents !== undefined && { documents: parseList(options.documents) }),
          formats: parseFormats(options.format),
          out: options.out,
          force: options.force === true,
          dryRun: options.dryRun === true,
          strict: options.strict === true,
          cwd: io.cwd,
          now: epoch === undefined ? new Date() : new Date(epoch * 1000),
          ...(epoch !== undefined && { sourceDateEpoch: epoch }),
          print: { poster: parsePosterPaper(options.affiche), flyer: parseFlyerPaper(options.flyer), bleed: options.bleed === true },
          ...(options.pdfa && { pdfa: true }),
          signal: controller.signal,
        };
        let report: Report;
        let summary: string | undefined;
        if (options.csv !== undefined) {
          const { generateBatchInThread } = await import('../../pipeline/batch-thread.js');
          // In a batch the profile is optional: only a --profile given on the command line is read.
          const profileGiven = command.getOptionValueSource('profile') !== 'default';
          const result = await generateBatchInThread({
            ...common,
            csv: options.csv,
            ...(profileGiven && { profile: options.profile }),
            resume: options.resume === true,
            embedFonts: options.polices === true,
            skipInvalid: options.skipInvalid === true,
            duplex: options.duplex === true,
            ...(options.encoding !== undefined && { encoding: parseEncoding(options.encoding) }),
            ...(options.delimiter !== undefined && { delimiter: parseDelimiterOption(options.delimiter) }),
            ...(options.jobs !== undefined && { jobs: parseJobs(options.jobs) }),
            ...(!options.json && io.stderr.isTTY === true && { onProgress: progressPrinter(io) }),
            ...(!options.json && { rowFilesListed: SHOWN_FILES }),
          });
          report = { files: result.files.map((file) => ({ ...file, pages: file.pages ?? null })), count: result.fileCount, warnings: result.warnings, written: result.written };
          summary = `${result.rows.valid} ligne(s) produite(s)${result.rows.resumed ? ` dont ${result.rows.resumed} déjà présente(s)` : ''}${result.rows.invalid ? `, ${result.rows.invalid} ignorée(s)` : ''}.`;
        } else {
          for (const [flag, set] of [['--resume', options.resume], ['--skip-invalid', options.skipInvalid], ['--duplex', options.duplex], ['--encoding', options.encoding], ['--delimiter', options.delimiter], ['--jobs', options.jobs], ['--polices', options.polices]] as const) {
            if (set !== undefined) throw new KitError({ code: 'Usage', message: `${flag} ne sert qu’en publipostage.`, hint: 'ajoutez --csv <fichier>, ou retirez cette option.' });
          }
          const { generate } = await import('../../pipeline/generate.js');
          const result = await generate({ ...common, profile: options.profile });
          report = {
            files: result.files.map((file) => ({ path: file.displayPath, document: file.document, format: file.format, pages: file.pages ?? null, bytes: file.bytes.length, sha256: file.sha256, row: null })),
            warnings: result.warnings,
            written: result.written,
          };
        }
        if (options.json) io.stdout.write(jsonReport(report, [], options.dryRun === true));
        else printHuman(io, report, summary);
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
