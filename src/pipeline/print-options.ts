import { DEFAULT_ACCENT, type LayoutId, type PrintMeta } from '../document/ast.js';

/** Paper of posters (--affiche). */
export const POSTER_PAPERS = ['A4', 'A3'] as const;
export type PosterPaper = (typeof POSTER_PAPERS)[number];

/**
 * Paper of flyers (--flyer): a single A5 or A6 page (print shops), or copies imposed on an A4
 * sheet with cut marks (home printers).
 */
export const FLYER_PAPERS = ['A4-2xA5', 'A4-4xA6', 'A5', 'A6'] as const;
export type FlyerPaper = (typeof FLYER_PAPERS)[number];

/** How the user wants the documents printed (command-line flags). */
export interface PrintChoice {
  poster: PosterPaper;
  flyer: FlyerPaper;
  /** 3 mm bleed and crop marks, for print shops (single pages only: not with imposition). */
  bleed: boolean;
}

export const DEFAULT_PRINT: PrintChoice = { poster: 'A4', flyer: 'A4-2xA5', bleed: false };

/** The print metadata of a document of `layout`, from the user's choice and the profile's colour. */
export function printMeta(layout: LayoutId, choice: PrintChoice, accent: string | undefined): PrintMeta {
  const base = { accent: accent ?? DEFAULT_ACCENT, bleed: choice.bleed, nUp: 1 } as const;
  switch (layout) {
    case 'affiche':
      return { ...base, paper: choice.poster };
    case 'flyer':
      switch (choice.flyer) {
        case 'A4-2xA5':
          return { ...base, paper: 'A5', nUp: 2, bleed: false };
        case 'A4-4xA6':
          return { ...base, paper: 'A6', nUp: 4, bleed: false };
        default:
          return { ...base, paper: choice.flyer };
      }
    default:
      return { ...base, paper: 'A4' };
  }
}
