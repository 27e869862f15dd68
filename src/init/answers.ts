import type { Commune } from '../communes/index.js';
import type { RiskKey } from '../profile/risks.js';
import type { WrittenProfile } from '../profile/schema.js';

export type Civilite = 'Madame' | 'Monsieur';

/** The commune as `kit init` writes it: from the official directory, never typed by hand. */
export interface CommuneAnswer {
  code_insee: string;
  nom: string;
  /** The postal code written in the profile (the one typed or chosen, else the commune's first). */
  code_postal?: string;
  /** The commune's other postal codes, listed in a comment. */
  autres_codes_postaux: string[];
  departement: { code: string; nom: string };
}

/**
 * Everything `kit init` asks, once answered: the profile's fields (design.md §8), every string
 * already trimmed and in NFC, optional fields absent when not answered.
 */
export interface InitAnswers {
  commune: CommuneAnswer;
  mairie: { adresse: string[]; email?: string; telephone?: string };
  maire: { civilite: Civilite; prenom?: string; nom: string; appellation?: string };
  expediteur: {
    nom: string;
    qualite?: string;
    association?: string;
    adresse: string[];
    code_postal: string;
    commune: string;
    email?: string;
    telephone?: string;
    signature?: string;
  };
  risques: RiskKey[];
  identite: { logo?: string; couleur?: string };
}

/** "Madame la Maire" (Académie française, 2019) or "Monsieur le Maire": what the letters say unless overridden. */
export function defaultAppellation(civilite: Civilite): string {
  return civilite === 'Madame' ? 'Madame la Maire' : 'Monsieur le Maire';
}

/** "le maire" / "la maire", to word the questions after the civility is known. */
export function mayorWord(civilite: Civilite | undefined): { le: string; du: string } {
  return civilite === 'Madame' ? { le: 'la maire', du: 'de la maire' } : { le: 'le maire', du: 'du maire' };
}

/** The commune answer for a commune of the directory and, when known, the postal code meant. */
export function communeAnswer(commune: Commune, codePostal?: string): CommuneAnswer {
  const chosen = codePostal !== undefined && commune.codesPostaux.includes(codePostal) ? codePostal : commune.codesPostaux[0];
  return {
    code_insee: commune.code,
    nom: commune.nom,
    ...(chosen !== undefined && { code_postal: chosen }),
    autres_codes_postaux: commune.codesPostaux.filter((code) => code !== chosen),
    departement: { code: commune.departement.code, nom: commune.departement.nom },
  };
}

function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The profile the answers stand for: what `parseProfile` must read back from the written file. */
export function toWrittenProfile(answers: InitAnswers): WrittenProfile {
  const { commune, mairie, maire, expediteur, risques, identite } = answers;
  const identity = defined({ logo: identite.logo, couleur: identite.couleur });
  return defined({
    commune: defined({ code_insee: commune.code_insee, nom: commune.nom, code_postal: commune.code_postal }),
    mairie: defined({ adresse: [...mairie.adresse], email: mairie.email, telephone: mairie.telephone }),
    maire: defined({ civilite: maire.civilite, prenom: maire.prenom, nom: maire.nom, appellation: maire.appellation }),
    expediteur: defined({
      nom: expediteur.nom,
      qualite: expediteur.qualite,
      association: expediteur.association,
      adresse: [...expediteur.adresse],
      code_postal: expediteur.code_postal,
      commune: expediteur.commune,
      email: expediteur.email,
      telephone: expediteur.telephone,
      signature: expediteur.signature,
    }),
    risques: risques.length > 0 ? [...risques] : undefined,
    identite: Object.keys(identity).length > 0 ? identity : undefined,
  }) as WrittenProfile;
}
