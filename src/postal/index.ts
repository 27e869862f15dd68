export { formatPostalAddress, MAX_LINE_LENGTH, MAX_LINES, type PostalAddress, type PostalAddressFields, type PostalAddressInput } from './address.js';
export { postalStreet, postalUpper } from './normalize.js';
