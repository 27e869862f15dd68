import type { ErrorCode, YAMLError } from 'yaml';
import { cleanText } from './clean.js';
import { quote } from './french.js';

interface Wording {
  message: string;
  hint: string;
  actual?: string;
}

const SPELLING = 'écrivez les valeurs en entier, sans &ancre, *alias ni !étiquette.';
const QUOTES = 'si la valeur contient « : », « # » ou commence par un signe, mettez-la entre guillemets : nom: "…"';

const WORDING: Partial<Record<ErrorCode, Wording>> = {
  BAD_INDENT: {
    message: 'indentation incorrecte.',
    hint: 'alignez les clés d’une même section sur la même colonne, avec des espaces.',
  },
  TAB_AS_INDENT: {
    message: 'tabulation dans l’indentation.',
    hint: 'indentez avec des espaces (deux par niveau), jamais avec des tabulations.',
  },
  BLOCK_AS_IMPLICIT_KEY: { message: '« : » inattendu dans une valeur.', hint: QUOTES },
  MULTILINE_IMPLICIT_KEY: {
    message: 'clé sur plusieurs lignes, ou « : » manquant.',
    hint: 'écrivez chaque champ sur une ligne : la clé, « : », une espace, puis la valeur (nom: Dupont).',
  },
  BAD_SCALAR_START: { message: 'une valeur ne peut pas commencer par ce caractère.', hint: QUOTES },
  BAD_DQ_ESCAPE: {
    message: 'séquence « \\ » invalide entre guillemets doubles.',
    hint: 'utilisez des guillemets simples (\'…\'), ou doublez la barre oblique inverse (\\\\).',
  },
  MISSING_CHAR: {
    message: 'caractère fermant manquant (guillemet, crochet ou accolade).',
    hint: 'refermez chaque " , \' , [ ou { ouvert sur la même valeur.',
  },
  UNEXPECTED_TOKEN: {
    message: 'syntaxe YAML incorrecte.',
    hint: 'vérifiez l’indentation et la forme « clé: valeur » de cette ligne.',
  },
  BLOCK_IN_FLOW: {
    message: 'liste ou section écrite sur plusieurs lignes entre [ ] ou { }.',
    hint: 'écrivez la liste entre crochets sur une ligne, ou un élément par ligne précédé de « - ».',
  },
  MULTIPLE_DOCS: {
    message: 'le fichier contient plusieurs documents YAML (« --- »).',
    hint: 'gardez un seul profil par fichier.',
  },
  NON_STRING_KEY: {
    message: 'clé non textuelle.',
    hint: 'une clé est un mot suivi de « : », par exemple nom: Dupont.',
  },
  KEY_OVER_1024_CHARS: { message: 'clé trop longue.', hint: 'une clé est un mot court suivi de « : ».' },
  DUPLICATE_KEY: { message: 'clé en double.', hint: 'gardez une seule fois cette clé dans la section.' },
  RESOURCE_EXHAUSTION: {
    message: 'imbrication trop profonde : le profil est refusé.',
    hint: 'un profil n’a que trois niveaux (section, champ, liste) : vérifiez le fichier.',
  },
  BAD_ALIAS: { message: 'ancre ou alias YAML incorrect.', hint: SPELLING },
  ALIAS_PROPS: { message: 'un alias ne peut pas porter d’ancre ni d’étiquette.', hint: SPELLING },
  MULTIPLE_ANCHORS: { message: 'plusieurs ancres sur une même valeur.', hint: SPELLING },
  MULTIPLE_TAGS: { message: 'plusieurs étiquettes sur une même valeur.', hint: SPELLING },
  BAD_PROP_ORDER: { message: 'ancre ou étiquette mal placée.', hint: SPELLING },
  BAD_DIRECTIVE: {
    message: 'directive YAML ignorée.',
    hint: 'supprimez la ligne qui commence par « % ».',
  },
};

/** A value whose next line is indented deeper reads as a multi-line key: YAML then reports both. */
const INDENTED_CONTINUATION: Wording = {
  message: 'ligne suivante trop indentée, ou « : » dans une valeur.',
  hint: 'alignez les clés d’une même section sur la même colonne ; si une valeur contient « : », mettez-la entre guillemets : nom: "…"',
};

/**
 * French wording of a YAML error or warning. `source` is the profile text (to quote a key or a
 * tag); `multiline` says that YAML also found a multi-line key at the same place.
 */
export function wordingOf(error: YAMLError, source: string, multiline = false): Wording {
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && multiline) return INDENTED_CONTINUATION;
  if (error.code === 'TAG_RESOLVE_FAILED') {
    const tag = /Unresolved tag: (\S+)/.exec(error.message)?.[1] ?? '';
    const shown = tag.replace(/^tag:yaml\.org,2002:/, '!!');
    return {
      message: `étiquette ${quote(shown)} ignorée : la valeur est lue comme du texte.`,
      hint: 'supprimez l’étiquette (le mot qui commence par « ! ») : un profil ne contient que du texte.',
      actual: shown,
    };
  }
  if (error.code === 'DUPLICATE_KEY') {
    const key = cleanText(/^\s*["']?([^"':\n]*)/.exec(source.slice(error.pos[0], error.pos[0] + 200))?.[1]?.trim() ?? '').text;
    return {
      message: `clé ${quote(key)} en double.`,
      hint: `gardez une seule ligne « ${key}: » dans cette section.`,
      actual: key,
    };
  }
  if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) {
    return { message: 'guillemet fermant manquant.', hint: 'refermez la valeur avec le même guillemet qu’à l’ouverture.' };
  }
  return (
    WORDING[error.code] ?? {
      message: 'syntaxe YAML incorrecte.',
      hint: 'vérifiez l’indentation et la forme « clé: valeur » de cette ligne.',
    }
  );
}
