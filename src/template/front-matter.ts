import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { KitError } from '../diagnostics/index.js';

export interface FrontMatterField {
  value: string;
  line: number;
  column: number;
}

export interface FrontMatter {
  /** Raw string values, keyed by name, with the line of each value in the file. */
  fields: Map<string, FrontMatterField>;
  /** Lists of one-line strings (`pieces_jointes: [a, b]`), keyed by name. */
  lists: Map<string, FrontMatterField[]>;
  /** The Markdown body after the front matter. */
  body: string;
  /** Line of the file where the body starts. */
  bodyLine: number;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Splits `---\nYAML\n---\nbody`. The YAML is parsed from the template file itself, before any
 * data exists: data never reaches YAML syntax (design.md §3). Only strings and lists of strings.
 */
export function splitFrontMatter(text: string, file: string): FrontMatter {
  const match = FENCE.exec(text);
  if (!match) {
    throw new KitError({
      code: 'KitInvalid',
      message: 'le modèle doit commencer par un en-tête YAML entre deux lignes « --- ».',
      location: { file, line: 1, column: 1 },
      hint: 'ajoutez en tête du fichier :\n---\ntitre: …\ngabarit: lettre\n---',
    });
  }
  const yamlText = match[1] ?? '';
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, schema: 'failsafe', uniqueKeys: true, prettyErrors: false });
  const at = (offset: number) => {
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line + 1, column: pos.col };
  };
  const firstError = doc.errors[0];
  if (firstError) {
    throw new KitError({
      code: 'KitInvalid',
      message: `en-tête YAML du modèle illisible : ${firstError.message.split('\n')[0]}`,
      location: at(firstError.pos[0]),
    });
  }
  const fields: FrontMatter['fields'] = new Map();
  const lists: FrontMatter['lists'] = new Map();
  if (doc.contents !== null && !isMap(doc.contents)) {
    throw new KitError({ code: 'KitInvalid', message: 'l’en-tête du modèle doit être une suite de « clé: valeur ».', location: { file, line: 2 } });
  }
  for (const pair of doc.contents?.items ?? []) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value;
    const offset = isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0;
    if (isSeq(value)) {
      lists.set(
        key,
        value.items.map((item) => {
          if (!isScalar(item) || typeof item.value !== 'string') {
            throw new KitError({ code: 'KitInvalid', message: `« ${key} » doit être une liste de textes d’une ligne.`, location: at(offset) });
          }
          return { value: item.value, ...at(item.range?.[0] ?? offset) };
        }),
      );
      continue;
    }
    if (!isScalar(value) || typeof value.value !== 'string') {
      throw new KitError({ code: 'KitInvalid', message: `« ${key} » doit être un texte d’une ligne.`, location: at(offset) });
    }
    fields.set(key, { value: value.value, ...at(value.range?.[0] ?? offset) });
  }
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
  return { fields, lists, body: text.slice(match[0].length), bodyLine };
}
