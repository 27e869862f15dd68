/**
 * The official directory of French communes, offline (design.md §2, domain.md §5): lookups by INSEE
 * code, name and postal code, La Poste routing labels, "de/du/des" forms. Pure functions over data
 * extracted at build time (data/communes.json, scripts/build-communes.mjs), read on the first lookup
 * only: importing this module costs nothing.
 */
export { allCommunes, byInseeCode, byName, byPostalCode, communesWithCodePrefix, routingLabel, search } from './lookup.js';
export { aForm, deForm, tnccFromName } from './de-form.js';
export { cleanRoutingLabel, deriveRoutingLabel } from './labels.js';
export { nameKey } from './normalize.js';
export { COMMUNES_DATA_FILE, communesLoadStats } from './store.js';
export type {
  Acheminement,
  Commune,
  InseeLookup,
  NameMatch,
  NameOptions,
  OrigineLibelle,
  Redirection,
  SearchHit,
  Territoire,
  Tncc,
  TypeRattachement,
  Zone,
} from './types.js';
