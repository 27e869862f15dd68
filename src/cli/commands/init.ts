import path from 'node:path';
import type { Command } from 'commander';
import { KitError } from '../../diagnostics/index.js';
import type { InitFlags } from '../../init/flags.js';
import type { Asker } from '../../init/questions.js';
import type { Io } from '../io.js';
import { frenchHelp, type RunState } from '../program.js';

interface InitOptions extends InitFlags {
  output?: string;
  yes?: boolean;
  force?: boolean;
}

/** What tests replace: whether questions can be asked, and who asks them. */
export interface InitDeps {
  /** By default: stdin and stdout are both terminals. */
  interactive?: boolean;
  asker?: () => Promise<Asker>;
}

const DEFAULT_OUTPUT = 'commune.yaml';

/** Repeatable option; no commander default, whose help line would say "(default: [])" in English. */
const repeat = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

export function registerInit(program: Command, io: Io, state: RunState, deps: InitDeps = {}): void {
  frenchHelp(program.command('init'))
    .description('crée le profil de votre commune (commune.yaml) en répondant à quelques questions')
    .option('--commune <commune>', 'la commune : code INSEE, nom ou code postal (« 35248 », « Sains », « 35610 Sains », « Sainte-Colombe (35) »)')
    .option('-o, --output <fichier>', `fichier du profil à créer (par défaut : ${DEFAULT_OUTPUT})`)
    .option('-y, --yes', 'prend la valeur par défaut de chaque réponse facultative, sans la demander')
    .option('--force', 'remplace le profil s’il existe déjà')
    .option('--commune-code-postal <code>', 'code postal de la mairie, si la commune en a plusieurs (par défaut : le premier)')
    .option('--mairie-adresse <ligne>', 'adresse de la mairie, numéro et voie (une ou deux fois)', repeat)
    .option('--mairie-email <e-mail>', 'e-mail de la mairie')
    .option('--mairie-telephone <numéro>', 'téléphone de la mairie')
    .option('--maire-civilite <civilité>', 'Madame ou Monsieur')
    .option('--maire-prenom <prénom>', 'prénom du maire ou de la maire')
    .option('--maire-nom <nom>', 'nom du maire ou de la maire')
    .option('--maire-appellation <texte>', 'autre appellation que « Madame la Maire » ou « Monsieur le Maire »')
    .option('--expediteur-nom <nom>', 'vos prénom et nom : la personne qui signe')
    .option('--expediteur-qualite <texte>', 'votre qualité, par exemple « Habitante du quartier »')
    .option('--expediteur-association <nom>', 'l’association au nom de laquelle vous écrivez')
    .option('--expediteur-adresse <ligne>', 'votre adresse, numéro et voie (une ou deux fois)', repeat)
    .option('--expediteur-code-postal <code>', 'votre code postal (par défaut : celui de la commune)')
    .option('--expediteur-commune <nom>', 'votre commune (par défaut : la commune du profil)')
    .option('--expediteur-email <e-mail>', 'votre e-mail')
    .option('--expediteur-telephone <numéro>', 'votre téléphone')
    .option('--expediteur-signature <image>', 'image de votre signature, relative au profil')
    .option('--risques <liste>', 'risques majeurs de la commune, séparés par des virgules (ou « aucun »)')
    .option('--logo <image>', 'logo, relatif au profil')
    .option('--couleur <#rrvvbb>', 'couleur principale, par exemple #1d4e89')
    .addHelpText(
      'after',
      `
Dans un terminal, kit init pose les questions (la commune se cherche en tapant son nom,
son code postal ou son code INSEE) ; une option donnée saute sa question. Sans terminal
(script, CI), toutes les réponses viennent des options : une réponse obligatoire manquante
est une erreur (code 2) qui nomme l’option à passer. Un profil existant n’est jamais remplacé
sans --force (code 7). Ctrl-C interrompt sans rien écrire (code 130).

Risques : inondation, submersion-marine, seisme, mouvement-de-terrain, feu-de-foret,
avalanche, tempete, cyclone, eruption-volcanique, tsunami, radon, industriel, nucleaire,
rupture-de-barrage, transport-matieres-dangereuses, minier.

Exemples :
  $ kit init
  $ kit init --commune "Sains" --output sains.yaml
  $ kit init --yes --commune 35248 \\
      --mairie-adresse "1 place de la Mairie" \\
      --maire-civilite Madame --maire-prenom Camille --maire-nom Dupont \\
      --expediteur-nom "Alex Martin" --expediteur-adresse "12 rue des Lilas" \\
      --expediteur-email alex.martin@exemple.fr --risques inondation,tempete`,
    )
    .action(async (options: InitOptions) => {
      state.exitCode = await runInit(options, io, deps);
    });
}

