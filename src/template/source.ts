/** A template's text and where it comes from, for located errors. */
export interface TemplateSource {
  /** File name as shown to the user (relative to the kit folder's parent). */
  file: string;
  /** The Handlebars text. */
  text: string;
  /** Line of the file where `text` starts (1-based): the body follows the front matter. */
  firstLine: number;
}
