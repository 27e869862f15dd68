import { byPostalCode, type Commune, type SearchHit } from '../communes/index.js';
import { KitError, type Diagnostic } from '../diagnostics/index.js';
import { RISK_KEYS, RISK_LABELS, type RiskKey } from '../profile/risks.js';
import { communeAnswer, defaultAppellation, mayorWord, type Civilite, type InitAnswers } from './answers.js';
import { COMMUNE_FIELD, CIVILITE_FIELD, MISSING_HINT, TEXT_FIELDS, checkText, invalidFlag, missingAnswer, type TextFieldId } from './fields.js';
import { REQUIRED_TEXT, readFlags, type GivenAnswers, type InitFlags } from './flags.js';
import { communeChoices, communeError, hitNotes, resolveCommune, type CommuneChoice } from './resolve-commune.js';

/**
 * The questions of `kit init`, in order, and the rule that decides, for each answer, where it
 * comes from: the flag if given; otherwise the question, when a terminal can ask it (and `--yes`
 * does not take its default); otherwise its default; otherwise, for a required answer, an error
 * naming the flag. Pure given the asker: the terminal UI (Inquirer) lives in src/cli/prompts/.
 */

/** What the terminal must be able to ask. Validation and wording come from here. */
export interface Asker {
  searchCommune(question: { message: string; initial?: string; source: (term: string) => CommuneChoice[] }): Promise<SearchHit>;
  input(question: { message: string; default?: string; validate: (value: string) => true | string }): Promise<string>;
  select<T extends string>(question: { message: string; choices: readonly Choice<T>[]; default?: T }): Promise<T>;
  checkbox<T extends string>(question: { message: string; choices: readonly Choice<T>[] }): Promise<T[]>;
}

export interface Choice<T extends string> {
  value: T;
  name: string;
  description?: string;
}

export interface CollectOptions {
  /** stdin and stdout are terminals: questions can be asked. */
  interactive: boolean;
  /** `--yes`: take the default of every optional answer instead of asking. */
  yes: boolean;
  /** Required when `interactive`. */
  asker?: Asker;
}

export interface Collected {
  answers: InitAnswers;
  /** French sentences to show (a code of a commune déléguée led to its commune nouvelle…). */
  notes: string[];
}

export const SENDER_KINDS = [
  { value: 'personne', name: 'en votre nom (habitant ou habitante)' },
  { value: 'association', name: 'au nom d’une association ou d’un collectif' },
] as const satisfies readonly Choice<string>[];

export function riskChoices(): Choice<RiskKey>[] {
  return RISK_KEYS.map((key) => ({ value: key, name: `${RISK_LABELS[key].charAt(0).toUpperCase()}${RISK_LABELS[key].slice(1)}`, description: key }));
}

class Session {
  readonly missing: Diagnostic[] = [];
  readonly notes: string[] = [];
  hasCommune = false;

  constructor(
    private readonly given: GivenAnswers,
    private readonly options: CollectOptions,
  ) {}

  private get asker(): Asker {
    if (!this.options.asker) throw new Error('kit init : questions sans terminal');
    return this.options.asker;
  }

  /** Whether the question is put to the user (else its default is taken, or it is missing). */
  private asks(hasDefault: boolean): boolean {
    return this.options.interactive && !(this.options.yes && hasDefault);
  }

  /**
   * A text answer. `fallback` is the default: offered at the prompt, taken with --yes or without a
   * terminal. A required answer without default nor terminal is recorded as missing.
   */
  async text(
    id: TextFieldId,
    message: string,
    settings: { required?: boolean; fallback?: string; hint?: string; defaultsFromCommune?: boolean } = {},
  ): Promise<string | undefined> {
    const given = this.given.text[id];
    if (given !== undefined) return given ?? undefined;
    const required = settings.required ?? REQUIRED_TEXT.has(id);
    const { fallback } = settings;
    if (!this.asks(fallback !== undefined || !required)) {
      // An answer whose default comes from the commune is not reported while the commune itself is missing.
      if (fallback === undefined && required && !(settings.defaultsFromCommune && !this.hasCommune)) this.missing.push(missingAnswer(TEXT_FIELDS[id]));
      return fallback;
    }
    const suffix = settings.hint ?? (required ? '' : ' (facultatif, Entrée pour passer)');
    const raw = await this.asker.input({
      message: `${message}${fallback === undefined ? suffix : ''} :`,
      ...(fallback !== undefined && { default: fallback }),
      validate: (value) => {
        const checked = checkText(id, value === '' && fallback !== undefined ? fallback : value, required);
        return checked.ok ? true : checked.message;
      },
    });
    const checked = checkText(id, raw === '' && fallback !== undefined ? fallback : raw, required);
    return checked.ok ? checked.value : fallback;
  }

