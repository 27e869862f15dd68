/** A shared piece of template included with `{{> nom}}`: its text and the file it comes from. */
export interface PartialSource {
  name: string;
  /** File name as shown to the user: `templates/politesse-maire.md`, `kits/entraide/partiels/services.md`. */
  file: string;
  text: string;
}

/** The partials a template may include, by name (the kit's own first, then the shared ones). */
export type PartialSet = ReadonlyMap<string, PartialSource>;

/** A partial name is a file name without `.md`: lowercase words joined by hyphens. */
export const PARTIAL_NAME = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
