import { AST_VERSION, type Block, type Document, type Inline } from '../../../src/document/ast.js';

const NNBSP = '\u202f';
const NBSP = '\u00a0';

export const text = (value: string): Inline => ({ type: 'text', value });
export const para = (...children: Inline[]): Block => ({ type: 'paragraph', children });

/** A one-page letter to a mayor, with the French typography the templates produce. */
export function sampleLetter(blocks?: Block[]): Document {
  return {
    version: AST_VERSION,
    meta: {
      title: 'Demande de rendez-vous',
      lang: 'fr-FR',
      layout: 'lettre',
      letter: {
        sender: [
          'Alex Martin',
          'Collectif Œuilly Résilience',
          '12 rue des Lilas',
          "94240 L'Haÿ-les-Roses",
          'alex@exemple.fr',
          `06${NBSP}00${NBSP}00${NBSP}00${NBSP}00`,
        ],
        recipient: [
          'Madame la Maire',
          "Mairie de L'Haÿ-les-Roses",
          'Hôtel de ville',
          '41 RUE JEAN JAURES',
          '94240 L HAY LES ROSES',
        ],
        placeDate: "L'Haÿ-les-Roses, le 1er décembre 2026",
        subject: 'Demande de rendez-vous – DICRIM et plan communal de sauvegarde',
        signature: ['Alex Martin', 'Présidente du Collectif Œuilly Résilience'],
      },
    },
    blocks: blocks ?? [
      para(text('Madame la Maire,')),
      para(
        text(`Habitante de la commune, je souhaite vous rencontrer au sujet du document d’information communal sur les risques majeurs («${NBSP}DICRIM${NBSP}») et du `),
        { type: 'strong', children: [text('plan communal de sauvegarde')] },
        text(`${NNBSP}; la loi impose une révision tous les cinq ans`),
        { type: 'emphasis', children: [text(' au plus tard')] },
        text(`. Le budget d’un kit d’urgence est d’environ 50${NBSP}€ par foyer${NNBSP}!`),
      ),
      {
        type: 'list',
        ordered: false,
        start: 1,
        items: [
          { blocks: [para(text('Le DICRIM est-il à jour et consultable en mairie ?'))] },
          {
            blocks: [
              para(text('Le plan communal de sauvegarde prévoit-il :')),
              {
                type: 'list',
                ordered: true,
                start: 1,
                items: [
                  { blocks: [para(text('un annuaire opérationnel'))] },
                  { blocks: [para(text('des exercices réguliers'))] },
                ],
              },
            ],
          },
        ],
      },
      {
        type: 'checklist',
        items: [
          { checked: false, children: [text('Réunion publique sur les risques')] },
          { checked: true, children: [text('Distribution de la liste du kit 72 h')] },
        ],
      },
      para(
        text('Vous trouverez les fiches sur '),
        { type: 'link', url: 'https://www.georisques.gouv.fr', children: [text('georisques.gouv.fr')] },
        text('.'),
        { type: 'break' },
        text('Mes disponibilités : le mardi et le jeudi… en cœur de journée.'),
      ),
      para(
        text(`Je vous prie d’agréer, Madame la Maire, l’expression de ma considération distinguée.`),
      ),
    ],
  };
}

/** A letter whose body runs over several pages. */
export function longLetter(paragraphs = 60): Document {
  const body = Array.from({ length: paragraphs }, (_, i) =>
    para(text(`Paragraphe ${i + 1}. Les bons réflexes face aux inondations : mettez-vous à l’abri, coupez le gaz et l’électricité, ne descendez pas dans les sous-sols et écoutez la radio.`)),
  );
  return sampleLetter(body);
}
