import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stripControls } from '../helpers/strip-controls.js';
import { buildContext } from '../../src/context/build.js';
import { inlineText } from '../../src/document/ast.js';
import { frenchTypographyText } from '../../src/document/typography.js';
import { renderDocument } from '../../src/pipeline/render-document.js';
import type { Profile } from '../../src/profile/index.js';
import { createTemplateEngine } from '../../src/template/compile.js';
import { compileDocumentTemplate } from '../../src/template/document-template.js';
import { normalizeLineBreaks } from '../../src/template/escape-markdown.js';
import { loadWriter } from '../../src/writers/index.js';
import { openDocx, paragraphs } from '../helpers/docx.js';
import { readPdf } from '../helpers/pdf.js';
import { exampleProfile } from '../helpers/profile.js';

const engine = createTemplateEngine();
const template = compileDocumentTemplate(
  '---\ntitre: Essai\ngabarit: lettre\nobjet: "Commune : {{commune.nom}}"\n---\n{{maire.nom}}\n\nCommune de {{commune.nom}}.\n',
  'essai.md',
  engine,
);
const document = { id: 'essai', title: 'Essai', template };
const profile = exampleProfile();

function withNames(mayor: string, commune: string): Profile {
  return { ...profile, maire: { ...profile.maire, nom: mayor }, commune: { ...profile.commune, nom: commune } };
}

describe('renderDocument: data is text', () => {
  // The Markdown keeps a data value exactly as written (test/template/escape-markdown.test.ts); the
  // Document the writers get has French typography and hyphenation points, on data as on template
  // text: the paragraph holds exactly the value after those two passes, and nothing else.
  it('for any string in a data field, the document holds exactly that string, typeset', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), (raw) => {
        const value = normalizeLineBreaks(stripControls(raw));
        fc.pre(value.length > 0);
        const { document: rendered } = renderDocument(document, buildContext(withNames(value, 'Sains'), '2026-11-23'));
        const [first] = rendered.blocks;
        expect(first?.type).toBe('paragraph');
        if (first?.type !== 'paragraph') return;
        expect(first.children.every((inline) => inline.type === 'text' || inline.type === 'break')).toBe(true);
        // The letter layout is ragged-right: typography, no hyphenation points.
        expect(inlineText(first.children)).toBe(frenchTypographyText(value));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    // [mayor, commune, the commune as printed: typographic apostrophe in prose]
    ['*Dupont*', "L'Haÿ-les-Roses & Co", 'L’Haÿ-les-Roses & Co'],
    ['<b>Martin</b>', '# Saint-Denis', '# Saint-Denis'],
    ['[x](https://exemple.fr)', 'Aÿ-Champagne _ Œuilly', 'Aÿ-Champagne _ Œuilly'],
  ])('%s of %s comes out exactly so in the PDF and the DOCX, typeset', async (mayor, commune, printed) => {
    const { document: rendered } = renderDocument(document, buildContext(withNames(mayor, commune), '2026-11-23'));
    expect(rendered.meta.letter?.subject).toBe(`Commune\u00A0: ${printed}`);
    const pdf = await readPdf((await (await loadWriter('pdf')).write(rendered, {})).bytes);
    const pdfText = pdf.text.replace(/\s+/g, ' ');
    expect(pdfText).toContain(mayor);
    expect(pdfText).toContain(`Commune de ${printed}.`);
    const docx = openDocx((await (await loadWriter('docx')).write(rendered, {})).bytes);
    const texts = paragraphs(docx).map((paragraph) => paragraph.text);
    expect(texts).toContain(mayor);
    expect(texts).toContain(`Commune de ${printed}.`);
  });
});
