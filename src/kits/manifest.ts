import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { KitError, type Diagnostic, type Location } from '../diagnostics/index.js';
import { suggest } from '../profile/suggest.js';
import { profilePaths } from './profile-paths.js';

const kitId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'un identifiant en minuscules et tirets (par exemple lettre-maire)');

/** `kit.yaml`: what a kit is and which documents it has. */
export const manifestSchema = z.strictObject({
  titre: z.string().min(1),
  description: z.string().min(1).optional(),
  base: kitId
    .optional()
    .describe('Kit de base : les documents et partiels absents de ce dossier viennent de ce kit (par exemple dicrim).'),
  documents: z
    .array(
      z.strictObject({
        id: kitId,
        titre: z.string().min(1),
        modele: z.string().regex(/^[\w-]+\.md$/, 'un nom de fichier .md dans le dossier du kit'),
        fichier: z.string().min(1).optional().describe('Modèle du nom de fichier de chaque destinataire en publipostage.'),
        requis: z
          .array(z.string().min(1))
          .optional()
          .describe('Champs du profil dont le document a besoin, en plus de ceux que le modèle lit sans condition.'),
      }),
    )
    .optional(),
});

/** A manifest as the rest of the program reads it: `documents` is a list (empty when a base kit provides them). */
export type KitManifest = Omit<z.infer<typeof manifestSchema>, 'documents'> & {
  documents: NonNullable<z.infer<typeof manifestSchema>['documents']>;
};

/** A parsed manifest and where each of its values is written, for located errors found later (unknown base kit). */
export interface ParsedManifest {
  manifest: KitManifest;
  at(path: readonly (string | number)[]): Location;
}

function checkRequiredFields(manifest: KitManifest, at: ParsedManifest['at']): Diagnostic[] {
  const known = profilePaths();
  return manifest.documents.flatMap((document, index) =>
    (document.requis ?? [])
      .map((field, item) => ({ field, item }))
      .filter(({ field }) => !known.includes(field))
      .map(({ field, item }): Diagnostic => {
        const guess = suggest(field, known);
        return {
          severity: 'error',
          code: 'KitInvalid',
          message: `documents.${index}.requis : « ${field} » n’est pas un champ du profil.`,
          location: at(['documents', index, 'requis', item]),
          actual: field,
          ...(guess ? { hint: `vouliez-vous dire « ${guess.value} » ? La commande « kit schema » décrit les champs du profil.` } : { hint: 'la commande « kit schema » décrit les champs du profil.' }),
        };
      }),
  );
}

/** Parses a kit manifest, keeping the positions of its values; errors name the file, line and column. */
export function parseManifestFile(text: string, file: string): ParsedManifest {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'failsafe', uniqueKeys: true });
  const atOffset = (offset: number | undefined): Location => {
    if (offset === undefined) return { file };
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line, column: pos.col };
  };
  const at = (path: readonly (string | number)[]) => {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    return atOffset(node?.range?.[0]);
  };
  const yamlError = doc.errors[0];
  if (yamlError) {
    throw new KitError({ code: 'KitInvalid', message: `manifeste illisible : ${yamlError.message.split('\n')[0]}`, location: atOffset(yamlError.pos[0]) });
  }
  const result = manifestSchema.safeParse(doc.toJS());
  if (!result.success) {
    throw new KitError(
      result.error.issues.map((issue) => ({
        severity: 'error' as const,
        code: 'KitInvalid' as const,
        message: `${issue.path.join('.') || 'manifeste'} : ${issue.message}`,
        location: at(issue.path as (string | number)[]),
      })),
    );
  }
  const manifest: KitManifest = { ...result.data, documents: result.data.documents ?? [] };
  if (manifest.documents.length === 0 && manifest.base === undefined) {
    throw new KitError({
      code: 'KitInvalid',
      message: 'documents : au moins un document (ou un kit de base avec « base: »).',
      location: at(manifest.documents.length === 0 && result.data.documents ? ['documents'] : []),
    });
  }
  const ids = new Set<string>();
  for (const [index, document] of manifest.documents.entries()) {
    if (ids.has(document.id)) {
      throw new KitError({ code: 'KitInvalid', message: `document « ${document.id} » déclaré deux fois.`, location: at(['documents', index, 'id']) });
    }
    ids.add(document.id);
  }
  const fieldErrors = checkRequiredFields(manifest, at);
  if (fieldErrors.length > 0) throw new KitError(fieldErrors);
  return { manifest, at };
}

/** Parses a kit manifest; errors name the file, line and column. */
export function parseManifest(text: string, file: string): KitManifest {
  return parseManifestFile(text, file).manifest;
}