  /** One or two street lines: the first required, the second optional. */
  async lines(id: 'mairieAdresse' | 'expediteurAdresse', first: string, second: string): Promise<string[]> {
    const given = this.given.lines[id];
    if (given) return given;
    if (!this.asks(false)) {
      this.missing.push(missingAnswer(TEXT_FIELDS[id]));
      return [];
    }
    const line1 = await this.text(id, first, { required: true });
    const line2 = this.options.yes ? undefined : await this.text(id, second, { required: false, hint: ' (facultatif : bâtiment, lieu-dit, boîte postale… ; Entrée pour passer)' });
    return [line1, line2].filter((line): line is string => line !== undefined);
  }

  async commune(query: string | undefined): Promise<{ commune: Commune; codePostal?: string } | undefined> {
    let initial: string | undefined;
    if (query !== undefined) {
      const resolution = resolveCommune(query);
      if (resolution.found) {
        this.notes.push(...resolution.notes);
        return { commune: resolution.commune, ...(resolution.codePostal !== undefined && { codePostal: resolution.codePostal }) };
      }
      // Several communes fit: in a terminal, let the user pick among them; otherwise say which.
      if (resolution.reason !== 'ambiguous' || !this.options.interactive) throw communeError(query, resolution);
      initial = query;
    }
    if (!this.options.interactive) {
      this.missing.push(missingAnswer(COMMUNE_FIELD));
      return undefined;
    }
    const hit = await this.asker.searchCommune({
      message: 'Votre commune (nom, code postal ou code INSEE) :',
      ...(initial !== undefined && { initial }),
      source: (term) => communeChoices(term),
    });
    this.notes.push(...hitNotes(hit));
    return { commune: hit.commune, ...(hit.codePostal !== undefined && { codePostal: hit.codePostal }) };
  }

  /** commune.code_postal: the one typed or picked, else asked among the commune's codes, else its first. */
  async communePostcode(commune: Commune, known: string | undefined): Promise<string | undefined> {
    const given = this.given.text.communeCodePostal;
    if (given) {
      if (!commune.codesPostaux.includes(given)) {
        throw new KitError(
          invalidFlag(TEXT_FIELDS.communeCodePostal, given, `${given} ne dessert pas ${commune.nom} (${commune.code}) ; ses codes postaux : ${commune.codesPostaux.join(', ')}.`),
        );
      }
      return given;
    }
    if (known !== undefined || commune.codesPostaux.length <= 1) return known ?? commune.codesPostaux[0];
    if (!this.asks(true)) return commune.codesPostaux[0];
    return this.asker.select({
      message: `${commune.nom} a ${commune.codesPostaux.length} codes postaux : lequel est celui de la mairie ?`,
      choices: commune.acheminements.map((a) => ({ value: a.codePostal, name: `${a.codePostal} ${a.libelle}` })),
      default: commune.codesPostaux[0]!,
    });
  }

  async civilite(): Promise<Civilite | undefined> {
    if (this.given.civilite) return this.given.civilite;
    if (!this.asks(false)) {
      this.missing.push(missingAnswer(CIVILITE_FIELD));
      return undefined;
    }
    return this.asker.select<Civilite>({
      message: 'Le maire de la commune est :',
      choices: [
        { value: 'Madame', name: 'Madame (une maire)' },
        { value: 'Monsieur', name: 'Monsieur (un maire)' },
      ],
    });
  }

  async senderKind(): Promise<'personne' | 'association'> {
    if (this.given.text.expediteurAssociation !== undefined) return this.given.text.expediteurAssociation === null ? 'personne' : 'association';
    if (!this.asks(true)) return 'personne';
    return this.asker.select({ message: 'Vous écrivez :', choices: SENDER_KINDS, default: 'personne' });
  }

  async risques(): Promise<RiskKey[]> {
    if (this.given.risques) return this.given.risques;
    if (!this.asks(true)) return [];
    return this.asker.checkbox({
      message: 'Risques majeurs de la commune (voir son DICRIM ou georisques.gouv.fr) ; Espace pour cocher, Entrée pour valider :',
      choices: riskChoices(),
    });
  }
}

/** The default commune of the sender: the profile's commune if the postal code serves it, else the only commune the code serves. */
function senderCommuneDefault(commune: Commune | undefined, codePostal: string | undefined): string | undefined {
  if (codePostal === undefined) return commune?.nom;
  if (commune?.codesPostaux.includes(codePostal)) return commune.nom;
  const served = byPostalCode(codePostal);
  return served.length === 1 ? served[0]!.nom : undefined;
}

/**
 * Gathers every answer, in the order of the questions. Throws a usage error (exit 2) listing every
 * invalid flag before asking anything, and, without a terminal, every missing answer at once.
 * An interruption of the prompts propagates as thrown by the asker.
 */
