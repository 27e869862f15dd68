import { AlignmentType, LevelFormat, LevelSuffix, type ILevelsOptions, type NumberingDefinition } from 'docx';
import { lettre, mmToTwip, ptToTwip } from '../../layout/lettre.js';
import { FONT_FAMILY } from '../fonts.js';

/** Word lists have nine levels (0–8); deeper nesting stays on the last one. */
export const MAX_LEVEL = 8;

/** Indentation of one list level of a letter, and of the text after its bullet, number or box. */
export const LIST_INDENT = mmToTwip(lettre.listIndent);

/** The bullet of every level, as in the PDF. */
export const BULLET = '•';

/**
 * Bullets sit at the start of the item's indent; numbers are right-aligned, ending this far
 * before the text (4 pt, as in the PDF), so "9." and "10." line up.
 */
export const NUMBER_GAP = ptToTwip(4);

export interface ListRef {
  reference: string;
  /** Each list of the document is its own instance: an ordered list counts from its own start. */
  instance: number;
}

const font = { ascii: FONT_FAMILY, hAnsi: FONT_FAMILY, cs: FONT_FAMILY, eastAsia: FONT_FAMILY };

function levels(ordered: boolean, start: number, indent: number): ILevelsOptions[] {
  const out: ILevelsOptions[] = [];
  for (let level = 0; level <= MAX_LEVEL; level++) {
    out.push({
      level,
      format: ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
      text: ordered ? `%${level + 1}.` : BULLET,
      alignment: ordered ? AlignmentType.RIGHT : AlignmentType.LEFT,
      start: ordered ? start : 1,
      suffix: LevelSuffix.TAB,
      style: {
        paragraph: { indent: { left: (level + 1) * indent, hanging: ordered ? NUMBER_GAP : indent } },
        run: { font },
      },
    });
  }
  return out;
}

/**
 * The Word numbering of one document: one definition for bullets, one per starting number of
 * ordered lists, and a new instance for every list so that each one counts on its own.
 */
export class ListNumbering {
  private readonly definitions = new Map<string, NumberingDefinition>();
  private instances = 0;

  /** `indentMm`: the layout's list indent (scaled on a poster). */
  constructor(private readonly indentMm: number = lettre.listIndent) {}

  open(ordered: boolean, start: number): ListRef {
    const first = Number.isSafeInteger(start) && start >= 0 ? start : 1;
    const reference = ordered ? `kit-numeros-${first}` : 'kit-puces';
    if (!this.definitions.has(reference)) {
      this.definitions.set(reference, { reference, levels: levels(ordered, first, mmToTwip(this.indentMm)) });
    }
    this.instances += 1;
    return { reference, instance: this.instances };
  }

  config(): NumberingDefinition[] {
    return [...this.definitions.values()];
  }

  /**
   * What `config()` is a function of besides its references (each reference says the kind of
   * list and its start): the indent.
   */
  key(): string {
    return `indent ${this.indentMm}`;
  }
}
