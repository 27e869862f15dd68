import path from 'node:path';
import type { Command } from 'commander';
import { KitError } from '../../diagnostics/index.js';
import type { Io } from '../io.js';
import { frenchHelp, type RunState } from '../program.js';
import { collect } from './options.js';

interface NewOptions {
  from?: string;
  dossier: string;
  force?: boolean;
  kitPath: string[];
}

const DEFAULT_FOLDER = 'kits';

/** A path as typed in a shell: quoted when it holds anything else than plain characters. */
function shellWord(value: string): string {
  return /^[\w@%+=:,./-]+$/.test(value) ? value : `"${value.replace(/(["\\$`])/g, '\\$1')}"`;
}

export function registerNew(program: Command, io: Io, state: RunState): void {
  frenchHelp(program.command('new'))
    .description('crée un kit personnel à modifier (une lettre de départ, ou la copie d’un kit)')
    .argument('<nom>', 'identifiant du nouveau kit, en minuscules et tirets (par exemple ma-lettre)')
    .option('--from <kit>', 'copie les modèles et le manifeste de ce kit')
    .option('--dossier <dossier>', 'dossier des kits personnels où créer <nom>', DEFAULT_FOLDER)
    .option('--force', 'remplace les fichiers d’un dossier déjà présent')
    .option('--kit-path <dossier>', 'dossier de kits personnels où chercher le kit de --from (répétable)', collect, [])
    .addHelpText(
      'after',
      `
Le kit est créé dans kits/<nom> ; les kits du dossier kits/ du dossier courant sont trouvés
sans option (ailleurs, donnez le dossier avec --kit-path).

Exemples :
  $ kit new ma-lettre
  $ kit new mon-dicrim --from dicrim
  $ kit new ma-lettre --dossier mes-kits`,
    )
    .action(async (name: string, options: NewOptions) => {
      const { KIT_ID, copiedKit, starterKit } = await import('../../kits/scaffold.js');
      if (!KIT_ID.test(name)) {
        throw new KitError({
          code: 'Usage',
          message: `nom de kit invalide « ${name} ».`,
          actual: name,
          expected: 'des minuscules, chiffres et tirets (par exemple ma-lettre)',
        });
      }
      const folder = options.dossier.replace(/[\\/]+$/, '') || '.';
      const displayDir = `${folder}/${name}`;
      const dir = path.resolve(io.cwd, folder, name);
      const { lstat } = await import('node:fs/promises');
      if (!options.force && (await lstat(dir).catch(() => undefined))) {
        throw new KitError({
          code: 'OutputExists',
          message: `${displayDir} existe déjà : aucun fichier n’a été écrit.`,
          location: { file: displayDir },
          hint: 'choisissez un autre nom, ou ajoutez --force pour remplacer les fichiers du kit.',
        });
      }
      let files;
      let source = '';
      if (options.from !== undefined) {
        const { findKit, kitRoots } = await import('../../kits/registry.js');
        const entry = await findKit(options.from, kitRoots(options.kitPath, io.cwd));
        files = await copiedKit(name, entry);
        source = ` (copie du kit « ${entry.id} »)`;
      } else {
        files = starterKit(name);
      }
      const [{ applyPlan }, { createHash }] = await Promise.all([import('../../output/apply.js'), import('node:crypto')]);
      await applyPlan(
        files.map((file) => {
          const bytes = new TextEncoder().encode(file.text);
          return {
            path: path.join(dir, file.path),
            displayPath: `${displayDir}/${file.path}`,
            document: 'kit',
            format: path.extname(file.path).slice(1),
            bytes,
            sha256: createHash('sha256').update(bytes).digest('hex'),
          };
        }),
        { force: options.force === true },
      );
      const kitPath = folder === DEFAULT_FOLDER ? '' : ` --kit-path ${shellWord(folder)}`;
      const firstTemplate = files.find((file) => file.path.endsWith('.md'))?.path ?? 'kit.yaml';
      io.stdout.write(`${io.color.green('✓')} kit « ${name} » créé dans ${displayDir}${source} : ${files.map((file) => file.path).join(', ')}.\n`);
      io.stdout.write(`
Étapes suivantes :
  1. modifiez ${displayDir}/${firstTemplate} (les commentaires expliquent la syntaxe) ;
  2. vérifiez le kit :          kit check ${name}${kitPath}
  3. produisez ses documents :  kit generate ${name} --profile commune.yaml${kitPath}
`);
      state.exitCode = 0;
    });
}
