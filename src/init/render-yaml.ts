import { stringify } from 'yaml';
import { RISK_KEYS } from '../profile/risks.js';
import { defaultAppellation, type InitAnswers } from './answers.js';

/**
 * Answers → the text of `commune.yaml`: commented in French, one section per part of the profile,
 * the optional fields left out shown as commented examples. Values that a YAML reader other than
 * ours could mistype (postal and INSEE codes, phone numbers, "yes", "#…") are double-quoted. Pure.
 */

/** The name of the JSON Schema file, next to the profile (`kit schema > commune.schema.json`). */
export const SCHEMA_FILE = 'commune.schema.json';

/** Characters better escaped than written raw inside quotes: C0/C1 controls, separators, BOM, soft hyphen. */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u00AD\u2028\u2029\uFEFF\p{Cs}]/u;

/** YAML double-quoted scalar: JSON escaping, plus \u escapes for what should not be written raw. */
export function doubleQuoted(value: string): string {
  return JSON.stringify(value).replace(/[\u007F-\u009F\u00AD\u2028\u2029\uFEFF]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The scalar as written: plain when every YAML reader (1.1 and 1.2, core schema) reads it back as
 * this same string, double-quoted otherwise — and always quoted when `quote` is set (codes and
 * numbers, which editors and spreadsheets would otherwise turn into numbers).
 */
export function scalar(value: string, quote = false): string {
  if (quote || value === '' || INVISIBLE.test(value)) return doubleQuoted(value);
  const plain = `${value}\n`;
  const options = { lineWidth: 0, minContentWidth: 0 } as const;
  if (stringify(value, options) === plain && stringify(value, { ...options, version: '1.1' }) === plain) return value;
  return doubleQuoted(value);
}

/** A flow list of double-quoted strings: `["1 place de la Mairie", "BP 12"]`. */
function quotedList(values: readonly string[]): string {
  return `[${values.map(doubleQuoted).join(', ')}]`;
}

/** Comment lines of at most `width` characters, each starting with `indent# `. */
function comment(text: string, indent = '', width = 96): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && indent.length + 2 + line.length + 1 + word.length > width) {
      lines.push(`${indent}# ${line}`);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(`${indent}# ${line}`);
  return lines;
}

/** `key: value`, or the commented example when the value is absent. */
function field(key: string, value: string | undefined, example: string, options: { quote?: boolean; note?: string } = {}): string {
  const note = options.note ? `  # ${options.note}` : '';
  return value === undefined ? `  # ${key}: ${example}${note}` : `  ${key}: ${scalar(value, options.quote)}${note}`;
}

export function renderProfileYaml(answers: InitAnswers): string {
  const { commune, mairie, maire, expediteur, risques, identite } = answers;
  const out: string[] = [];
  const departement = commune.departement.nom ? `${commune.departement.nom}, ` : '';

  out.push(
    `# yaml-language-server: $schema=${SCHEMA_FILE}`,
    `# Profil de la commune : ${commune.nom} (${departement}code INSEE ${commune.code_insee}), écrit par « kit init ».`,
    '#',
    ...comment('Ce fichier se modifie dans n’importe quel éditeur de texte (en UTF-8). Une ligne qui commence par « # » est un commentaire : pour remplir un champ facultatif, retirez son « # » et remplacez l’exemple.'),
    ...comment('Gardez les guillemets autour des codes et des numéros ("01500") : sans eux, un éditeur ou un tableur pourrait les lire comme des nombres et perdre le zéro initial.'),
    '#',
    ...comment('Pour que votre éditeur vérifie et complète ce fichier (VS Code avec l’extension YAML, par exemple), enregistrez le schéma à côté de lui :'),
    `#   kit schema > ${SCHEMA_FILE}`,
    '# Pour vérifier le profil :',
    '#   kit check',
    '',
  );

  out.push(...comment('La commune. Le code INSEE suffit : le nom et le code postal sont vérifiés d’après les données officielles (INSEE, La Poste).'));
  out.push('commune:', `  code_insee: ${scalar(commune.code_insee, true)}`, `  nom: ${scalar(commune.nom)}`);
  if (commune.autres_codes_postaux.length > 0) {
    const count = commune.autres_codes_postaux.length + (commune.code_postal === undefined ? 0 : 1);
    out.push(...comment(`La commune a ${count} codes postaux. Autres codes : ${commune.autres_codes_postaux.join(', ')}.`, '  '));
  }
  if (commune.code_postal !== undefined) out.push(`  code_postal: ${scalar(commune.code_postal, true)}`);
  out.push('');

  out.push(...comment('La mairie, destinataire des lettres : une ou deux lignes d’adresse (numéro et voie). Son code postal est celui de la commune, sauf si vous en donnez un autre (CEDEX).'));
  out.push(
    'mairie:',
    `  adresse: ${quotedList(mairie.adresse)}`,
    '  # distribution: "CS 10001"  # boîte postale, CS, TSA ou lieu-dit (avant-dernière ligne de l’adresse)',
    '  # code_postal: "35000"  # un code postal propre à la mairie…',
    '  # libelle_acheminement: RENNES CEDEX  # …et son libellé d’acheminement La Poste',
    field('email', mairie.email, 'mairie@exemple.fr'),
    field('telephone', mairie.telephone, '"02 99 00 00 00"', { quote: true }),
    '',
  );

  // Only our own words in comments: a value may hold anything (a line separator…), comments may not.
  out.push(
    ...comment(
      maire.appellation === undefined
        ? `Le maire ou la maire. Les lettres commencent par « ${defaultAppellation(maire.civilite)}, » et le rappellent dans la formule de politesse. Pour une autre forme (« Madame le Maire »…), remplissez « appellation ».`
        : 'Le maire ou la maire. Les lettres commencent par l’appellation choisie ci-dessous et la rappellent dans la formule de politesse.',
    ),
  );
  out.push(
    'maire:',
    `  civilite: ${scalar(maire.civilite)}  # Madame ou Monsieur`,
    field('prenom', maire.prenom, 'Camille'),
    `  nom: ${scalar(maire.nom)}`,
    field('appellation', maire.appellation, maire.civilite === 'Madame' ? 'Madame le Maire' : 'Monsieur le Maire'),
    '',
  );

  out.push(...comment('L’expéditeur : vous, qui signez les lettres (au nom d’une association, si vous le précisez), votre adresse et vos coordonnées.'));
  out.push(
    'expediteur:',
    `  nom: ${scalar(expediteur.nom)}`,
    field('qualite', expediteur.qualite, 'Habitante du quartier de la Gare'),
    field('association', expediteur.association, 'Collectif Exemple'),
    `  adresse: ${quotedList(expediteur.adresse)}`,
    `  code_postal: ${scalar(expediteur.code_postal, true)}`,
    `  commune: ${scalar(expediteur.commune)}`,
    field('email', expediteur.email, 'prenom.nom@exemple.fr'),
    field('telephone', expediteur.telephone, '"06 00 00 00 00"', { quote: true }),
    field('signature', expediteur.signature, 'signature.png', { note: 'image de votre signature, à côté de ce fichier' }),
    '',
  );

  out.push(...comment(`Les risques majeurs de la commune (voir son DICRIM ou georisques.gouv.fr). Clés possibles : ${RISK_KEYS.join(', ')}.`));
  out.push(risques.length > 0 ? `risques: [${risques.join(', ')}]` : '# risques: [inondation, tempete]', '');

  out.push(
    ...comment('L’Heure civique (facultatif) : retirez les « # » et remplissez.'),
    '# heure_civique:',
    '#   site: https://exemple.fr/heure-civique',
    '#   contact: "Mairie, accueil, 02 99 00 00 00"',
    '#   missions: ["Lire le journal à une voisine", "Désherber le cimetière"]',
    '',
  );

  out.push(...comment('Identité visuelle (facultatif) : un logo (image à côté de ce fichier) et une couleur (#rrvvbb).'));
  if (identite.logo === undefined && identite.couleur === undefined) {
    out.push('# identite:', '#   logo: logo.png', '#   couleur: "#1d4e89"');
  } else {
    out.push('identite:', field('logo', identite.logo, 'logo.png'), field('couleur', identite.couleur, '"#1d4e89"', { quote: true }));
  }
  return `${out.join('\n')}\n`;
}
