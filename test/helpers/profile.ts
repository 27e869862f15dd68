import { readFileSync } from 'node:fs';
import path from 'node:path';
import { completeProfile, parseProfile, type Profile, type WrittenProfile } from '../../src/profile/index.js';
import { ROOT } from './cli.js';

/** The example profile (Sains) as written. */
export function writtenExample(): WrittenProfile {
  return parseProfile(readFileSync(path.join(ROOT, 'examples', 'sains', 'commune.yaml')), 'commune.yaml').profile;
}

/** A written profile completed from the official data, as the pipeline does. */
export function complete(written: WrittenProfile): Profile {
  return completeProfile(written, () => ({ file: 'commune.yaml' })).profile;
}

export function exampleProfile(): Profile {
  return complete(writtenExample());
}
