import { describe, expect, it } from 'vitest';
import { allCommunes, routingLabel } from '../../src/communes/index.js';
import { buildLetterMeta } from '../../src/letter/meta.js';
import { MAX_LINE_LENGTH, MAX_LINES } from '../../src/postal/index.js';
import { complete, writtenExample } from '../helpers/profile.js';

describe('the recipient block for every commune of France and the DROM', () => {
  it('keeps to 6 lines of 38 characters unless it warns, and ends with the official routing label', () => {
    const written = writtenExample();
    const communes = allCommunes().filter((commune) => commune.zone !== 'com');
    expect(communes).toHaveLength(34_875);
    let warned = 0;
    for (const commune of communes) {
      const profile = complete({ ...written, commune: { code_insee: commune.code }, mairie: { adresse: ['1 place de la Mairie'] } });
      const { meta, warnings } = buildLetterMeta(profile, 'Objet', '2026-11-23');
      const tooLong = meta.recipient.filter((line) => line.length > MAX_LINE_LENGTH);
      if (tooLong.length > 0 || meta.recipient.length > MAX_LINES) {
        expect(warnings.length, commune.code).toBeGreaterThan(0);
        warned++;
      }
      const postcode = profile.mairie.code_postal;
      expect(meta.recipient.at(-1), commune.code).toBe(`${postcode} ${routingLabel(commune, postcode)}`);
      expect(meta.recipient.at(-1)!.length, commune.code).toBeLessThanOrEqual(MAX_LINE_LENGTH);
      expect(meta.recipient[1], commune.code).toMatch(/^Mairie( |$)/);
    }
    // "Mairie de <name>" falls back to "Mairie" when too long, so no line should need a warning.
    expect(warned).toBe(0);
  });
});
