import { AST_VERSION, type Document } from '../../../src/document/ast.js';

/** A letter with everything the DOCX writer handles, in real French typography. */
export function sampleLetter(): Document {
  return {
    version: AST_VERSION,
    meta: {
      title: 'Demande de rendez-vous',
      lang: 'fr-FR',
      layout: 'lettre',
      letter: {
        sender: ['Alex Martin', 'Collectif Exemple', '12 rue des Lilas', '94240 L’Haÿ-les-Roses', 'alex@exemple.fr'],
        recipient: ['Madame Camille Dupont', 'Maire de L’Haÿ-les-Roses', 'Hôtel de ville', '41 rue Jean Jaurès', '94240 L’HAŸ-LES-ROSES'],
        placeDate: 'L’Haÿ-les-Roses, le 23 novembre 2026',
        subject: 'Résilience de L’Haÿ-les-Roses\u202F: demande de rendez-vous',
        signature: ['Alex Martin', 'Habitante du quartier'],
      },
    },
    blocks: [
      { type: 'paragraph', children: [{ type: 'text', value: 'Madame la Maire,' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'Habitante de L’Haÿ-les-Roses, je souhaite vous parler du « plan communal de sauvegarde »\u202F: ' },
          { type: 'strong', children: [{ type: 'text', value: 'un sujet d’intérêt général' }] },
          { type: 'text', value: ', et du cœur de notre ' },
          { type: 'emphasis', children: [{ type: 'text', value: 'résilience' }] },
          { type: 'text', value: '.' },
          { type: 'break' },
          { type: 'text', value: 'Budget estimé\u202F: 1\u202F500\u00A0€.' },
        ],
      },
      { type: 'heading', level: 2, children: [{ type: 'text', value: 'Nos questions' }] },
      {
        type: 'list',
        ordered: false,
        start: 1,
        items: [
          {
            blocks: [
              {
                type: 'paragraph',
                children: [
                  { type: 'text', value: 'Le DICRIM est-il en ligne\u202F? Voir ' },
                  { type: 'link', url: 'https://www.georisques.gouv.fr/', children: [{ type: 'text', value: 'Géorisques' }] },
                ],
              },
              {
                type: 'list',
                ordered: false,
                start: 1,
                items: [
                  { blocks: [{ type: 'paragraph', children: [{ type: 'text', value: 'en mairie' }] }] },
                  { blocks: [{ type: 'paragraph', children: [{ type: 'text', value: 'sur le site de la commune' }] }] },
                ],
              },
            ],
          },
          { blocks: [{ type: 'paragraph', children: [{ type: 'text', value: 'Quand aura lieu le prochain exercice\u202F?' }] }] },
        ],
      },
      {
        type: 'list',
        ordered: true,
        start: 3,
        items: [
          { blocks: [{ type: 'paragraph', children: [{ type: 'text', value: 'Recenser les personnes vulnérables' }] }] },
          { blocks: [{ type: 'paragraph', children: [{ type: 'text', value: 'Former des volontaires' }] }] },
        ],
      },
      {
        type: 'checklist',
        items: [
          { checked: true, children: [{ type: 'text', value: 'Plan communal de sauvegarde à jour' }] },
          { checked: false, children: [{ type: 'text', value: 'Réserve communale de sécurité civile' }] },
        ],
      },
      {
        type: 'paragraph',
        children: [
          {
            type: 'text',
            value: 'Je vous prie d’agréer, Madame la Maire, l’expression de mes salutations distinguées.',
          },
        ],
      },
    ],
  };
}
