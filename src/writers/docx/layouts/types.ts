import type { Footer, Header, ISectionPropertiesOptions, Paragraph, Table } from 'docx';
import type { StyleOptions } from '../styles.js';

/** What a layout gives the document: its styles, its one section, whether to hyphenate. */
export interface LayoutParts {
  styles: StyleOptions;
  properties: ISectionPropertiesOptions;
  headers?: { default?: Header; first?: Header };
  footers?: { default?: Footer; first?: Footer };
  children: (Paragraph | Table)[];
  /** Justified layouts let Word and LibreOffice hyphenate (settings.xml `w:autoHyphenation`). */
  hyphenate: boolean;
}
