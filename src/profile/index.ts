/** The commune profile: YAML bytes → validated, NFC-normalized `Profile` (design.md §8, reliability B2). */
export { loadProfile } from './load.js';
export { parseProfile, type ParsedProfile } from './parse.js';
export { profileSchema, civilites, type WrittenProfile } from './schema.js';
export { completeProfile, type CommuneInfo, type Profile } from './complete.js';
export { RISK_KEYS, RISK_LABELS, type RiskKey } from './risks.js';
export { LIMITS as PROFILE_LIMITS } from './limits.js';
