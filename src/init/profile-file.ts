import { internalError } from '../diagnostics/index.js';
import { completeProfile } from '../profile/complete.js';
import { parseProfile } from '../profile/parse.js';
import type { WrittenProfile } from '../profile/schema.js';
import type { InitAnswers } from './answers.js';
import { renderProfileYaml } from './render-yaml.js';

/**
 * The bytes of the profile `kit init` writes, checked before anything is written: read back with
 * `parseProfile` and completed from the official data exactly as `kit check` and `kit generate`
 * will. A failure here is our bug, never the user's (every answer was checked when given).
 */
export function profileFile(answers: InitAnswers, displayName: string): { text: string; bytes: Uint8Array; profile: WrittenProfile } {
  const text = renderProfileYaml(answers);
  const bytes = new TextEncoder().encode(text);
  try {
    const parsed = parseProfile(bytes, displayName);
    completeProfile(parsed.profile, parsed.locate);
    return { text, bytes, profile: parsed.profile };
  } catch (error) {
    throw internalError(error);
  }
}
