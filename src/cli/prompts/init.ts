import type { Asker } from '../../init/questions.js';

/**
 * The questions of `kit init` in a terminal, with Inquirer. Only the rendering lives here: the
 * questions, their wording, defaults and validation come from src/init/questions.ts. Inquirer is
 * imported on first use, so that no other command loads it.
 */

const ACTIONS: Readonly<Record<string, string>> = {
  navigate: 'naviguer',
  select: 'choisir',
  submit: 'valider',
  all: 'tout cocher',
  invert: 'inverser',
};
const KEYS: Readonly<Record<string, string>> = { space: 'espace' };

/** Inquirer's key help line, in French ("↑↓ naviguer • ⏎ choisir"). */
function keysHelpTip(keys: [key: string, action: string][], checkbox = false): string {
  return keys
    .map(([key, action]) => `${KEYS[key] ?? key} ${checkbox && action === 'select' ? 'cocher' : (ACTIONS[action] ?? action)}`)
    .join(' • ');
}

export async function inquirerAsker(): Promise<Asker> {
  const { checkbox, input, search, select, Separator } = await import('@inquirer/prompts');
  const theme = { style: { keysHelpTip: (keys: [string, string][]) => keysHelpTip(keys) } };
  return {
    searchCommune: ({ message, initial, source }) =>
      search({
        message,
        pageSize: 10,
        ...(initial !== undefined && { initialValue: initial }),
        theme,
        source: (term) => {
          const typed = term?.trim() ?? '';
          if (typed === '') return [new Separator('  Tapez le nom de la commune, son code postal ou son code INSEE.')];
          const choices = source(typed);
          return choices.length > 0
            ? choices
            : [new Separator(`  Aucune commune ne correspond à « ${typed} » : vérifiez l’orthographe, ou tapez le code postal.`)];
        },
      }),
    input: ({ message, default: fallback, validate }) =>
      input({ message, ...(fallback !== undefined && { default: fallback }), validate, theme: { validationFailureMode: 'keep' } }),
    select: ({ message, choices, default: fallback }) =>
      select({ message, choices: [...choices], ...(fallback !== undefined && { default: fallback }), theme }),
    checkbox: ({ message, choices }) =>
      checkbox({
        message,
        choices: [...choices],
        pageSize: choices.length,
        loop: false,
        theme: { style: { keysHelpTip: (keys: [string, string][]) => keysHelpTip(keys, true) } },
      }),
  };
}

/** Inquirer's "the user closed the prompt" (Ctrl-C, Ctrl-D, terminal closed). */
export function isPromptExit(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError' || error.name === 'CancelPromptError');
}
