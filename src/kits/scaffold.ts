import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { KIT_PARTIALS_FOLDER, MANIFEST_FILE, type KitEntry } from './registry.js';

/** One file of a new kit: its path inside the kit folder and its text. */
export interface KitFile {
  path: string;
  text: string;
}

export const KIT_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const STARTER_LETTER = `---
titre: "Lettre au maire de {{commune.nom}}"
gabarit: lettre
objet: "Demande de rendez-vous"
---
{{!--
  Modèle de départ : une lettre au maire. Ce qui est entre ces deux marques est un
  commentaire : il n’apparaît pas dans le document.

  - L’en-tête (entre les deux lignes « --- ») donne le titre, le gabarit (lettre, fiche,
    affiche ou flyer) et, pour une lettre, l’objet. L’expéditeur, l’adresse de la mairie,
    le lieu, la date et la signature sont placés par le gabarit d’après le profil.
  - Le corps est du Markdown : un paragraphe par bloc de lignes, **gras**, *italique*,
    « - » pour une liste, « - [ ] » pour une case à cocher, « # » pour un titre.
  - Deux accolades insèrent un champ du profil ou une aide :
    commune.nom, maire.nom, expediteur.nom… ; appellation maire (« Madame la Maire ») ;
    de commune (« du Havre ») ; à commune (« au Havre ») ;
    date_longue date ; liste risques_libelles (« a, b et c ») ;
    pluriel n "voisin" "voisins" ; majuscules x.
  - Un passage facultatif s’entoure de #if … /if ; une liste se parcourt avec #each … /each.
  - « > nom » (entre accolades) insère un partiel : partiels/nom.md du kit, sinon le
    fichier partagé templates/nom.md (ici la formule de politesse).
  - La commande « kit list » affiche les champs du profil dont chaque document a besoin.
--}}
{{appellation maire}},

J’habite {{commune.nom}}{{#if expediteur.association}} et je vous écris au nom de l’association {{expediteur.association}}{{/if}}. Je souhaiterais vous rencontrer pour vous présenter une proposition au service des habitants.

{{#if expediteur.telephone}}
Vous pouvez me joindre au {{expediteur.telephone}}.
{{/if}}

{{> politesse-maire}}
`;

function starterManifest(id: string): string {
  return `# Kit « ${id} », créé par « kit new ». Chaque document est un fichier .md de ce dossier.
# Pour reprendre un kit fourni et n’en remplacer qu’un document ou un partiel, écrivez
# « base: dicrim » (par exemple) et placez ici le seul fichier à remplacer.
titre: Mon kit ${id}
documents:
  - id: lettre-maire
    titre: Lettre au maire
    modele: lettre-maire.md
    # fichier: "{{commune.nom}} ({{commune.code_insee}})"  # nom de chaque fichier en publipostage
    # requis: [expediteur.telephone]                     # champs du profil à exiger en plus
`;
}

/** A new kit with one letter to start from. */
export function starterKit(id: string): KitFile[] {
  return [
    { path: MANIFEST_FILE, text: starterManifest(id) },
    { path: 'lettre-maire.md', text: STARTER_LETTER },
  ];
}

async function partialFiles(entry: KitEntry): Promise<KitFile[]> {
  // The kit's own partials and its bases', not the shared ones (they stay shared).
  const seen = new Map<string, KitFile>();
  for (const folder of entry.partialDirs.filter((dir) => path.basename(dir.dir) === KIT_PARTIALS_FOLDER)) {
    const names = await readdir(folder.dir).catch(() => [] as string[]);
    for (const name of names.filter((file) => file.endsWith('.md')).sort()) {
      if (!seen.has(name)) seen.set(name, { path: `${KIT_PARTIALS_FOLDER}/${name}`, text: await readFile(path.join(folder.dir, name), 'utf8') });
    }
  }
  return [...seen.values()];
}

/**
 * A copy of a kit under a new id: its templates and partials, and its kit.yaml with a new
 * title (comments kept). A kit built on a base kit is copied whole, its base's files included.
 */
export async function copiedKit(id: string, from: KitEntry): Promise<KitFile[]> {
  const manifestText = await readFile(path.join(from.dir, MANIFEST_FILE), 'utf8');
  const doc = parseDocument(manifestText);
  doc.set('titre', `${from.manifest.titre} (${id})`);
  if (from.manifest.base !== undefined) {
    doc.delete('base');
    doc.set(
      'documents',
      from.documents.map((document) => ({
        id: document.id,
        titre: document.titre,
        modele: path.basename(document.path),
        ...(document.fichier !== undefined && { fichier: document.fichier }),
        ...(document.requis.length > 0 && { requis: document.requis }),
      })),
    );
  }
  doc.commentBefore = ` Kit « ${id} », copie du kit « ${from.id} » créée par « kit new ».${doc.commentBefore ? `\n${doc.commentBefore}` : ''}`;
  const templates = await Promise.all(
    from.documents.map(async (document) => ({ path: path.basename(document.path), text: await readFile(document.path, 'utf8') })),
  );
  return [{ path: MANIFEST_FILE, text: doc.toString({ lineWidth: 0 }) }, ...templates, ...(await partialFiles(from))];
}