export async function collectAnswers(flags: InitFlags, options: CollectOptions): Promise<Collected> {
  const { given, errors } = readFlags(flags);
  if (errors.length > 0) throw new KitError(errors);
  const session = new Session(given, options);

  // La commune
  const picked = await session.commune(flags.commune);
  session.hasCommune = picked !== undefined;
  const commune = picked && communeAnswer(picked.commune, await session.communePostcode(picked.commune, picked.codePostal));

  // La mairie
  const mairieAdresse = await session.lines('mairieAdresse', 'Adresse de la mairie (numéro et voie)', 'Complément d’adresse de la mairie');
  const mairieEmail = await session.text('mairieEmail', 'E-mail de la mairie');
  const mairieTelephone = await session.text('mairieTelephone', 'Téléphone de la mairie');


  // Le maire
  const civilite = await session.civilite();
  const word = mayorWord(civilite);
  const prenom = await session.text('mairePrenom', `Prénom ${word.du}`);
  const nom = await session.text('maireNom', `Nom ${word.du}`);
  const appellationDefault = civilite && defaultAppellation(civilite);
  const appellation = await session.text('maireAppellation', civilite === 'Madame' ? 'Appellation dans les lettres (Entrée pour la garder, ou tapez par exemple « Madame le Maire »)' : 'Appellation dans les lettres (Entrée pour la garder)', {
    required: false,
    ...(appellationDefault !== undefined && { fallback: appellationDefault }),
  });

  // L'expéditeur
  const kind = await session.senderKind();
  const association = kind === 'association' ? await session.text('expediteurAssociation', 'Nom de l’association', { required: true }) : undefined;
  const expediteurNom = await session.text('expediteurNom', kind === 'association' ? 'Prénom et nom de la personne qui signe' : 'Vos prénom et nom (vous signez les lettres)');
  const qualite = await session.text('expediteurQualite', kind === 'association' ? 'Sa qualité, par exemple « Présidente »' : 'Votre qualité, par exemple « Habitante du quartier de la Gare »');
  const expediteurAdresse = await session.lines(
    'expediteurAdresse',
    kind === 'association' ? 'Adresse de l’association (numéro et voie)' : 'Votre adresse (numéro et voie)',
    'Complément d’adresse',
  );
  const codePostal = await session.text('expediteurCodePostal', 'Code postal', {
    defaultsFromCommune: true,
    ...(commune?.code_postal !== undefined && { fallback: commune.code_postal }),
  });
  const communeDefault = senderCommuneDefault(picked?.commune, codePostal);
  const expediteurCommune = await session.text('expediteurCommune', 'Commune', {
    defaultsFromCommune: codePostal === undefined || codePostal === commune?.code_postal,
    ...(communeDefault !== undefined && { fallback: communeDefault }),
  });
  const expediteurEmail = await session.text('expediteurEmail', kind === 'association' ? 'E-mail de contact' : 'Votre e-mail');
  const expediteurTelephone = await session.text('expediteurTelephone', kind === 'association' ? 'Téléphone de contact' : 'Votre téléphone');
  const signature = given.text.expediteurSignature ?? undefined;

  // Les risques, l'identité visuelle
  const risques = await session.risques();
  const logo = await session.text('logo', 'Logo, image PNG ou JPEG à côté du profil');
  const couleur = await session.text('couleur', 'Couleur principale, par exemple #1d4e89');

  if (session.missing.length > 0 || !commune || !civilite || nom === undefined || expediteurNom === undefined || codePostal === undefined || expediteurCommune === undefined) {
    const missing = session.missing.length > 0 ? session.missing : [missingAnswer(COMMUNE_FIELD)];
    throw new KitError(missing.map((diagnostic, index) => (index === missing.length - 1 ? { ...diagnostic, hint: MISSING_HINT } : diagnostic)));
  }
  const answers: InitAnswers = {
    commune,
    mairie: { adresse: mairieAdresse, ...(mairieEmail !== undefined && { email: mairieEmail }), ...(mairieTelephone !== undefined && { telephone: mairieTelephone }) },
    maire: {
      civilite,
      ...(prenom !== undefined && { prenom }),
      nom,
      ...(appellation !== undefined && appellation !== appellationDefault && { appellation }),
    },
    expediteur: {
      nom: expediteurNom,
      ...(qualite !== undefined && { qualite }),
      ...(association !== undefined && { association }),
      adresse: expediteurAdresse,
      code_postal: codePostal,
      commune: expediteurCommune,
      ...(expediteurEmail !== undefined && { email: expediteurEmail }),
      ...(expediteurTelephone !== undefined && { telephone: expediteurTelephone }),
      ...(signature !== undefined && { signature }),
    },
    risques,
    identite: { ...(logo !== undefined && { logo }), ...(couleur !== undefined && { couleur }) },
  };
  return { answers, notes: session.notes };
}
