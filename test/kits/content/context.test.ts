import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../src/context/build.js';
import { DAM_SIGNAL, NATIONAL_SIGNAL, RISK_INSTRUCTIONS } from '../../../src/knowledge/index.js';
import { complete, writtenExample } from '../../helpers/profile.js';

const withRisks = (risques: Parameters<typeof complete>[0]['risques']) => buildContext(complete({ ...writtenExample(), risques }), '2026-12-01');

describe('what the kits see of the knowledge data', () => {
  it('gives the instructions of the profile’s risks, in the profile’s order', () => {
    const context = withRisks(['radon', 'inondation']);
    expect(context.consignes.map((section) => section.cle)).toEqual(['radon', 'inondation']);
    expect(context.consignes[1]?.pendant).toEqual(RISK_INSTRUCTIONS.inondation.pendant);
    expect(context.consignes[1]).toMatchObject({ titre: 'Inondation', intitule_avant: 'Avant', intitule_pendant: 'Pendant', intitule_apres: 'Après', note: '' });
    expect(context.consignes[0]).toMatchObject({ intitule_avant: 'Réduire', intitule_pendant: 'Mesurer' });
  });

  it('adds the dam signal only for a commune exposed to a dam break', () => {
    expect(withRisks(['inondation']).signal_barrage).toBeUndefined();
    expect(withRisks(['rupture-de-barrage']).signal_barrage).toBe(DAM_SIGNAL);
    expect(withRisks([]).signal_alerte).toBe(NATIONAL_SIGNAL);
  });

  it('lists each source of the sheet once', () => {
    const urls = withRisks(['inondation', 'submersion-marine']).sources_consignes.map((source) => source.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toContain('https://georisques.gouv.fr/minformer-sur-un-risque/inondation');
  });

  it('names each source’s site, without « www. », the same in every context', () => {
    for (let i = 0; i < 2; i++) {
      for (const source of withRisks(['inondation', 'tempete']).sources_consignes) {
        expect(source.site).toBe(new URL(source.url).hostname.replace(/^www\./, ''));
        expect(source.site).not.toMatch(/^www\./);
      }
    }
  });

  it('counts the points of the resilience letter in words', () => {
    expect(withRisks([]).resilience_nombre_points).toBe('trois points');
    const one = buildContext(complete({ ...writtenExample(), resilience: { points: ['sante'] } }), '2026-12-01');
    expect(one.resilience_points).toEqual({ alimentation: false, sante: true, risques: false });
    expect(one.resilience_nombre_points).toBe('un point');
  });

  it('always gives heure_civique and entraide objects, so {{#if heure_civique.site}} never fails', () => {
    const context = withRisks([]);
    expect(context.heure_civique).toEqual({});
    expect(context.entraide).toEqual({});
    expect(context.reunion).toBeUndefined();
  });
});
