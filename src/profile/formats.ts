/** The formatted fields (codes, addresses, colour): how to name them and how to write them right. */
export interface Format {
  /** `un code postal` */
  noun: string;
  /** Said after the noun in the message: `5 chiffres attendus`. */
  detail?: string;
  /** What is expected, for the `attendu :` line. */
  expected: string;
  /** The next step, from the value as written. */
  hint(value: string, key: string): string;
}

const padded = (value: string): string | undefined => (/^\d{1,4}$/.test(value) ? value.padStart(5, '0') : undefined);

export const FORMATS: Readonly<Record<string, Format>> = {
  code_postal: {
    noun: 'un code postal',
    detail: '5 chiffres attendus',
    expected: '5 chiffres',
    hint: (value, key) => `5 chiffres, entre guillemets : ${key}: "${padded(value) ?? '01000'}"`,
  },
  code_insee: {
    noun: 'un code INSEE',
    detail: '5 caractères attendus',
    expected: '5 chiffres, ou 2A/2B et 3 chiffres en Corse',
    hint: (value, key) =>
      padded(value) ? `5 caractères, entre guillemets : ${key}: "${padded(value)}"` : `5 caractères, entre guillemets : ${key}: "35248" (en Corse : "2A004")`,
  },
  email: {
    noun: 'une adresse électronique',
    expected: 'nom@domaine.fr',
    hint: (_value, key) => `par exemple : ${key}: mairie@exemple.fr`,
  },
  telephone: {
    noun: 'un numéro de téléphone',
    expected: 'des chiffres, espaces, points ou tirets, « + » au début pour l’international',
    hint: (_value, key) => `entre guillemets, par exemple : ${key}: "02 99 00 00 00"`,
  },
  site: {
    noun: 'une adresse web',
    expected: 'une adresse complète, commençant par https://',
    hint: (value, key) =>
      /^[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(value) ? `ajoutez https:// au début : ${key}: https://${value}` : `par exemple : ${key}: https://exemple.fr/heure-civique`,
  },
  couleur: {
    noun: 'une couleur',
    detail: 'format #rrvvbb attendu',
    expected: '« # » suivi de 6 chiffres hexadécimaux',
    hint: (value, key) =>
      /^[0-9a-f]{6}$/i.test(value)
        ? `ajoutez « # » et des guillemets : ${key}: "#${value}"`
        : `entre guillemets, car « # » commence un commentaire : ${key}: "#1d4e89"`,
  },
};
