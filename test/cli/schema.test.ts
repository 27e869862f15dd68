import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { RISK_KEYS } from '../../src/profile/index.js';
import { memoryIo } from '../helpers/io.js';

interface JsonSchema {
  $schema: string;
  type: string;
  required?: string[];
  additionalProperties?: boolean;
  properties: Record<string, JsonSchema & { enum?: string[]; items?: JsonSchema & { enum?: string[] } }>;
}

describe('kit schema', () => {
  it('prints the JSON Schema of the profile: strict objects, required fields, enums', async () => {
    const io = memoryIo(process.cwd());
    expect(await main(['schema'], io)).toBe(0);
    const schema = JSON.parse(io.out()) as JsonSchema;
    expect(schema.$schema).toContain('json-schema.org');
    expect(schema.required).toEqual(['commune', 'mairie', 'maire', 'expediteur']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.commune?.required).toContain('code_insee');
    expect(schema.properties.maire?.properties.civilite?.enum).toEqual(['Madame', 'Monsieur']);
    expect(schema.properties.risques?.items?.enum).toEqual(RISK_KEYS);
    expect(schema.properties.maire?.additionalProperties).toBe(false);
  });
});
