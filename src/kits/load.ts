import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { KitError } from '../diagnostics/index.js';
import type { Render, TemplateEngine } from '../template/compile.js';
import { compileDocumentTemplate, type DocumentTemplate } from '../template/document-template.js';
import type { KitEntry } from './registry.js';

export interface KitDocument {
  id: string;
  title: string;
  template: DocumentTemplate;
  /** Name of each recipient's file in a batch, without extension ("Sains (35248)"). */
  fileName: Render;
}

/** File name of a recipient when the manifest sets none: the commune and its INSEE code. */
export const DEFAULT_FILE_NAME = '{{commune.nom}} ({{commune.code_insee}})';

export interface Kit {
  id: string;
  title: string;
  documents: KitDocument[];
}

/**
 * Loads and compiles every template of a kit at once: a template error is reported when the
 * kit loads, before anything is rendered or written.
 */
export async function loadKit(entry: KitEntry, engine: TemplateEngine): Promise<Kit> {
  const documents = await Promise.all(
    entry.manifest.documents.map(async (document) => {
      const display = `${entry.displayDir}/${document.modele}`;
      let text: string;
      try {
        text = await readFile(path.join(entry.dir, document.modele), 'utf8');
      } catch {
        throw new KitError({ code: 'KitInvalid', message: `modèle introuvable : ${display}.`, location: { file: `${entry.displayDir}/kit.yaml` } });
      }
      const manifestFile = `${entry.displayDir}/kit.yaml`;
      return {
        id: document.id,
        title: document.titre,
        template: compileDocumentTemplate(text, display, engine),
        fileName: engine.compilePlain({ file: manifestFile, text: document.fichier ?? DEFAULT_FILE_NAME, firstLine: 1 }),
      };
    }),
  );
  return { id: entry.id, title: entry.manifest.titre, documents };
}

/** Keeps the documents asked for with --documents, in the kit's order; an unknown id is a usage error. */
export function selectDocuments(kit: Kit, ids: readonly string[] | undefined): KitDocument[] {
  if (!ids || ids.length === 0) return kit.documents;
  const known = new Set(kit.documents.map((document) => document.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new KitError({
      code: 'UnknownDocument',
      message: `document inconnu dans le kit « ${kit.id} » : ${unknown.join(', ')}.`,
      actual: unknown.join(', '),
      expected: [...known].join(', '),
      hint: `la commande « kit list ${kit.id} » affiche ses documents.`,
    });
  }
  return kit.documents.filter((document) => ids.includes(document.id));
}
