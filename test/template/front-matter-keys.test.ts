import { describe, expect, it } from 'vitest';
import { createTemplateEngine } from '../../src/template/compile.js';
import { compileDocumentTemplate } from '../../src/template/document-template.js';
import { kitFailure } from '../helpers/failure.js';

const engine = createTemplateEngine();
const compile = (front: string) => compileDocumentTemplate(`---\n${front}\n---\nCorps.\n`, 'modele.md', engine);

describe('template front matter: letter extras, sheet and poster footers', () => {
  it('reads envoi, references, pieces_jointes and copies of a letter as templates', () => {
    const template = compile(
      [
        'titre: Lettre',
        'gabarit: lettre',
        'objet: Objet',
        'envoi: "Lettre recommandée avec avis de réception"',
        'references: ["N/Réf. : {{commune.code_insee}}"]',
        'pieces_jointes:',
        '  - "Extrait du DICRIM de {{commune.nom}}"',
        '  - Liste des questions',
        'copies: ["Préfecture"]',
      ].join('\n'),
    );
    const context = { commune: { nom: 'Sains', code_insee: '35248' } };
    expect(template.sending?.(context)).toBe('Lettre recommandée avec avis de réception');
    expect(template.references.map((render) => render(context))).toEqual(['N/Réf. : 35248']);
    expect(template.enclosures.map((render) => render(context))).toEqual(['Extrait du DICRIM de Sains', 'Liste des questions']);
    expect(template.copies.map((render) => render(context))).toEqual(['Préfecture']);
  });

  it('reads sources for a sheet and pied for a poster or flyer', () => {
    expect(compile('titre: Fiche\ngabarit: fiche\nsources: "Géorisques"').sources?.({})).toBe('Géorisques');
    for (const layout of ['affiche', 'flyer']) {
      expect(compile(`titre: A\ngabarit: ${layout}\npied: "Mairie, {{tel}}"`).footer?.({ tel: '02 99 00 00 00' })).toBe('Mairie, 02 99 00 00 00');
    }
  });

  it.each([
    ['objet for a sheet', 'titre: F\ngabarit: fiche\nobjet: X', 4, /« objet » ne s’applique pas au gabarit « fiche »/],
    ['pied for a letter', 'titre: L\ngabarit: lettre\nobjet: O\npied: X', 5, /« pied » ne s’applique pas au gabarit « lettre »/],
    ['a list where a line is expected', 'titre: L\ngabarit: lettre\nobjet: O\nenvoi: [a, b]', 5, /« envoi » doit être un texte d’une ligne, pas une liste/],
    ['a line where a list is expected', 'titre: L\ngabarit: lettre\nobjet: O\ncopies: Préfecture', 5, /« copies » doit être une liste/],
    ['a list of maps', 'titre: L\ngabarit: lettre\nobjet: O\ncopies:\n  - a: b', 5, /« copies » doit être une liste de textes/],
  ])('refuses %s, with its line', (_name, front, line, message) => {
    const error = kitFailure(() => compile(front));
    expect(error.exitCode).toBe(5);
    expect(error.diagnostics[0]?.message).toMatch(message);
    expect(error.diagnostics[0]?.location).toMatchObject({ file: 'modele.md', line });
  });

  it('knows the four layouts', () => {
    for (const layout of ['lettre', 'fiche', 'affiche', 'flyer']) {
      const extra = layout === 'lettre' ? '\nobjet: O' : '';
      expect(compile(`titre: T\ngabarit: ${layout}${extra}`).layout).toBe(layout);
    }
    expect(kitFailure(() => compile('titre: T\ngabarit: brochure')).diagnostics[0]?.expected).toBe('lettre, fiche, affiche, flyer');
  });
});
