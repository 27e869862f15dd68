import { readFile } from 'node:fs/promises';
import { isKitError, KitError, type Diagnostic } from '../diagnostics/index.js';
import type { FieldReads } from '../template/field-reads.js';
import type { Render, TemplateEngine } from '../template/compile.js';
import { compileDocumentTemplate, type DocumentTemplate } from '../template/document-template.js';
import { readPartials } from './partials.js';
import type { KitDocumentEntry, KitEntry } from './registry.js';
import { deriveRequiredFields } from './requirements.js';

export interface KitDocument {
  id: string;
  title: string;
  template: DocumentTemplate;
  /** Name of each recipient's file in a batch, without extension ("Sains (35248)"). */
  fileName: Render;
  /** Profile fields the document needs: read without a guard by its templates, or listed in `requis`. */
  required: readonly string[];
}

/** File name of a recipient when the manifest sets none: the commune and its INSEE code. */
export const DEFAULT_FILE_NAME = '{{commune.nom}} ({{commune.code_insee}})';

export interface Kit {
  id: string;
  title: string;
  documents: KitDocument[];
}

async function loadDocument(document: KitDocumentEntry, engine: TemplateEngine, partials: Awaited<ReturnType<typeof readPartials>>): Promise<KitDocument> {
  let text: string;
  try {
    text = await readFile(document.path, 'utf8');
  } catch {
    throw new KitError({ code: 'KitInvalid', message: `modèle introuvable : ${document.display}.`, location: { file: document.manifestDisplay } });
  }
  const reads: FieldReads[] = [];
  const scoped = engine.scoped({ partials, onCompile: (fields) => reads.push(fields) });
  const template = compileDocumentTemplate(text, document.display, scoped);
  return {
    id: document.id,
    title: document.titre,
    template,
    // The batch file name is not part of the document: its fields are not asked of every profile.
    fileName: engine.compilePlain({ file: document.manifestDisplay, text: document.fichier ?? DEFAULT_FILE_NAME, firstLine: 1 }),
    required: deriveRequiredFields(reads, document.requis),
  };
}

/**
 * Loads and compiles every template of a kit at once, partials included: a template error is
 * reported when the kit loads, before anything is rendered or written. Every document is
 * tried, so that `kit check` reports the problems of all of them together.
 */
export async function loadKit(entry: KitEntry, engine: TemplateEngine): Promise<Kit> {
  const partials = await readPartials(entry.partialDirs);
  const results = await Promise.allSettled(entry.documents.map((document) => loadDocument(document, engine, partials)));
  const diagnostics: Diagnostic[] = [];
  const documents: KitDocument[] = [];
  for (const result of results) {
    if (result.status === 'fulfilled') documents.push(result.value);
    else if (isKitError(result.reason)) diagnostics.push(...result.reason.diagnostics);
    else throw result.reason;
  }
  if (diagnostics.length > 0) throw new KitError(diagnostics);
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
