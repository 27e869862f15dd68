import { describe, expect, it } from 'vitest';
import {
  ALERT_NOTES,
  COMMUNE_DUTIES,
  DAM_SIGNAL,
  DICRIM_CONTENT,
  DOCUMENT_ACCESS,
  EMERGENCY_NUMBERS,
  KIT_72H,
  NATIONAL_SIGNAL,
  SOURCES,
} from '../../src/knowledge/index.js';

describe('alert signals (domain.md §1.7)', () => {
  it('describes the national signal, its end and its monthly test', () => {
    expect(NATIONAL_SIGNAL.debut).toContain('trois cycles de 1 minute 41 secondes');
    expect(NATIONAL_SIGNAL.debut).toContain('5 secondes de silence');
    expect(NATIONAL_SIGNAL.fin).toBe('un son continu de 30 secondes');
    expect(NATIONAL_SIGNAL.essai).toContain('1er mercredi de chaque mois à 12 h');
  });

  it('describes the dam signal and its quarterly test', () => {
    expect(DAM_SIGNAL.debut).toContain('2 secondes séparées par 3 secondes');
    expect(DAM_SIGNAL.debut).toContain('au moins 2 minutes');
    expect(DAM_SIGNAL.essai).toContain('mars, juin, septembre et décembre à 12 h 15');
    expect(DAM_SIGNAL.fin).toBe(NATIONAL_SIGNAL.fin);
  });

  it('says the siren does not name the danger, and what FR-Alert is', () => {
    const text = ALERT_NOTES.items.join(' ');
    expect(text).toContain('ne dit pas la nature du danger');
    expect(text).toContain('FR-Alert');
    expect(text).toContain('sans application ni inscription');
  });
});

describe('emergency numbers', () => {
  it('lists the eight numbers of domain.md, the five essential ones first', () => {
    expect(EMERGENCY_NUMBERS.items.map((item) => item.numero)).toEqual(['112', '15', '17', '18', '114', '196', '191', '116 117']);
    expect(EMERGENCY_NUMBERS.items.filter((item) => item.essentiel).map((item) => item.numero)).toEqual(['112', '15', '17', '18', '114']);
    expect(EMERGENCY_NUMBERS.avertissement).toContain('322-14');
  });
});

describe('72-hour kit (Géorisques list, domain.md §1.8)', () => {
  const all = KIT_72H.objets.map((item) => `${item.objet} ${item.detail ?? ''}`).join('\n');

  it.each([
    'Radio à piles',
    'Médicaments',
    'Trousse de premiers secours',
    'Outils de base',
    'Nourriture non périssable',
    'couverture de survie',
    'Lampe de poche',
    'Chargeur de téléphone',
    'lunettes de rechange',
    'Argent liquide',
    '6 L par personne',
    'pochette étanche',
    'Double des clés',
    'Jeux',
  ])('holds « %s »', (phrase) => {
    expect(all).toContain(phrase);
  });

  it('has the fourteen official items, the advice to check it yearly, and separate SGDSN additions', () => {
    expect(KIT_72H.objets).toHaveLength(14);
    expect(KIT_72H.conseils.join(' ')).toContain('une fois par an');
    expect(KIT_72H.sources).toEqual([SOURCES.kit72h]);
    expect(KIT_72H.sources_complements).toEqual([SOURCES.sgdsn2025]);
  });
});

describe('DICRIM content under the current rules (décret 2023-881)', () => {
  const mandatory = DICRIM_CONTENT.obligatoire.map((item) => `${item.point} ${item.precision ?? ''}`).join('\n');
  const optional = DICRIM_CONTENT.selon_les_cas.map((item) => item.point).join('\n');

  it('holds the legal core of domain.md §1.4', () => {
    for (const phrase of [
      'conséquences prévisibles pour les personnes, les biens et l’environnement',
      'prévention, de protection et de sauvegarde',
      'pouvoirs de police',
      'consignes de sécurité',
      'DDRM',
      'confidentielles',
      'alerte et l’organisation des secours',
      'catastrophes naturelles',
      'moins de cinq ans',
      'actions de communication',
    ]) {
      expect(mandatory).toContain(phrase);
    }
    for (const phrase of ['plan communal de sauvegarde', 'cavités souterraines', 'repères de crues', 'événements marquants']) expect(optional).toContain(phrase);
  });

  it('never quotes the rules repealed in 2023', () => {
    const everything = JSON.stringify({ DICRIM_CONTENT, COMMUNE_DUTIES, DOCUMENT_ACCESS });
    expect(everything).not.toMatch(/deux mois en mairie|pendant deux mois|zone 2|27 mai 2003/);
  });

  it('gives the commune duties with their current delays', () => {
    const text = COMMUNE_DUTIES.items.join('\n');
    for (const phrase of ['au moins tous les cinq ans', 'une fois tous les deux ans', 'deux ans qui suivent la notification', '26 novembre 2026', 'six mois']) {
      expect(text).toContain(phrase);
    }
  });
});

describe('access to documents (domain.md §1.11)', () => {
  it('gives the delays: one month, then two months to refer to the CADA, which answers within a month', () => {
    expect(DOCUMENT_ACCESS.delai_reponse).toBe('un mois');
    expect(DOCUMENT_ACCESS.delai_cada).toBe('deux mois');
    expect(DOCUMENT_ACCESS.delai_avis_cada).toBe('un mois');
    expect(DOCUMENT_ACCESS.etapes.join(' ')).toContain('obligatoire avant tout recours');
  });
});

describe('sources', () => {
  it('every source has a French title and a web address', () => {
    for (const source of Object.values(SOURCES)) {
      expect(source.titre.length).toBeGreaterThan(5);
      expect(() => new URL(source.url)).not.toThrow();
      expect(source.url).toMatch(/^https?:\/\//);
    }
  });
});
