export { lettre, mmToPt, mmToTwip, ptToTwip, PT_PER_MM, type LetterLayout, type TextStyle, type Zone } from './lettre.js';

import { lettre } from './lettre.js';

/** Every layout, by the id templates name in their front matter (`gabarit`). */
export const LAYOUTS = { lettre } as const;