/** `kit init`: checks the target, gathers the answers, writes the profile all or nothing. */
export async function runInit(options: InitOptions, io: Io, deps: InitDeps = {}): Promise<number> {
  const output = options.output ?? DEFAULT_OUTPUT;
  const target = path.resolve(io.cwd, output);
  const displayPath = path.relative(io.cwd, target) || target;
  await checkTarget(target, displayPath, options.force === true);

  const interactive = deps.interactive ?? (process.stdin.isTTY === true && io.stdout.isTTY === true);
  const [{ collectAnswers }, { profileFile }, { applyPlan }, { createHash }] = await Promise.all([
    import('../../init/questions.js'),
    import('../../init/profile-file.js'),
    import('../../output/apply.js'),
    import('node:crypto'),
  ]);
  const asker = interactive ? await (deps.asker ?? (await import('../prompts/init.js')).inquirerAsker)() : undefined;

  let collected;
  try {
    collected = await collectAnswers(options, { interactive, yes: options.yes === true, ...(asker && { asker }) });
  } catch (error) {
    const { isPromptExit } = await import('../prompts/init.js');
    if (isPromptExit(error)) throw interrupted(error);
    throw error;
  }

  const file = profileFile(collected.answers, displayPath);
  const controller = new AbortController();
  const onInterrupt = () => controller.abort();
  process.once('SIGINT', onInterrupt);
  try {
    await applyPlan(
      [
        {
          path: target,
          displayPath,
          document: 'profil',
          format: 'yaml',
          bytes: file.bytes,
          sha256: createHash('sha256').update(file.bytes).digest('hex'),
        },
      ],
      { force: options.force === true, signal: controller.signal },
    );
  } finally {
    process.removeListener('SIGINT', onInterrupt);
  }

  for (const note of collected.notes) io.stderr.write(`${io.color.yellow('Note')} : ${note}\n`);
  const { commune } = collected.answers;
  io.stdout.write(`${io.color.green('✓')} ${displayPath} écrit : profil de ${commune.nom} (${commune.departement.nom}, code INSEE ${commune.code_insee}).\n`);
  io.stdout.write(nextSteps(displayPath, displayPath === DEFAULT_OUTPUT));
  return 0;
}

async function checkTarget(target: string, displayPath: string, force: boolean): Promise<void> {
  const { lstat } = await import('node:fs/promises');
  const existing = await lstat(target).catch(() => undefined);
  if (existing?.isDirectory()) {
    throw new KitError({
      code: 'OutputWrite',
      message: `${displayPath} est un dossier.`,
      location: { file: displayPath },
      hint: 'donnez le nom du fichier à créer, par exemple --output commune.yaml.',
    });
  }
  if (existing && !force) {
    throw new KitError({
      code: 'OutputExists',
      message: `${displayPath} existe déjà : le profil n’a pas été remplacé.`,
      location: { file: displayPath },
      hint: `ajoutez --force pour le remplacer, ou choisissez un autre nom avec --output (par exemple --output ma-commune.yaml).`,
    });
  }
}

function interrupted(cause: unknown): KitError {
  return new KitError({ code: 'Interrupted', message: 'interrompu : aucun fichier n’a été écrit.' }, { cause });
}

/** What to do next, with the profile's path quoted for a shell when needed. */
function nextSteps(displayPath: string, isDefault: boolean): string {
  const quoted = /^[\w@%+=:,./-]+$/.test(displayPath) ? displayPath : `"${displayPath.replace(/(["\\$`])/g, '\\$1')}"`;
  const check = isDefault ? 'kit check' : `kit check --profile ${quoted}`;
  return `
Étapes suivantes :
  1. relisez ${displayPath} (les commentaires expliquent chaque champ) ;
  2. vérifiez-le :                        ${check}
  3. produisez la lettre au maire :       kit generate resilience --profile ${quoted}
  (facultatif) complétion dans l’éditeur : kit schema > commune.schema.json
`;
}
