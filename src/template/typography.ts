/**
 * French typography for the literal text of templates (domain.md §4): typographic apostrophe,
 * no-break space before « : », narrow no-break space before « ; ! ? », no-break spaces inside
 * guillemets. Applied to template text only — data reaches the document exactly as written.
 * Authors type ordinary spaces and apostrophes; the rules below do the rest.
 */
const NBSP = '\u00A0';
const NNBSP = '\u202F';

export function frenchTypography(text: string): string {
  return text
    .replace(/(\p{L})'(?=\p{L})/gu, '$1’')
    .replace(/[ \u00A0]+:(?=\s|$)/g, `${NBSP}:`)
    .replace(/[ \u00A0\u202F]+([;!?])(?=\s|$|[)»*_])/g, `${NNBSP}$1`)
    .replace(/«[ \u00A0]*/g, `«${NBSP}`)
    .replace(/[ \u00A0]*»/g, `${NBSP}»`);
}
