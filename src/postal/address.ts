import { warning, type Diagnostic } from '../diagnostics/index.js';
import { postalStreet, postalUpper } from './normalize.js';

export const MAX_LINES = 6;
export const MAX_LINE_LENGTH = 38;

export interface PostalAddressInput {
  /** Line 1: "Madame la Maire". */
  recipient: string;
  /** Line 2: "Mairie de Sains". */
  complement?: string;
  /** One or two street lines: with two, the first is line 3 (building), the second line 4. */
  street: readonly string[];
  /** Line 5: BP, CS or TSA number, lieu-dit, former commune. */
  distribution?: string | undefined;
  postcode: string;
  /** La Poste routing label (libellé d'acheminement, "RENNES CEDEX"), or the commune name to derive it from. */
  town: string;
}

export interface PostalAddress {
  lines: string[];
  warnings: Diagnostic[];
}

/**
 * The one address formatter of every layout: at most 6 lines of at most 38 characters, in the
 * order of NF Z10-011, lines 4–6 in postal capitals. `field` names the profile section the
 * address comes from, for warnings.
 */
export function formatPostalAddress(input: PostalAddressInput, field: string): PostalAddress {
  const building = input.street.length > 1 ? input.street.slice(0, -1) : [];
  const street = input.street[input.street.length - 1] ?? '';
  const lines = [
    input.recipient,
    input.complement,
    ...building,
    postalStreet(street),
    input.distribution && postalUpper(input.distribution),
    `${input.postcode} ${postalUpper(input.town)}`,
  ].filter((line): line is string => Boolean(line && line.trim()));
  const warnings: Diagnostic[] = [];
  for (const line of lines) {
    if (line.length > MAX_LINE_LENGTH) {
      warnings.push(
        warning({
          code: 'AddressLineTooLong',
          message: `ligne d’adresse de ${line.length} caractères (38 au plus pour La Poste).`,
          location: { field },
          actual: line,
          expected: `${MAX_LINE_LENGTH} caractères au plus`,
          hint: 'abrégez le type de voie (AV, BD, CHE…) ou répartissez l’adresse sur deux lignes.',
        }),
      );
    }
  }
  if (lines.length > MAX_LINES) {
    warnings.push(
      warning({
        code: 'AddressTooManyLines',
        message: `adresse de ${lines.length} lignes (6 au plus pour La Poste).`,
        location: { field },
        hint: 'supprimez une ligne d’adresse.',
      }),
    );
  }
  return { lines, warnings };
}
