import type { LayoutId } from '../document/ast.js';
import { KitError } from '../diagnostics/index.js';
import type { Render, TemplateEngine } from './compile.js';
import { splitFrontMatter } from './front-matter.js';

export const LAYOUTS: readonly LayoutId[] = ['lettre'];

/** Front matter keys a template may set, and whether each one is rendered as a template. */
const KEYS = {
  titre: 'modèle',
  gabarit: 'fixe',
  objet: 'modèle',
} as const;

type Key = keyof typeof KEYS;

/** A document template, parsed and compiled when its kit loads. */
export interface DocumentTemplate {
  file: string;
  layout: LayoutId;
  title: Render;
  subject?: Render;
  body: Render;
  /** Line of the file where the Markdown body starts. */
  bodyLine: number;
}

export function compileDocumentTemplate(text: string, file: string, engine: TemplateEngine): DocumentTemplate {
  const { fields, body, bodyLine } = splitFrontMatter(text, file);
  for (const [key, field] of fields) {
    if (!Object.hasOwn(KEYS, key)) {
      throw new KitError({
        code: 'KitInvalid',
        message: `clé d’en-tête inconnue « ${key} ».`,
        location: { file, line: field.line, column: field.column },
        expected: Object.keys(KEYS).join(', '),
      });
    }
  }
  const required = (key: Key) => {
    const field = fields.get(key);
    if (!field) {
      throw new KitError({ code: 'KitInvalid', message: `l’en-tête du modèle doit indiquer « ${key} ».`, location: { file, line: 1 } });
    }
    return field;
  };
  const plain = (key: Key) => {
    const field = required(key);
    return engine.compilePlain({ file, text: field.value, firstLine: field.line });
  };
  const layoutField = required('gabarit');
  const layout = LAYOUTS.find((id) => id === layoutField.value);
  if (!layout) {
    throw new KitError({
      code: 'KitInvalid',
      message: `gabarit inconnu « ${layoutField.value} ».`,
      location: { file, line: layoutField.line, column: layoutField.column },
      actual: layoutField.value,
      expected: LAYOUTS.join(', '),
    });
  }
  return {
    file,
    layout,
    title: plain('titre'),
    ...(layout === 'lettre' && { subject: plain('objet') }),
    body: engine.compileMarkdown({ file, text: body, firstLine: bodyLine }),
    bodyLine,
  };
}
