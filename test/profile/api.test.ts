import { describe, expect, it } from 'vitest';

describe('public API of src/profile', () => {
  it('exports exactly the loader, the parser, the completion, the schema, the risk keys and the limits', async () => {
    const api = await import('../../src/profile/index.js');
    expect(Object.keys(api).sort()).toEqual(['PROFILE_LIMITS', 'RISK_KEYS', 'RISK_LABELS', 'civilites', 'completeProfile', 'loadProfile', 'parseProfile', 'profileSchema']);
  });
});
