import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMUNES_DATA_FILE } from '../../src/communes/index.js';

describe('data/communes.json', () => {
  it('is what scripts/build-communes.mjs extracts from the installed packages', () => {
    const script = new URL('../../scripts/build-communes.mjs', import.meta.url);
    // Throws (exit 1) when the file is missing or out of date.
    const out = execFileSync(process.execPath, [script.pathname, '--check'], { encoding: 'utf8' });
    expect(out).toMatch(/à jour/);
  });

  it('names its sources and their versions', () => {
    const header = readFileSync(COMMUNES_DATA_FILE, 'utf8').slice(0, 400);
    expect(header).toContain('"format":"kit-citoyen/communes@1"');
    expect(header).toContain('"@etalab/decoupage-administratif":"6.0.0"');
    expect(header).toContain('"codes-postaux":"4.1.2"');
  });
});
