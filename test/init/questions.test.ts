import { describe, expect, it } from 'vitest';
import { search, type SearchHit } from '../../src/communes/index.js';
import { KitError } from '../../src/diagnostics/index.js';
import type { InitFlags } from '../../src/init/flags.js';
import { collectAnswers, type Asker } from '../../src/init/questions.js';

const FULL: InitFlags = {
  commune: '35248',
  mairieAdresse: ['1 place de la Mairie'],
  maireCivilite: 'Madame',
  maireNom: 'Dupont',
  expediteurNom: 'Alex Martin',
  expediteurAdresse: ['12 rue des Lilas'],
};

async function usageError(promise: Promise<unknown>): Promise<KitError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof KitError)) throw new Error(`KitError attendue, reçu ${String(error)}`);
  return error;
}

/** An asker that answers by the first words of each question, and records what was asked. */
function scripted(answers: Record<string, unknown>, hit?: () => SearchHit) {
  const asked: string[] = [];
  const answer = (message: string): unknown => {
    asked.push(message);
    const key = Object.keys(answers).find((start) => message.startsWith(start));
    if (key === undefined) throw new Error(`question inattendue : ${message}`);
    return answers[key];
  };
  const choose = (question: { message: string; default?: string }): unknown => {
    const key = Object.keys(answers).find((start) => question.message.startsWith(start));
    asked.push(question.message);
    return key === undefined ? question.default : answers[key];
  };
  const searches: { initial?: string }[] = [];
  const asker: Asker = {
    searchCommune: async (question) => {
      asked.push(question.message);
      searches.push(question.initial === undefined ? {} : { initial: question.initial });
      return hit ? hit() : question.source('Sains')[0]!.value;
    },
    input: async (question) => {
      const value = String(answer(question.message) ?? '');
      const valid = question.validate(value);
      if (valid !== true) throw new Error(`refusé : ${valid}`);
      return value === '' ? (question.default ?? '') : value;
    },
    select: async (question) => (question.default === undefined ? answer(question.message) : choose(question)) as never,
    checkbox: async (question) => answer(question.message) as never,
  };
  return { asker, asked, searches };
}

