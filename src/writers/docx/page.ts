import { PageOrientation } from 'docx';
import { mmToTwip } from '../../layout/lettre.js';

/**
 * Below the baseline of a line, Word keeps the font's descent (Source Sans 3: winDescent
 * 288/1000 em); a footer distance is measured from the page's bottom edge to the line's bottom.
 */
export const DESCENT_EM = 0.288;

/**
 * A section's page: its size and margins in millimetres (as the layouts give them); the header
 * and footer distances are already in twips, each layout measuring them its own way.
 */
export function sectionPage(
  size: { width: number; height: number },
  margins: { top: number; right: number; bottom: number; left: number },
  distances: { header: number; footer: number },
) {
  return {
    size: { width: mmToTwip(size.width), height: mmToTwip(size.height), orientation: PageOrientation.PORTRAIT },
    margin: {
      top: mmToTwip(margins.top),
      right: mmToTwip(margins.right),
      bottom: mmToTwip(margins.bottom),
      left: mmToTwip(margins.left),
      ...distances,
      gutter: 0,
    },
  };
}
