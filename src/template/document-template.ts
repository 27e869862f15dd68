import type { LayoutId } from '../document/ast.js';
import { KitError } from '../diagnostics/index.js';
import type { Render, TemplateEngine } from './compile.js';
import { splitFrontMatter, type FrontMatterField } from './front-matter.js';

export const LAYOUTS: readonly LayoutId[] = ['lettre', 'fiche', 'affiche', 'flyer'];

/**
 * Front matter keys a template may set: how each is read (`fixe`: as written; `modèle`: a
 * one-line template; `liste`: a list of one-line templates) and the layouts it applies to.
 */
const KEYS = {
  titre: { kind: 'modèle', layouts: LAYOUTS },
  gabarit: { kind: 'fixe', layouts: LAYOUTS },
  objet: { kind: 'modèle', layouts: ['lettre'] },
  destinataire: { kind: 'liste', layouts: ['lettre'] },
  envoi: { kind: 'modèle', layouts: ['lettre'] },
  references: { kind: 'liste', layouts: ['lettre'] },
  pieces_jointes: { kind: 'liste', layouts: ['lettre'] },
  copies: { kind: 'liste', layouts: ['lettre'] },
  sources: { kind: 'modèle', layouts: ['fiche'] },
  pied: { kind: 'modèle', layouts: ['affiche', 'flyer'] },
} as const satisfies Record<string, { kind: 'fixe' | 'modèle' | 'liste'; layouts: readonly LayoutId[] }>;

type Key = keyof typeof KEYS;

/** A document template, parsed and compiled when its kit loads. */
export interface DocumentTemplate {
  file: string;
  layout: LayoutId;
  title: Render;
  /** Letter subject (`objet`, required in a letter). */
  subject?: Render;
  /** Letter: lines replacing the mayor's address in the window (`destinataire`), e.g. an appeal to inhabitants. */
  recipient: Render[];
  /** Letter: mode of sending (`envoi`), references, enclosures and copies. */
  sending?: Render;
  references: Render[];
  enclosures: Render[];
  copies: Render[];
  /** Sheet footer: the sources (`sources`). */
  sources?: Render;
  /** Poster and flyer footer: contacts (`pied`). */
  footer?: Render;
  body: Render;
  /** Line of the file where the Markdown body starts. */
  bodyLine: number;
}

export function compileDocumentTemplate(text: string, file: string, engine: TemplateEngine): DocumentTemplate {
  const { fields, lists, body, bodyLine } = splitFrontMatter(text, file);
  const check = (key: string, field: FrontMatterField, list: boolean) => {
    if (!Object.hasOwn(KEYS, key)) {
      throw new KitError({
        code: 'KitInvalid',
        message: `clé d’en-tête inconnue « ${key} ».`,
        location: { file, line: field.line, column: field.column },
        expected: Object.keys(KEYS).join(', '),
      });
    }
    if ((KEYS[key as Key].kind === 'liste') !== list) {
      throw new KitError({
        code: 'KitInvalid',
        message: list ? `« ${key} » doit être un texte d’une ligne, pas une liste.` : `« ${key} » doit être une liste (une ligne « - … » par élément).`,
        location: { file, line: field.line, column: field.column },
      });
    }
  };
  for (const [key, field] of fields) check(key, field, false);
  for (const [key, items] of lists) if (items[0]) check(key, items[0], true);

  const required = (key: Key) => {
    const field = fields.get(key);
    if (!field) {
      throw new KitError({ code: 'KitInvalid', message: `l’en-tête du modèle doit indiquer « ${key} ».`, location: { file, line: 1 } });
    }
    return field;
  };
  const compile = (field: FrontMatterField) => engine.compilePlain({ file, text: field.value, firstLine: field.line });
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
  const applies = (key: Key, field: FrontMatterField | undefined) => {
    if (field && !(KEYS[key].layouts as readonly LayoutId[]).includes(layout)) {
      throw new KitError({
        code: 'KitInvalid',
        message: `« ${key} » ne s’applique pas au gabarit « ${layout} ».`,
        location: { file, line: field.line, column: field.column },
        expected: `gabarit ${KEYS[key].layouts.join(' ou ')}`,
      });
    }
    return field;
  };
  const optional = (key: Key) => {
    const field = applies(key, fields.get(key));
    return field && compile(field);
  };
  const list = (key: Key) => {
    const items = lists.get(key) ?? [];
    applies(key, items[0]);
    return items.map(compile);
  };
  applies('objet', fields.get('objet'));
  const subject = layout === 'lettre' ? compile(required('objet')) : undefined;
  const sending = optional('envoi');
  const sources = optional('sources');
  const footer = optional('pied');
  return {
    file,
    layout,
    title: compile(required('titre')),
    ...(subject && { subject }),
    ...(sending && { sending }),
    recipient: list('destinataire'),
    references: list('references'),
    enclosures: list('pieces_jointes'),
    copies: list('copies'),
    ...(sources && { sources }),
    ...(footer && { footer }),
    body: engine.compileMarkdown({ file, text: body, firstLine: bodyLine }),
    bodyLine,
  };
}
