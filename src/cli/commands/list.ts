import type { Command } from 'commander';
import type { Io } from '../io.js';
import { frenchHelp, type RunState } from '../program.js';
import { collect } from './options.js';

interface ListOptions {
  json?: boolean;
  kitPath: string[];
}

export function registerList(program: Command, io: Io, state: RunState): void {
  frenchHelp(program.command('list'))
    .description('liste les kits et leurs documents')
    .argument('[kit]', 'n’afficher que ce kit')
    .option('--json', 'sortie JSON sur la sortie standard')
    .option('--kit-path <dossier>', 'dossier de kits personnels, cherché avant les kits fournis (répétable)', collect, [])
    .addHelpText(
      'after',
      '\nPour chaque document : son gabarit et les champs du profil dont il a besoin.\n\nExemples :\n  $ kit list\n  $ kit list resilience --json',
    )
    .action(async (kitId: string | undefined, options: ListOptions) => {
      const { findKit, kitRoots, listKits } = await import('../../kits/registry.js');
      const { loadKit } = await import('../../kits/load.js');
      const { createTemplateEngine } = await import('../../template/compile.js');
      const { requiredFields } = await import('../../kits/requirements.js');
      const roots = kitRoots(options.kitPath, io.cwd);
      const entries = kitId ? [await findKit(kitId, roots)] : await listKits(roots);
      const engine = createTemplateEngine();
      const kits = await Promise.all(entries.map((entry) => loadKit(entry, engine)));
      if (options.json) {
        const json = {
          kits: kits.map((kit) => ({
            id: kit.id,
            title: kit.title,
            documents: kit.documents.map((document) => ({
              id: document.id,
              title: document.title,
              layout: document.template.layout,
              requis: requiredFields(document),
            })),
          })),
        };
        io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
        return;
      }
      for (const kit of kits) {
        io.stdout.write(`${io.color.bold(kit.id)} — ${kit.title}\n`);
        const width = Math.max(...kit.documents.map((document) => document.id.length));
        for (const document of kit.documents) {
          io.stdout.write(`  ${document.id.padEnd(width)}  ${document.title} ${io.color.dim(`(${document.template.layout})`)}\n`);
          const fields = requiredFields(document);
          const needs = fields.length > 0 ? fields.join(', ') : 'les champs obligatoires suffisent';
          io.stdout.write(`  ${' '.repeat(width)}  ${io.color.dim(`profil : ${needs}`)}\n`);
        }
      }
      state.exitCode = 0;
    });
}
