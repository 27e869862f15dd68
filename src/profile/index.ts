/** The commune profile: YAML bytes → validated, NFC-normalized `Profile` (design.md §8, reliability B2). */
export { loadProfile } from './load.js';
export { parseProfile, type ParsedProfile } from './parse.js';
export { profileSchema, civilites, type Profile } from './schema.js';
export { RISK_KEYS, RISK_LABELS, type RiskKey } from './risks.js';
export { LIMITS as PROFILE_LIMITS } from './limits.js';