describe('collectAnswers without a terminal', () => {
  it('takes every answer from the flags and the defaults for the rest', async () => {
    const { answers, notes } = await collectAnswers(FULL, { interactive: false, yes: false });
    expect(notes).toEqual([]);
    expect(answers).toEqual({
      commune: { code_insee: '35248', nom: 'Sains', code_postal: '35610', autres_codes_postaux: [], departement: { code: '35', nom: 'Ille-et-Vilaine' } },
      mairie: { adresse: ['1 place de la Mairie'] },
      maire: { civilite: 'Madame', nom: 'Dupont' },
      expediteur: { nom: 'Alex Martin', adresse: ['12 rue des Lilas'], code_postal: '35610', commune: 'Sains' },
      risques: [],
      identite: {},
    });
  });

  it('names the flag of a missing answer, and lists them all at once', async () => {
    const one = await usageError(collectAnswers({ ...FULL, maireNom: undefined }, { interactive: false, yes: true }));
    expect(one.exitCode).toBe(2);
    expect(one.diagnostics.map((d) => d.message)).toEqual(['réponse manquante : le nom du maire. Sans terminal, passez --maire-nom "Dupont"']);
    const all = await usageError(collectAnswers({}, { interactive: false, yes: false }));
    expect(all.diagnostics.map((d) => d.message.match(/passez (--[a-z-]+)/)?.[1])).toEqual([
      '--commune',
      '--mairie-adresse',
      '--maire-civilite',
      '--maire-nom',
      '--expediteur-nom',
      '--expediteur-adresse',
    ]);
  });

  it('refuses invalid flags before anything else, with the profile’s own rules', async () => {
    const error = await usageError(
      collectAnswers(
        { ...FULL, mairieEmail: 'pas-un-email', expediteurCodePostal: '3561', maireCivilite: 'Madam', risques: 'inondation,volcan,grele', couleur: 'bleu', mairieAdresse: ['a', 'b', 'c'] },
        { interactive: false, yes: false },
      ),
    );
    const messages = error.diagnostics.map((d) => d.message);
    expect(error.exitCode).toBe(2);
    expect(messages).toContainEqual(expect.stringMatching(/^--mairie-email : « pas-un-email » ne convient pas : une adresse électronique/));
    expect(messages).toContainEqual(expect.stringMatching(/^--expediteur-code-postal : « 3561 » ne convient pas : un code postal a 5 chiffres/));
    expect(messages).toContainEqual(expect.stringContaining('--maire-civilite : « Madam » n’est pas une civilité : Madame ou Monsieur (vouliez-vous dire Madame ?)'));
    expect(messages).toContainEqual(expect.stringContaining('« volcan » (vouliez-vous dire eruption-volcanique ?), « grele »'));
    expect(messages).toContainEqual(expect.stringMatching(/^--couleur : « bleu »/));
    expect(messages).toContainEqual(expect.stringMatching(/^--mairie-adresse : au plus deux lignes/));
  });

  it('reads civilities and risks leniently, and "aucun" as no risk', async () => {
    const { answers } = await collectAnswers({ ...FULL, maireCivilite: 'M.', risques: ' Séisme, inondation,seisme ' }, { interactive: false, yes: false });
    expect(answers.maire.civilite).toBe('Monsieur');
    expect(answers.risques).toEqual(['seisme', 'inondation']);
    expect((await collectAnswers({ ...FULL, risques: 'aucun' }, { interactive: false, yes: false })).answers.risques).toEqual([]);
  });

  it('refuses an ambiguous or unknown commune, listing the candidates', async () => {
    const ambiguous = await usageError(collectAnswers({ ...FULL, commune: 'Sainte-Colombe' }, { interactive: false, yes: true }));
    expect(ambiguous.diagnostics[0]!.message).toContain('--commune 35262');
    const unknown = await usageError(collectAnswers({ ...FULL, commune: 'Sainss' }, { interactive: false, yes: true }));
    expect(unknown.diagnostics[0]!.message).toContain('Sains (Ille-et-Vilaine, 35)');
  });

  it('leads a déléguée code to its commune, with a note, and uses the postal code typed', async () => {
    const deleguee = await collectAnswers({ ...FULL, commune: '49069' }, { interactive: false, yes: true });
    expect(deleguee.answers.commune.code_insee).toBe('49126');
    expect(deleguee.notes[0]).toContain('Champtoceaux');
    const paris = await collectAnswers({ ...FULL, commune: 'Paris', communeCodePostal: '75004' }, { interactive: false, yes: true });
    expect(paris.answers.commune.code_postal).toBe('75004');
    expect(paris.answers.commune.autres_codes_postaux).toHaveLength(20);
    expect(paris.answers.expediteur).toMatchObject({ code_postal: '75004', commune: 'Paris' });
    const wrong = await usageError(collectAnswers({ ...FULL, communeCodePostal: '75004' }, { interactive: false, yes: true }));
    expect(wrong.diagnostics[0]!.message).toContain('75004 ne dessert pas Sains (35248) ; ses codes postaux : 35610.');
  });

  it('defaults the sender’s commune from the sender’s postal code', async () => {
    const { answers } = await collectAnswers({ ...FULL, expediteurCodePostal: '35000' }, { interactive: false, yes: false });
    expect(answers.expediteur).toMatchObject({ code_postal: '35000', commune: 'Rennes' });
    const shared = await usageError(collectAnswers({ ...FULL, expediteurCodePostal: '01500' }, { interactive: false, yes: false }));
    expect(shared.diagnostics[0]!.message).toContain('--expediteur-commune');
  });

  it('keeps an appellation only when it differs from the default', async () => {
    const kept = await collectAnswers({ ...FULL, maireAppellation: 'Madame le Maire' }, { interactive: false, yes: false });
    expect(kept.answers.maire.appellation).toBe('Madame le Maire');
    const empty = await collectAnswers({ ...FULL, maireAppellation: '', mairieEmail: '' }, { interactive: false, yes: false });
    expect('appellation' in empty.answers.maire).toBe(false);
    expect('email' in empty.answers.mairie).toBe(false);
  });
});

