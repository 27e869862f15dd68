/**
 * The French column labels a CSV header may use instead of a dotted profile path (design.md §8).
 *
 * A CSV for a batch lists the *recipients*: one mayor (and town hall) per row. So the plain labels
 * name the mayor and the town hall: « Nom » is `maire.nom`, « Adresse » is the first line of
 * `mairie.adresse`, « Code postal » is `mairie.code_postal` (the postal code of the address the
 * letter goes to; it must serve the commune, or come with a « Libellé d’acheminement » for a CEDEX
 * code). The sender (`expediteur.*`), shared by all the letters, usually sits in the base profile;
 * a CSV may still set it per row, with dotted paths (`expediteur.nom`), as can any other field.
 *
 * Labels are compared without accents, case, spaces, underscores, dots, dashes or apostrophes:
 * « CODE INSEE », « code_insee », « Code-Insee » all match « Code INSEE ». The labels of the
 * Répertoire national des élus (data.gouv.fr, « Nom de l’élu », « Code sexe »…) are included.
 *
 * | Label (and variants)                                                            | Profile field                   |
 * | ------------------------------------------------------------------------------- | ------------------------------- |
 * | Code INSEE, INSEE, Code commune, Code de la commune, COG                        | `commune.code_insee`            |
 * | Commune, Nom de la commune, Libellé de la commune, Ville                         | `commune.nom` (checked)         |
 * | Civilité, Code sexe, Sexe                                                        | `maire.civilite`                |
 * | Prénom, Prénom du maire, Prénom de l’élu                                         | `maire.prenom`                  |
 * | Nom, Nom du maire, Nom de l’élu, Nom de famille                                  | `maire.nom`                     |
 * | Appellation, Formule d’appel                                                     | `maire.appellation`             |
 * | Adresse, Adresse 1, Adresse ligne 1, Adresse de la mairie                        | `mairie.adresse`, line 1        |
 * | Adresse 2, Adresse ligne 2, Complément d’adresse, Complément                     | `mairie.adresse`, line 2        |
 * | Code postal, CP                                                                  | `mairie.code_postal`            |
 * | Distribution, Boîte postale, BP, Lieu-dit                                        | `mairie.distribution`           |
 * | Libellé d’acheminement, Acheminement, Bureau distributeur                        | `mairie.libelle_acheminement`   |
 * | Courriel, E-mail, Email, Mail, Mél, Adresse électronique, Adresse mail           | `mairie.email`                  |
 * | Téléphone, Tél, Tel                                                              | `mairie.telephone`              |
 * | Risques                                                                          | `risques`                       |
 */
export interface Alias {
  /** The label as documented. */
  label: string;
  /** The profile field it sets. */
  path: string;
  /** For a list field: the line (1-based) this column sets. */
  item?: number;
}

const group = (path: string, labels: readonly string[], item?: number): Alias[] =>
  labels.map((label) => ({ label, path, ...(item !== undefined && { item }) }));

export const ALIASES: readonly Alias[] = [
  ...group('commune.code_insee', ['Code INSEE', 'INSEE', 'Code commune', 'Code de la commune', 'COG']),
  ...group('commune.nom', ['Commune', 'Nom de la commune', 'Libellé de la commune', 'Ville']),
  ...group('maire.civilite', ['Civilité', 'Code sexe', 'Sexe']),
  ...group('maire.prenom', ['Prénom', 'Prénom du maire', 'Prénom de l’élu']),
  ...group('maire.nom', ['Nom', 'Nom du maire', 'Nom de l’élu', 'Nom de famille']),
  ...group('maire.appellation', ['Appellation', 'Formule d’appel']),
  ...group('mairie.adresse', ['Adresse', 'Adresse 1', 'Adresse ligne 1', 'Adresse de la mairie'], 1),
  ...group('mairie.adresse', ['Adresse 2', 'Adresse ligne 2', 'Complément d’adresse', 'Complément'], 2),
  ...group('mairie.code_postal', ['Code postal', 'CP']),
  ...group('mairie.distribution', ['Distribution', 'Boîte postale', 'BP', 'Lieu-dit']),
  ...group('mairie.libelle_acheminement', ['Libellé d’acheminement', 'Acheminement', 'Bureau distributeur']),
  ...group('mairie.email', ['Courriel', 'E-mail', 'Email', 'Mail', 'Mél', 'Adresse électronique', 'Adresse mail']),
  ...group('mairie.telephone', ['Téléphone', 'Tél', 'Tel']),
  ...group('risques', ['Risques']),
];

/**
 * Values a spreadsheet commonly holds for the civility, compared as labels are: « Mme »,
 * « M. », « MADAME »; « F » and « M » are the `Code sexe` of the Répertoire national des élus.
 */
export const CIVILITE_VALUES: Readonly<Record<string, 'Madame' | 'Monsieur'>> = {
  madame: 'Madame',
  mme: 'Madame',
  f: 'Madame',
  monsieur: 'Monsieur',
  m: 'Monsieur',
  mr: 'Monsieur',
  h: 'Monsieur',
};

/** The form compared: NFC, no accents, lower case, no spaces, underscores, dots, dashes or apostrophes. */
export function labelKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_.\-'’`]+/g, '');
}

const BY_KEY = new Map(ALIASES.map((alias) => [labelKey(alias.label), alias]));

/** The alias a header matches, if any. */
export function aliasFor(header: string): Alias | undefined {
  return BY_KEY.get(labelKey(header));
}

/** The documented label of a field (the first of its group), for hints: « Nom » for `maire.nom`. */
export function labelFor(path: string, item?: number): string | undefined {
  return ALIASES.find((alias) => alias.path === path && (item === undefined || alias.item === item))?.label;
}
