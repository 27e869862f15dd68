import type { Diagnostic } from '../diagnostics/index.js';
import { quote } from '../profile/french.js';
import { labelFor } from './aliases.js';
import type { Column } from './headers.js';

/** A profile field a document needs and a row lacks (`missingFields` of kits/requirements.ts). */
export interface MissingField {
  field: string;
  /** Title of the document that needs it (as in `kit list`). */
  document: string;
}

/**
 * One located `CsvRow` error per field a row lacks for a document it is rendered with: the CSV
 * line, the column as written when the file has one (its cell is empty), or the field and the
 * column to add. Found in the first pass, these rows are reported with every other problem,
 * before any file is written (or passed over with --skip-invalid), instead of stopping the
 * batch in the middle with a template error.
 */
export function missingFieldErrors(missing: readonly MissingField[], row: { line: number }, context: { file: string; columns: readonly Column[] }): Diagnostic[] {
  return missing.map(({ field, document }) => {
    const column = context.columns.find((c) => c.target !== undefined && (c.target.field.path === field || c.target.field.path.startsWith(`${field}.`)));
    const need = `le document ${quote(document)} en a besoin`;
    if (column) {
      return {
        severity: 'error',
        code: 'CsvRow',
        message: `colonne ${quote(column.header)} (${field}) : cellule vide ; ${need}.`,
        location: { file: context.file, line: row.line, field: column.header },
        expected: `une valeur pour ${field}`,
        hint: 'remplissez la cellule, ou retirez la ligne du fichier ; --skip-invalid produit les autres lignes.',
      };
    }
    const labelled = labelFor(field, field === 'mairie.adresse' ? 1 : undefined);
    return {
      severity: 'error',
      code: 'CsvRow',
      message: `${field} manque (ni colonne, ni valeur dans le profil de base) ; ${need}.`,
      location: { file: context.file, line: row.line, field },
      expected: `une valeur pour ${field}`,
      hint: `ajoutez une colonne ${quote(labelled ?? field)} au fichier CSV, ou le champ au profil de base (--profile).`,
    };
  });
}
