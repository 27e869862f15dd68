import type { Diagnostic } from '../diagnostics/index.js';
import type { RiskKey } from '../profile/risks.js';
import type { Civilite } from './answers.js';
import {
  CIVILITE_FIELD,
  LINE_FIELDS,
  RISQUES_FIELD,
  TEXT_FIELDS,
  checkCivilite,
  checkRisques,
  checkText,
  invalidFlag,
  type LineFieldId,
  type TextFieldId,
} from './fields.js';

/** What the command line passed: one optional value per profile field (absent: ask, or default). */
export interface InitFlags {
  commune?: string;
  communeCodePostal?: string;
  mairieAdresse?: string[];
  mairieEmail?: string;
  mairieTelephone?: string;
  maireCivilite?: string;
  mairePrenom?: string;
  maireNom?: string;
  maireAppellation?: string;
  expediteurNom?: string;
  expediteurQualite?: string;
  expediteurAssociation?: string;
  expediteurAdresse?: string[];
  expediteurCodePostal?: string;
  expediteurCommune?: string;
  expediteurEmail?: string;
  expediteurTelephone?: string;
  expediteurSignature?: string;
  risques?: string;
  logo?: string;
  couleur?: string;
}

/** Fields that a profile cannot do without (some have a default computed from other answers). */
export const REQUIRED_TEXT: ReadonlySet<TextFieldId> = new Set(['maireNom', 'expediteurNom', 'expediteurCodePostal', 'expediteurCommune']);

/** The flags, checked: a value, or `null` for an optional answer explicitly left empty (`--mairie-email ""`). */
export interface GivenAnswers {
  text: Partial<Record<TextFieldId, string | null>>;
  lines: Partial<Record<LineFieldId, string[]>>;
  civilite?: Civilite;
  risques?: RiskKey[];
}

/**
 * Checks every flag given, all at once, with the profile's own rules: the errors come before any
 * question is asked. `--commune` is resolved separately (resolve-commune.ts).
 */
export function readFlags(flags: InitFlags): { given: GivenAnswers; errors: Diagnostic[] } {
  const given: GivenAnswers = { text: {}, lines: {} };
  const errors: Diagnostic[] = [];
  const lineIds: readonly TextFieldId[] = LINE_FIELDS;
  const scalarIds = (Object.keys(TEXT_FIELDS) as TextFieldId[]).filter((id): id is Exclude<TextFieldId, LineFieldId> => !lineIds.includes(id));
  for (const id of scalarIds) {
    const raw = flags[id];
    if (raw === undefined) continue;
    const checked = checkText(id, raw, REQUIRED_TEXT.has(id));
    if (checked.ok) given.text[id] = checked.value ?? null;
    else errors.push(invalidFlag(TEXT_FIELDS[id], raw, checked.message));
  }
  for (const id of LINE_FIELDS) {
    const raw = flags[id];
    if (raw === undefined || raw.length === 0) continue;
    const field = TEXT_FIELDS[id];
    if (raw.length > 2) {
      errors.push(invalidFlag(field, raw.join(' | '), `au plus deux lignes d’adresse (${raw.length} données) : passez ${field.flag} une ou deux fois.`));
      continue;
    }
    const lines: string[] = [];
    for (const line of raw) {
      const checked = checkText(id, line, true);
      if (checked.ok && checked.value !== undefined) lines.push(checked.value);
      else if (!checked.ok) errors.push(invalidFlag(field, line, checked.message));
    }
    if (lines.length === raw.length) given.lines[id] = lines;
  }
  if (flags.maireCivilite !== undefined) {
    const checked = checkCivilite(flags.maireCivilite);
    if (checked.ok) given.civilite = checked.value;
    else errors.push(invalidFlag(CIVILITE_FIELD, flags.maireCivilite, checked.message));
  }
  if (flags.risques !== undefined) {
    const checked = checkRisques(flags.risques);
    if (checked.ok) given.risques = checked.value;
    else errors.push(invalidFlag(RISQUES_FIELD, flags.risques, checked.message));
  }
  return { given, errors };
}
