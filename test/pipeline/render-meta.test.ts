import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/context/build.js';
import { DEFAULT_ACCENT } from '../../src/document/ast.js';
import { renderDocument } from '../../src/pipeline/render-document.js';
import { DEFAULT_PRINT, printMeta } from '../../src/pipeline/print-options.js';
import { createTemplateEngine } from '../../src/template/compile.js';
import { compileDocumentTemplate } from '../../src/template/document-template.js';
import { exampleProfile } from '../helpers/profile.js';

const engine = createTemplateEngine();
const template = (text: string) => ({ template: compileDocumentTemplate(text, 'modele.md', engine) });
const profile = exampleProfile();
const context = buildContext(profile, '2026-12-01');

describe('renderDocument: what the layouts place outside the body', () => {
  it('gives a letter its sending mode, references, enclosures and copies, typeset', () => {
    const letter = template(
      '---\ntitre: L\ngabarit: lettre\nobjet: O\nenvoi: "Lettre recommandée avec avis de réception"\nreferences: ["N/Réf. : DICRIM-{{commune.code_insee}}"]\npieces_jointes: ["Liste des questions"]\ncopies: ["Préfecture d\'Ille-et-Vilaine", "{{vide}}"]\n---\nCorps.\n',
    );
    const meta = renderDocument(letter, { ...context, vide: '' } as typeof context).document.meta.letter!;
    expect(meta.sending).toBe('Lettre recommandée avec avis de réception');
    expect(meta.references).toEqual(['N/Réf.\u00A0: DICRIM-35248']);
    expect(meta.enclosures).toEqual(['Liste des questions']);
    // An empty line (a field left blank) is dropped; the apostrophe is typographic.
    expect(meta.copies).toEqual(['Préfecture d’Ille-et-Vilaine']);
  });

  it('puts the template’s destinataire lines in the window instead of the mayor’s address', () => {
    const appeal = template('---\ntitre: L\ngabarit: lettre\nobjet: O\ndestinataire: ["Aux habitantes et habitants", "de {{commune.nom}}"]\n---\nCorps.\n');
    expect(renderDocument(appeal, context).document.meta.letter?.recipient).toEqual(['Aux habitantes et habitants', 'de Sains']);
  });

  it('adds the return address line only when the sender asks for it (expediteur.ligne_retour)', () => {
    const letter = template('---\ntitre: L\ngabarit: lettre\nobjet: O\n---\nCorps.\n');
    expect(renderDocument(letter, context).document.meta.letter?.returnAddress).toBeUndefined();
    const asking = { ...context, expediteur: { ...context.expediteur, ligne_retour: 'oui' as const } };
    expect(renderDocument(letter, asking).document.meta.letter?.returnAddress).toBe('Alex Martin, 12 rue des Lilas, 35610 Sains');
  });

  it('gives a sheet the commune in its header and sources with the date in its footer', () => {
    const sheet = template('---\ntitre: F\ngabarit: fiche\nsources: "Géorisques, code de l\'environnement"\n---\nCorps.\n');
    const { meta } = renderDocument(sheet, context).document;
    expect(meta.sheet?.header).toBe('Commune de Sains — Ille-et-Vilaine');
    // The date is kept on one line (no-break spaces).
    expect(meta.sheet?.footer.startsWith('Sources\u00A0: Géorisques, code de l’environnement — document du 1er')).toBe(true);
    expect(meta.sheet?.footer.replace(/[\u00A0\u202F]/g, ' ')).toBe('Sources : Géorisques, code de l’environnement — document du 1er décembre 2026');
    expect(meta.letter).toBeUndefined();
    expect(meta.print).toEqual({ paper: 'A4', nUp: 1, bleed: false, accent: DEFAULT_ACCENT });
  });

  it('opens a sheet on its title, as a level-1 heading, unless the body already starts with one', () => {
    const sheet = template('---\ntitre: "Consignes de sécurité – {{commune.nom}}"\ngabarit: fiche\n---\n## Avant\n\nCorps.\n');
    const [first, second] = renderDocument(sheet, context).document.blocks;
    expect(first).toEqual({ type: 'heading', level: 1, children: [{ type: 'text', value: 'Consignes de sécurité – Sains' }] });
    expect(second).toMatchObject({ type: 'heading', level: 2 });
    const ownTitle = template('---\ntitre: F\ngabarit: fiche\n---\n# Mon titre\n\nCorps.\n');
    const blocks = renderDocument(ownTitle, context).document.blocks;
    expect(blocks.filter((block) => block.type === 'heading' && block.level === 1)).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ type: 'heading', children: [{ type: 'text', value: 'Mon titre' }] });
    // Letters and posters place their title elsewhere (subject line, title band).
    const letter = template('---\ntitre: L\ngabarit: lettre\nobjet: O\n---\nCorps.\n');
    expect(renderDocument(letter, context).document.blocks[0]).toMatchObject({ type: 'paragraph' });
  });

  it('gives a poster its contact footer, paper and the profile’s colour', () => {
    const poster = template('---\ntitre: A\ngabarit: affiche\npied: "Mairie : {{mairie.telephone}}"\n---\nCorps.\n');
    const coloured = { ...context, identite: { couleur: '#aa3300' } };
    const { meta } = renderDocument(poster, coloured, { print: { ...DEFAULT_PRINT, poster: 'A3', bleed: true } }).document;
    expect(meta.sheet?.footer).toBe('Mairie\u00A0: 02 99 00 00 00');
    expect(meta.print).toEqual({ paper: 'A3', nUp: 1, bleed: true, accent: '#aa3300' });
  });

  it('fills a ::signature block with the signer’s lines, also inside a frame', () => {
    const letter = template('---\ntitre: L\ngabarit: lettre\nobjet: O\n---\nCorps.\n\n::signature\n\n:::encadre\nTexte.\n\n::signature\n:::\n');
    const { blocks } = renderDocument(letter, context).document;
    const expected = { type: 'signature', lines: ['Alex Martin', 'Habitant de la commune'] };
    expect(blocks[1]).toEqual(expected);
    expect(blocks[2]?.type === 'box' && blocks[2].blocks[1]).toEqual(expected);
  });
});

describe('printMeta: paper per layout from the command-line choices', () => {
  it.each([
    ['A4-2xA5', { paper: 'A5', nUp: 2, bleed: false }],
    ['A4-4xA6', { paper: 'A6', nUp: 4, bleed: false }],
    ['A5', { paper: 'A5', nUp: 1, bleed: true }],
    ['A6', { paper: 'A6', nUp: 1, bleed: true }],
  ] as const)('flyer %s (with --bleed: only single pages are bled)', (flyer, expected) => {
    expect(printMeta('flyer', { poster: 'A4', flyer, bleed: true }, undefined)).toEqual({ ...expected, accent: DEFAULT_ACCENT });
  });

  it('prints letters and sheets on A4 whatever the poster and flyer choices', () => {
    for (const layout of ['lettre', 'fiche'] as const) {
      expect(printMeta(layout, { poster: 'A3', flyer: 'A6', bleed: false }, '#123456').paper).toBe('A4');
    }
  });
});
