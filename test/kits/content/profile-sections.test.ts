import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/cli.js';
import { kitFailure } from '../../helpers/failure.js';
import { parseProfile } from '../../../src/profile/index.js';

const SAINS = readFileSync(path.join(ROOT, 'examples', 'sains', 'commune.yaml'), 'utf8');
const parse = (extra: string) => parseProfile(new TextEncoder().encode(`${SAINS}${extra}`), 'commune.yaml').profile;

describe('profile sections added for the kits (all optional)', () => {
  it('reads reunion, entraide and resilience', () => {
    const profile = parse('reunion:\n  date: "2026-10-13"\n  heure: 18 h 30\n  lieu: Salle des fêtes\nentraide:\n  services: [Courses]\nresilience:\n  points: [sante]\n');
    expect(profile.reunion).toEqual({ date: '2026-10-13', heure: '18 h 30', lieu: 'Salle des fêtes' });
    expect(profile.entraide).toEqual({ services: ['Courses'] });
    expect(profile.resilience).toEqual({ points: ['sante'] });
  });

  it.each([
    ['a date in French form', 'reunion:\n  date: 13/10/2026\n  lieu: Salle\n', /AAAA-MM-JJ/],
    ['a date that does not exist', 'reunion:\n  date: "2026-02-30"\n  lieu: Salle\n', /existe au calendrier/],
    ['a meeting without a place', 'reunion:\n  date: "2026-10-13"\n', /lieu/],
    ['an unknown resilience point', 'resilience:\n  points: [energie]\n', /alimentation/],
  ])('refuses %s (exit 4)', (_name, extra, message) => {
    const error = kitFailure(() => parse(extra));
    expect(error.exitCode).toBe(4);
    expect(JSON.stringify(error.diagnostics)).toMatch(message);
  });
});
