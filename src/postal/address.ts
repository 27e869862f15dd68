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

/** The profile field each part of the address comes from, named in warnings. */
export interface PostalAddressFields {
  recipient: string;
  complement: string;
  street: string;
  distribution: string;
  town: string;
}

/**
 * The one address formatter of every layout: at most 6 lines of at most 38 characters, in the
 * order of NF Z10-011, lines 4–6 in postal capitals. A line too long, or a seventh line, is a
 * warning naming the profile field it comes from and the length found.
 */
export function formatPostalAddress(input: PostalAddressInput, fields: PostalAddressFields): PostalAddress {
  const building = input.street.length > 1 ? input.street.slice(0, -1) : [];
  const street = input.street[input.street.length - 1] ?? '';
  const parts: [string | undefined, string][] = [
    [input.recipient, fields.recipient],
    [input.complement, fields.complement],
    ...building.map((line): [string, string] => [line, fields.street]),
    [postalStreet(street), fields.street],
    [input.distribution && postalUpper(input.distribution), fields.distribution],
    [`${input.postcode} ${postalUpper(input.town)}`, fields.town],
  ];
  const kept = parts.filter((part): part is [string, string] => Boolean(part[0]?.trim()));
  const warnings: Diagnostic[] = [];
  for (const [line, field] of kept) {
    if (line.length > MAX_LINE_LENGTH) {
      warnings.push(
        warning({
          code: 'AddressLineTooLong',
          message: `${field} : ligne d’adresse de ${line.length} caractères (${MAX_LINE_LENGTH} au plus pour La Poste).`,
          location: { field },
          actual: line,
          expected: `${MAX_LINE_LENGTH} caractères au plus`,
          hint: 'abrégez le type de voie (AV, BD, CHE…) ou répartissez l’adresse sur deux lignes.',
        }),
      );
    }
  }
  if (kept.length > MAX_LINES) {
    warnings.push(
      warning({
        code: 'AddressTooManyLines',
        message: `${fields.street} : adresse de ${kept.length} lignes (${MAX_LINES} au plus pour La Poste).`,
        location: { field: fields.street },
        hint: 'supprimez une ligne d’adresse.',
      }),
    );
  }
  return { lines: kept.map(([line]) => line), warnings };
}
