/**
 * The facts the built-in kits print, as data (domain.md §1): safety instructions per risk, alert
 * signals, emergency numbers, the 72-hour kit, what a DICRIM contains, access to documents. Every
 * entry carries the URL it was checked against.
 */
export type { Source } from './types.js';
export { SOURCES } from './sources.js';
export { RISK_INSTRUCTIONS, GENERAL_REFLEXES, type RiskInstructions } from './consignes.js';
export { NATIONAL_SIGNAL, DAM_SIGNAL, ALERT_NOTES, type AlertSignal } from './alerte.js';
export { EMERGENCY_NUMBERS, type EmergencyNumber } from './numeros.js';
export { KIT_72H, type KitItem } from './kit-72h.js';
export { DICRIM_CONTENT, COMMUNE_DUTIES, type ChecklistItem } from './dicrim.js';
export { DOCUMENT_ACCESS } from './acces-documents.js';
