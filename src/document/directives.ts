/**
 * The directives of templates, names in French (design.md §3): what each one accepts and the
 * block it becomes. Leaf directives stand on their own line (`::qr{…}`); containers hold
 * Markdown between `:::nom{…}` and a closing `:::`.
 */
import type { ContainerDirective, Directives, LeafDirective } from 'mdast-util-directive';
import type * as mdast from 'mdast';
import type { Block, ImageData } from './ast.js';
import { type AttributeSpecs, DirectiveAttributes, type DirectiveSite, directiveError } from './directive-attributes.js';

/** What building a directive's block needs from the reader of the whole Markdown. */
export interface DirectiveContext {
  site: DirectiveSite;
  /** The inner blocks of a container, read like the rest of the template. */
  blocks: (nodes: readonly mdast.RootContent[]) => Block[];
  /** The lines of a container holding plain text (one or more paragraphs). */
  textLines: (nodes: readonly mdast.RootContent[]) => string[];
  loadImage?: (src: string) => ImageData;
  /** Side of a QR code without `taille`, in millimetres. */
  qrSize: number;
}

interface DirectiveSpec {
  container: boolean;
  /** The form shown in messages. */
  syntax: string;
  attributes: AttributeSpecs;
  build: (node: Directives, attributes: DirectiveAttributes, context: DirectiveContext) => Block;
}

/** Bounds, in millimetres. */
export const QR_SIZE = { min: 10, max: 200 } as const;
export const IMAGE_WIDTH = { min: 5, max: 400, fallback: 40 } as const;
export const SPACER_HEIGHT = { min: 1, max: 200 } as const;
export const TEAR_OFF_COUNT = { min: 2, max: 12 } as const;
export const TEAR_OFF_LINES = { min: 1, max: 4 } as const;

const URL_SCHEMES = /^(?:https?:\/\/|mailto:|tel:)/i;

/** A URL a phone can open: http(s) with a host, mailto: with an address, tel: with digits. */
export function isQrUrl(url: string): boolean {
  if (/\s/u.test(url) || !URL_SCHEMES.test(url)) return false;
  if (/^mailto:/i.test(url)) return /^mailto:[^@]+@[^@]+\.[^@]+$/i.test(url);
  if (/^tel:/i.test(url)) return /^tel:\+?[0-9][0-9.\-()]*$/i.test(url);
  try {
    return new URL(url).hostname !== '';
  } catch {
    return false;
  }
}

