import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { KitError } from '../diagnostics/index.js';

/** `kit.yaml`: what a kit is and which documents it has. */
export const manifestSchema = z.strictObject({
  titre: z.string().min(1),
  description: z.string().min(1).optional(),
  documents: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'un identifiant en minuscules et tirets (par exemple lettre-maire)'),
        titre: z.string().min(1),
        modele: z.string().regex(/^[\w-]+\.md$/, 'un nom de fichier .md dans le dossier du kit'),
        fichier: z.string().min(1).optional().describe('Modèle du nom de fichier de chaque destinataire en publipostage.'),
      }),
    )
    .min(1, 'au moins un document'),
});

export type KitManifest = z.infer<typeof manifestSchema>;

/** Parses a kit manifest; errors name the file, line and column. */
export function parseManifest(text: string, file: string): KitManifest {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'failsafe', uniqueKeys: true });
  const at = (offset: number | undefined) => {
    if (offset === undefined) return { file };
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line, column: pos.col };
  };
  const yamlError = doc.errors[0];
  if (yamlError) {
    throw new KitError({ code: 'KitInvalid', message: `manifeste illisible : ${yamlError.message.split('\n')[0]}`, location: at(yamlError.pos[0]) });
  }
  const result = manifestSchema.safeParse(doc.toJS());
  if (result.success) {
    const ids = new Set<string>();
    for (const [index, document] of result.data.documents.entries()) {
      if (ids.has(document.id)) {
        const node = doc.getIn(['documents', index, 'id'], true) as { range?: [number, number, number] } | undefined;
        throw new KitError({ code: 'KitInvalid', message: `document « ${document.id} » déclaré deux fois.`, location: at(node?.range?.[0]) });
      }
      ids.add(document.id);
    }
    return result.data;
  }
  throw new KitError(
    result.error.issues.map((issue) => {
      const node = doc.getIn(issue.path as (string | number)[], true) as { range?: [number, number, number] } | undefined;
      return {
        severity: 'error' as const,
        code: 'KitInvalid' as const,
        message: `${issue.path.join('.') || 'manifeste'} : ${issue.message}`,
        location: at(node?.range?.[0]),
      };
    }),
  );
}
