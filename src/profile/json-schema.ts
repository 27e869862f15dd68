import { z } from 'zod';
import { profileSchema } from './schema.js';

/** The JSON Schema of the profile (draft 2020-12), from the same zod schema that validates it. */
export function profileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(profileSchema, { io: 'input' }),
    title: 'Profil de commune kit-citoyen',
    description: 'Profil d’une commune pour kit-citoyen (kit generate, kit check).',
  };
}