const DIRECTIVES: Readonly<Record<string, DirectiveSpec>> = {
  qr: {
    container: false,
    syntax: '::qr{url="https://exemple.fr" legende="Le site de la commune" taille=30}',
    attributes: {
      url: 'adresse https://, mailto: ou tel:',
      legende: 'texte sous le code, facultatif (sinon l’adresse)',
      taille: `côté en millimètres, de ${QR_SIZE.min} à ${QR_SIZE.max}, facultatif`,
    },
    build: (_node, attributes, context) => {
      const url = attributes.requiredText('url').trim();
      if (!isQrUrl(url)) {
        throw directiveError(context.site, `« ${url} » n’est pas une adresse qu’un téléphone peut ouvrir.`, {
          actual: url,
          expected: 'une adresse commençant par https://, http://, mailto: ou tel:',
          hint: 'écrivez l’adresse complète, par exemple https://www.exemple.fr (vérifiez aussi la valeur dans le profil).',
        });
      }
      // Captions and titles are kept as written (data included); blank means absent.
      const caption = attributes.text('legende');
      return {
        type: 'qr',
        url,
        size: attributes.number('taille', { ...QR_SIZE, fallback: context.qrSize }),
        ...(caption?.trim() && { caption }),
      };
    },
  },
  encadre: {
    container: true,
    syntax: ':::encadre{titre="À retenir"} … :::',
    attributes: { titre: 'titre de l’encadré, facultatif' },
    build: (node, attributes, context) => {
      const title = attributes.text('titre');
      return { type: 'box', ...(title?.trim() && { title }), blocks: context.blocks((node as ContainerDirective).children) };
    },
  },
  'saut-de-page': {
    container: false,
    syntax: '::saut-de-page',
    attributes: {},
    build: () => ({ type: 'pageBreak' }),
  },
  espace: {
    container: false,
    syntax: '::espace{hauteur=10}',
    attributes: { hauteur: `hauteur en millimètres, de ${SPACER_HEIGHT.min} à ${SPACER_HEIGHT.max}` },
    build: (_node, attributes) => ({ type: 'spacer', height: attributes.requiredNumber('hauteur', SPACER_HEIGHT) }),
  },
  image: {
    container: false,
    syntax: '::image{src="logo.png" alt="Logo de la commune" width=40}',
    attributes: {
      src: 'fichier PNG ou JPEG, à côté du kit ou du profil',
      alt: 'texte qui décrit l’image (pour les lecteurs d’écran)',
      width: `largeur en millimètres, de ${IMAGE_WIDTH.min} à ${IMAGE_WIDTH.max}, facultatif (${IMAGE_WIDTH.fallback} par défaut)`,
    },
    build: (_node, attributes, context) => {
      const src = attributes.requiredText('src').trim();
      const alt = attributes.requiredText('alt').trim();
      const width = attributes.number('width', IMAGE_WIDTH);
      if (!context.loadImage) {
        throw directiveError(context.site, 'images non disponibles ici.', {
          actual: src,
          hint: 'ce document est lu sans accès aux fichiers : retirez ::image, ou générez-le avec son kit.',
        });
      }
      return { type: 'image', src, alt, width, data: context.loadImage(src) };
    },
  },
  detachables: {
    container: true,
    syntax: ':::detachables{n=6}\nPrénom Nom\n06 12 34 56 78\n:::',
    attributes: { n: `nombre de bandes, de ${TEAR_OFF_COUNT.min} à ${TEAR_OFF_COUNT.max}` },
    build: (node, attributes, context) => {
      const count = attributes.requiredNumber('n', { ...TEAR_OFF_COUNT, integer: true });
      const lines = context.textLines((node as ContainerDirective).children);
      if (lines.length < TEAR_OFF_LINES.min || lines.length > TEAR_OFF_LINES.max) {
        throw directiveError(context.site, `${lines.length} ligne${lines.length > 1 ? 's' : ''} de texte non vide${lines.length > 1 ? 's' : ''} dans les bandes.`, {
          actual: lines.join(' / '),
          expected: `de ${TEAR_OFF_LINES.min} à ${TEAR_OFF_LINES.max} lignes (un nom, un téléphone…)`,
          hint: 'écrivez une information par ligne entre :::detachables{n=6} et :::',
        });
      }
      return { type: 'tearOffs', count, lines };
    },
  },
  signature: {
    container: false,
    syntax: '::signature',
    attributes: {},
    // The pipeline fills in the signer's lines and picture.
    build: () => ({ type: 'signature', lines: [] }),
  },
};

/** The known directives, as written (for messages). */
export function knownDirectives(): string {
  return Object.entries(DIRECTIVES)
    .map(([name, spec]) => `${spec.container ? ':::' : '::'}${name}`)
    .join(', ');
}

/** The block of a leaf or container directive, or a located `TemplateDirective` error. */
export function directiveBlock(node: LeafDirective | ContainerDirective, context: DirectiveContext): Block {
  const site = context.site;
  const spec = Object.hasOwn(DIRECTIVES, node.name) ? DIRECTIVES[node.name] : undefined;
  if (!spec) {
    throw directiveError(site, 'directive inconnue.', {
      actual: node.name,
      expected: knownDirectives(),
      hint: 'vérifiez l’orthographe du nom (en minuscules, sans accent). Pour écrire « :: » au début d’une ligne, écrivez \\:\\:',
    });
  }
  const container = node.type === 'containerDirective';
  if (container !== spec.container) {
    throw directiveError(site, spec.container ? 'cette directive entoure un contenu.' : 'cette directive tient sur une ligne.', {
      actual: site.written,
      expected: spec.syntax,
      hint: spec.container
        ? `ouvrez avec ${spec.syntax.split(/ |\n/)[0]} sur sa ligne et fermez avec ::: sur une ligne seule.`
        : `écrivez ${spec.syntax} seule sur sa ligne, avec deux deux-points.`,
    });
  }
  // A label (`::qr[texte]`) is a paragraph of the container marked as such, or the leaf's children.
  const label = container ? node.children[0]?.data && 'directiveLabel' in node.children[0].data : node.children.length > 0;
  if (label) {
    throw directiveError(site, 'étiquette entre crochets non prise en charge.', {
      actual: site.written,
      expected: spec.syntax,
      hint: 'passez le texte dans un attribut, par exemple titre="…" ou legende="…".',
    });
  }
  const attributes = new DirectiveAttributes(node, site, spec.attributes, spec.syntax.split('\n')[0]!);
  return spec.build(node, attributes, context);
}
