export { lettre, recipientZone, mmToPt, mmToTwip, ptToTwip, PT_PER_MM, type LetterLayout, type TextStyle, type Zone } from './lettre.js';
export { fiche, type SheetLayout } from './fiche.js';
export { affiche, type PosterLayout } from './affiche.js';
export { flyer, type FlyerLayout } from './flyer.js';
export type { FlowLayout } from './flow.js';
export { BLEED, CROP_MARKS, CUT_TICK, IMPOSITION, PAPER } from './paper.js';

import { affiche } from './affiche.js';
import { fiche } from './fiche.js';
import { flyer } from './flyer.js';
import { lettre } from './lettre.js';

/** Every layout, by the id templates name in their front matter (`gabarit`). */
export const LAYOUTS = { lettre, fiche, affiche, flyer } as const;

/** Paper sizes each layout can be printed on; the first is the default. */
export const LAYOUT_PAPERS = {
  lettre: ['A4'],
  fiche: ['A4'],
  affiche: ['A4', 'A3'],
  flyer: ['A5', 'A6'],
} as const;
