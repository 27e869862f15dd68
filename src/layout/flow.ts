import type { TextStyle } from './lettre.js';

/**
 * What every layout with flowing text defines, in millimetres (type sizes in points). The
 * writers' block handlers (paragraphs, lists, tables, frames…) read only these, so one handler
 * serves every layout.
 */
export interface FlowLayout {
  margins: { top: number; right: number; bottom: number; left: number };
  styles: { [name: string]: TextStyle } & {
    body: TextStyle;
    small: TextStyle;
    heading1: TextStyle;
    heading2: TextStyle;
    heading3: TextStyle;
  };
  /** Justified text gets French hyphenation points; ragged-right text does not. */
  justify: boolean;
  /** Space after a paragraph, list, heading, table or frame. */
  paragraphSpacing: number;
  /** Space between two items of a list or checklist. */
  itemGap: number;
  /** Indentation of a list level, and of the text after a bullet or a box. */
  listIndent: number;
  /** Side of a checklist box. */
  checkbox: number;
  /** Tables: padding inside a cell, rule width (pt), header row fill. */
  table: { padding: number; rule: number; headerFill: string };
  /** Frames (`:::encadre`): padding, rule width (pt); the fill is the accent colour at `tint`. */
  box: { padding: number; rule: number; tint: number };
  /** QR codes: default side, and the quiet zone around the modules (in modules, ISO 18004: 4). */
  qr: { size: number; quietModules: number };
  /** Tear-off strips: height from the bottom edge of the trimmed page, and the text style. */
  tearOffs: { height: number; style: TextStyle };
  colors: { [name: string]: string } & { text: string; marks: string };
}
