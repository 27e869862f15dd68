/**
 * French typography as a pass over the Document AST (domain.md §4), for template text and data
 * alike: narrow no-break space (U+202F) before « ; ! ? », no-break space (U+00A0) before « : » and
 * inside « » (straight "…" in prose become « … »), apostrophe ’, ellipsis …, ordinals 1re / 2e,
 * no-break space between a number and its unit, thousands separated by U+202F in quantities.
 *
 * Never inside URLs, e-mail addresses, domain names, Windows paths or codes (R125-11, 2A004);
 * never in a link's URL, nor in the text of a link showing its own address; never in the
 * recipient's postal lines (NF Z10-011: letters, digits and spaces only on lines 4–6).
 *
 * Rules see across inline boundaries: in `**Objet** :` the space before « : » is in the next text
 * node. Pure and idempotent: applying it twice gives the same document as applying it once.
 */
import { keep } from '../kept.js';
import type { Document, Inline, LetterMeta, SheetMeta } from './ast.js';
import { mapBlockInlines, type BlockTextPass } from './map-inlines.js';
import { isLockedLink, protectedSpans } from './typography/protect.js';
import { RULES } from './typography/rules.js';
import { applyEdits, flatten, lock, rebuild, type Run, stringRun } from './typography/runs.js';

function typeset(run: Run): Run {
  lock(run, protectedSpans(run.text));
  let current = run;
  for (const rule of RULES) current = applyEdits(current, rule(current));
  return current;
}

/**
 * Strings typeset lately: the letters of a batch share most of their lines (sender, subject,
 * place and date, signature), typeset again for every row otherwise.
 */
const typesetTexts = new Map<string, string>();
const TEXTS_KEPT = 512;

/** French typography on a plain string (a letter line, a title). */
export function frenchTypographyText(text: string): string {
  return typesetTexts.get(text) ?? keep(typesetTexts, text, typeset(stringRun(text)).text, TEXTS_KEPT);
}

/** French typography on a run of inlines; the tree keeps its shape. */
export function frenchTypographyInlines(inlines: readonly Inline[]): Inline[] {
  const run = flatten(inlines, isLockedLink);
  const result = typeset(run);
  return result === run ? structuredClone(inlines) as Inline[] : rebuild(inlines, result);
}

function letter(meta: LetterMeta): LetterMeta {
  const lines = (values: readonly string[]): string[] => values.map(frenchTypographyText);
  return {
    sender: lines(meta.sender),
    // Postal lines follow NF Z10-011, not typography: exactly as built by src/postal/.
    recipient: [...meta.recipient],
    placeDate: frenchTypographyText(meta.placeDate),
    subject: frenchTypographyText(meta.subject),
    signature: lines(meta.signature),
    ...(meta.signatureImage && { signatureImage: meta.signatureImage }),
    // The sender's address on one line, at the top of the window: a postal line too.
    ...(meta.returnAddress !== undefined && { returnAddress: meta.returnAddress }),
    ...(meta.references && { references: lines(meta.references) }),
    ...(meta.sending !== undefined && { sending: frenchTypographyText(meta.sending) }),
    ...(meta.enclosures && { enclosures: lines(meta.enclosures) }),
    ...(meta.copies && { copies: lines(meta.copies) }),
  };
}

function sheet(meta: SheetMeta): SheetMeta {
  return { header: frenchTypographyText(meta.header), footer: frenchTypographyText(meta.footer) };
}

const TYPOGRAPHY: BlockTextPass = { inlines: frenchTypographyInlines, text: frenchTypographyText, headings: true };

/**
 * The document with French typography on every text: the title, the letter's lines (but the
 * postal ones), a sheet's header and footer, and every block's text — table cells, frames,
 * tear-off lines, QR captions (never the URL), images' alternative text, signature lines.
 */
export function frenchTypography(document: Document): Document {
  const { letter: letterMeta, sheet: sheetMeta, ...meta } = document.meta;
  return {
    version: document.version,
    meta: {
      ...structuredClone(meta),
      title: frenchTypographyText(meta.title),
      ...(letterMeta && { letter: letter(letterMeta) }),
      ...(sheetMeta && { sheet: sheet(sheetMeta) }),
    },
    blocks: mapBlockInlines(document.blocks, TYPOGRAPHY),
  };
}
