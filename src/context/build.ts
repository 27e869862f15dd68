import type { Profile } from '../profile/complete.js';
import { RISK_LABELS } from '../profile/risks.js';

/**
 * What templates see: the profile's own fields under their contract names, plus values
 * computed once per run. Templates never see file paths or options.
 */
export interface TemplateContext extends Profile {
  /** Date of the document, `YYYY-MM-DD` (use {{date_longue date}}). */
  date: string;
  /** French labels of the profile's risks, in the profile's order. */
  risques_libelles: string[];
}

export function buildContext(profile: Profile, date: string): TemplateContext {
  return {
    ...profile,
    date,
    risques_libelles: (profile.risques ?? []).map((key) => RISK_LABELS[key]),
  };
}