describe('collectAnswers in a terminal', () => {
  const ANSWERS = {
    'Adresse de la mairie': '1 place de la Mairie',
    'Complément d’adresse de la mairie': 'BP 12',
    'E-mail de la mairie': 'mairie@exemple.fr',
    'Téléphone de la mairie': '',
    'Le maire de la commune est': 'Monsieur',
    'Prénom du maire': 'Jean',
    'Prénom de la maire': '',
    'Nom du maire': 'Durand',
    'Appellation dans les lettres': '',
    'Vous écrivez': 'association',
    'Nom de l’association': 'Collectif Exemple',
    'Prénom et nom de la personne qui signe': 'Alex Martin',
    'Sa qualité': 'Président',
    'Votre qualité': '',
    'Votre adresse': '12 rue des Lilas',
    'Votre e-mail': '',
    'Votre téléphone': '',
    'Adresse de l’association': '12 rue des Lilas',
    'Complément d’adresse': '',
    'Code postal': '',
    Commune: '',
    'E-mail de contact': '',
    'Téléphone de contact': '06 00 00 00 00',
    'Risques majeurs': ['inondation', 'radon'],
    Logo: 'logo.png',
    'Couleur principale': '',
  };

  it('asks every question in order, the mayor’s wording following the civility', async () => {
    const { asker, asked } = scripted(ANSWERS);
    const { answers } = await collectAnswers({}, { interactive: true, yes: false, asker });
    expect(asked[0]).toBe('Votre commune (nom, code postal ou code INSEE) :');
    expect(asked).toContain('Nom du maire :');
    expect(asked.indexOf('Adresse de la mairie (numéro et voie) :')).toBeLessThan(asked.indexOf('Le maire de la commune est :'));
    expect(answers).toEqual({
      commune: { code_insee: '35248', nom: 'Sains', code_postal: '35610', autres_codes_postaux: [], departement: { code: '35', nom: 'Ille-et-Vilaine' } },
      mairie: { adresse: ['1 place de la Mairie', 'BP 12'], email: 'mairie@exemple.fr' },
      maire: { civilite: 'Monsieur', prenom: 'Jean', nom: 'Durand' },
      expediteur: {
        nom: 'Alex Martin',
        qualite: 'Président',
        association: 'Collectif Exemple',
        adresse: ['12 rue des Lilas'],
        code_postal: '35610',
        commune: 'Sains',
        telephone: '06 00 00 00 00',
      },
      risques: ['inondation', 'radon'],
      identite: { logo: 'logo.png' },
    });
  });

  it('skips the question of every flag given', async () => {
    const { asker, asked } = scripted(ANSWERS);
    await collectAnswers({ ...FULL, mairieEmail: 'm@exemple.fr', expediteurAssociation: '', risques: 'aucun' }, { interactive: true, yes: false, asker });
    expect(asked.some((q) => q.startsWith('Votre commune'))).toBe(false);
    expect(asked.some((q) => q.startsWith('Nom de la maire'))).toBe(false);
    expect(asked.some((q) => q.startsWith('E-mail de la mairie'))).toBe(false);
    expect(asked.some((q) => q.startsWith('Vous écrivez'))).toBe(false);
    expect(asked.some((q) => q.startsWith('Risques'))).toBe(false);
    expect(asked.some((q) => q.startsWith('Prénom de la maire'))).toBe(true);
  });

  it('with --yes, asks only the required answers that are missing', async () => {
    const { asker, asked } = scripted({ 'Nom de la maire': 'Dupont' });
    const { answers } = await collectAnswers({ ...FULL, maireNom: undefined }, { interactive: true, yes: true, asker });
    expect(asked).toEqual(['Nom de la maire :']);
    expect(answers.maire.nom).toBe('Dupont');
  });

  it('lets the user pick among the communes of an ambiguous --commune', async () => {
    const colombe = search('Sainte-Colombe (35)').find((hit) => hit.commune.code === '35262') ?? search('Sainte-Colombe', 20).find((hit) => hit.commune.code === '35262')!;
    const { asker, searches } = scripted({}, () => colombe);
    const { answers } = await collectAnswers({ ...FULL, commune: 'Sainte-Colombe' }, { interactive: true, yes: true, asker });
    expect(searches).toEqual([{ initial: 'Sainte-Colombe' }]);
    expect(answers.commune.code_insee).toBe('35262');
  });

  it('asks which postal code when the commune has several', async () => {
    const paris = search('Paris')[0]!;
    const { asker, asked } = scripted({ Paris: '75004', Risques: [] }, () => paris);
    const { answers } = await collectAnswers({ ...FULL, commune: undefined }, { interactive: true, yes: false, asker: { ...asker, input: async (q) => q.default ?? '' } });
    expect(asked).toContain('Paris a 21 codes postaux : lequel est celui de la mairie ?');
    expect(answers.commune.code_postal).toBe('75004');
  });

  it('lets an interruption of the prompts through, untouched', async () => {
    const exit = Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' });
    const asker: Asker = {
      searchCommune: () => Promise.reject(exit),
      input: () => Promise.reject(exit),
      select: () => Promise.reject(exit),
      checkbox: () => Promise.reject(exit),
    };
    await expect(collectAnswers({}, { interactive: true, yes: false, asker })).rejects.toBe(exit);
  });
});
