import { AST_VERSION, type Block, type Document, type ImageData, type Inline } from '../../../src/document/ast.js';
import { qrPng } from '../../../src/writers/qr.js';

/** Documents of AST v2 for the DOCX writer: every block, every layout, in French. */

export const t = (value: string): Inline => ({ type: 'text', value });
export const p = (value: string): Block => ({ type: 'paragraph', children: [t(value)] });

/** A small real PNG (a QR code's pixels) with its size read from the IHDR chunk. */
export async function pngImage(): Promise<ImageData> {
  const bytes = await qrPng('https://exemple.fr', 1, 2);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { format: 'png', bytes, pixelWidth: view.getUint32(16), pixelHeight: view.getUint32(20) };
}

export const table: Block = {
  type: 'table',
  align: ['left', 'center', 'right'],
  header: [[t('Risque')], [t('Niveau')], [t('Numéro')]],
  rows: [
    [[t('Inondation')], [t('fort')], [t('112')]],
    [[t('Séisme')], [t('modéré')], [t('18')]],
  ],
};

export function longTable(rows: number): Block {
  return {
    type: 'table',
    align: ['left', 'left'],
    header: [[t('Étape')], [t('Ce qu’il faut faire')]],
    rows: Array.from({ length: rows }, (_, i) => [
      [t(`Étape ${i + 1}`)],
      [t('Couper le gaz et l’électricité, fermer les volets et rejoindre le point de rassemblement indiqué par la mairie.')],
    ]),
  };
}

export async function everyBlock(): Promise<Block[]> {
  const image = await pngImage();
  return [
    { type: 'heading', level: 1, children: [t('Que faire en cas d’inondation\u202F?')] },
    p('Avant : préparez un kit d’urgence.'),
    table,
    { type: 'image', src: 'images/carte.png', alt: 'Carte des zones inondables', width: 40, data: image },
    { type: 'qr', url: 'https://www.georisques.gouv.fr/', size: 25, caption: 'Géorisques' },
    { type: 'box', title: 'À retenir', blocks: [p('Montez dans les étages.'), p('N’allez pas chercher vos enfants à l’école.')] },
    { type: 'pageBreak' },
    p('Après la page.'),
    { type: 'spacer', height: 12 },
    p('Sous l’espace.'),
    { type: 'tearOffs', count: 5, lines: ['Mairie', '01 00 00 00 00'] },
  ];
}

export function sheet(blocks: Block[]): Document {
  return {
    version: AST_VERSION,
    meta: {
      title: 'Fiche réflexe inondation',
      lang: 'fr-FR',
      layout: 'fiche',
      sheet: { header: 'Commune de Sains (35)', footer: 'Sources\u00A0: Géorisques — 1er décembre 2026' },
    },
    blocks,
  };
}

export function poster(layout: 'affiche' | 'flyer', paper: 'A3' | 'A4' | 'A5' | 'A6', blocks: Block[]): Document {
  return {
    version: AST_VERSION,
    meta: {
      title: 'L’Heure civique à Sains',
      lang: 'fr-FR',
      layout,
      print: { paper, nUp: 1, bleed: false, accent: '#2a7a3b' },
      sheet: { header: 'Commune de Sains (35)', footer: 'Mairie de Sains — 02 00 00 00 00 — mairie@sains.fr' },
    },
    blocks,
  };
}

export const posterBlocks = (): Block[] => [
  { type: 'heading', level: 2, children: [t('Une heure par mois pour vos voisins')] },
  p('Inscrivez-vous et recevez une mission près de chez vous : lire le journal à une voisine, désherber le cimetière.'),
  { type: 'list', ordered: false, start: 1, items: [{ blocks: [p('Sans engagement')] }, { blocks: [p('Près de chez vous')] }] },
  { type: 'qr', url: 'https://exemple.fr/heure-civique', size: 30 },
];

export async function letterWithExtras(): Promise<Document> {
  const image = await pngImage();
  return {
    version: AST_VERSION,
    meta: {
      title: 'Demande de rendez-vous',
      lang: 'fr-FR',
      layout: 'lettre',
      letter: {
        sender: ['Alex Martin', '12 rue des Lilas', '35000 Sains'],
        recipient: ['Madame la Maire', 'Hôtel de ville', '35000 SAINS'],
        placeDate: 'Sains, le 23 novembre 2026',
        subject: 'Demande de rendez-vous',
        signature: ['Alex Martin', 'Habitante du quartier'],
        signatureImage: image,
        returnAddress: 'Alex Martin, 12 rue des Lilas, 35000 Sains',
        references: ['N/Réf.\u00A0: AM-2026-04'],
        sending: 'Lettre recommandée avec avis de réception n° 1A 123 456 7890 1',
        enclosures: ['Fiche de synthèse des risques', 'Liste des signataires'],
        copies: ['Monsieur le Préfet d’Ille-et-Vilaine'],
      },
    },
    blocks: [p('Madame la Maire,'), p('Je souhaite vous rencontrer.'), p('Veuillez agréer, Madame la Maire, mes salutations distinguées.')],
  };
}
