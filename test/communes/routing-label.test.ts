import { describe, expect, it } from 'vitest';
import { allCommunes, byInseeCode, cleanRoutingLabel, routingLabel, type Commune } from '../../src/communes/index.js';

function commune(code: string): Commune {
  const found = byInseeCode(code).commune;
  if (!found) throw new Error(`commune ${code} absente`);
  return found;
}

describe('routing labels (La Poste libellé d’acheminement)', () => {
  it.each([
    ['51513', '51290', 'ST REMY BOUZEMONT'],
    ['94038', '94240', 'L HAY LES ROSES'],
    ['80829', '80190', 'Y'],
    ['02565', '02160', 'OEUILLY'],
    ['51410', '51480', 'OEUILLY'],
    ['2A004', '20000', 'AJACCIO'],
    ['2A004', '20167', 'MEZZAVIA'],
    ['97101', '97139', 'LES ABYMES'],
    ['76351', '76600', 'LE HAVRE'],
    ['17300', '17000', 'LA ROCHELLE'],
    ['01004', '01500', 'AMBERIEU EN BUGEY'],
    ['75056', '75008', 'PARIS'],
    ['75056', '75016', 'PARIS'],
    ['75056', '75116', 'PARIS'],
    ['69123', '69001', 'LYON'],
    ['13055', '13007', 'MARSEILLE'],
    ['06004', '06160', 'JUAN LES PINS'],
  ])('%s %s → %s', (code, postalCode, label) => {
    expect(routingLabel(commune(code), postalCode)).toBe(label);
  });

  it('has no label for a postal code that does not serve the commune', () => {
    expect(routingLabel(commune('2A004'), '20200')).toBeUndefined();
    expect(routingLabel(commune('75056'), '13001')).toBeUndefined();
  });

  it('keeps the published label and says where it comes from', () => {
    const [hay] = commune('94038').acheminements;
    expect(hay).toEqual({ codePostal: '94240', libelle: 'L HAY LES ROSES', origine: 'officiel', libelleSource: 'L HAY LES ROSES' });
    const paris16 = commune('75056').acheminements.find((a) => a.codePostal === '75016');
    expect(paris16).toEqual({ codePostal: '75016', libelle: 'PARIS', origine: 'rattachee', libelleSource: 'PARIS 16', codeSource: '75116' });
    const abymes = commune('97101').acheminements.find((a) => a.codePostal === '97142');
    expect(abymes).toEqual({ codePostal: '97142', libelle: 'LES ABYMES', origine: 'derive' });
  });

  it.each([
    ['ABERGEMENT-DE-CUISERY (L )', {}, 'L ABERGEMENT DE CUISERY'],
    ['BAUX-DE-PROVENCE (LES)', {}, 'LES BAUX DE PROVENCE'],
    ['ROCHETTE(LA)', {}, 'LA ROCHETTE'],
    ["EPINE (L')", {}, 'L EPINE'],
    ['SAINT CHAFFREY 05330', {}, 'SAINT CHAFFREY'],
    ['LA  ROCHE SUR GRANE', {}, 'LA ROCHE SUR GRANE'],
    ['LES CHATELLIERS N. DAME', {}, 'LES CHATELLIERS N DAME'],
    ['CASTILLON (CANTON DE LEMBEYE )', {}, 'CASTILLON CANTON DE LEMBEYE'],
    ['MARSEILLE 6EME', { arrondissement: true }, 'MARSEILLE'],
    ['VILLENTROIS-FAVEROLLES-EN-BERR', { nom: 'Villentrois-Faverolles-en-Berry' }, 'VILLENTROIS FAVEROLLES EN BERRY'],
    ['JUGON-LES-LACS-COMMUNE NOUVELL', { nom: 'Jugon-les-Lacs' }, 'JUGON LES LACS COMMUNE NOUVELL'],
  ])('cleans the published %j', (published, options, label) => {
    expect(cleanRoutingLabel(published, options)).toBe(label);
  });

  it('gives every label in line-6 form: capitals, digits, single spaces, at most 32 characters', () => {
    for (const c of allCommunes()) {
      for (const a of c.acheminements) {
        expect(a.libelle, `${c.code} ${a.codePostal}`).toMatch(/^[A-Z0-9]+(?: [A-Z0-9]+)*$/);
        expect(a.libelle.length, `${c.code} ${a.codePostal} ${a.libelle}`).toBeLessThanOrEqual(32);
      }
    }
  });

  it('has a postal code and a label for each of them for every commune of France and its DROM', () => {
    const communes = allCommunes().filter((c) => c.zone !== 'com');
    expect(communes).toHaveLength(34_875);
    for (const c of communes) {
      expect(c.codesPostaux.length, c.code).toBeGreaterThan(0);
      expect(c.acheminements.map((a) => a.codePostal), c.code).toEqual(c.codesPostaux);
      for (const cp of c.codesPostaux) expect(routingLabel(c, cp), `${c.code} ${cp}`).toBeTruthy();
    }
  });

  it('derives the label only where La Poste’s file has none (the exceptions, listed)', () => {
    const communes = allCommunes();
    const derived = communes.flatMap((c) => c.acheminements.filter((a) => a.origine === 'derive').map(() => c));
    expect(derived.filter((c) => c.zone !== 'com')).toHaveLength(56);
    expect(derived.filter((c) => c.zone === 'com')).toHaveLength(132);
    // Communes of France and its DROM without any published label: every label is derived from the name.
    const unpublished = communes
      .filter((c) => c.zone !== 'com' && c.acheminements.every((a) => a.origine === 'derive'))
      .map((c) => `${c.code} ${c.nom}`);
    expect(unpublished).toEqual([
      '15031 Celles',
      '15035 Chalinargues',
      '15047 Chavagnac',
      '15171 Sainte-Anastasie',
      '2B083 Castirla',
      '2B177 Noceta',
      '2B180 Novella',
      '2B263 Rospigliani',
      '2B273 Scata',
      '2B297 San-Damiano',
      "2B299 San-Gavino-d'Ampugnani",
      '80756 Thièvres',
    ]);
    // The COM: only Saint-Pierre-et-Miquelon is in codes-postaux; the 5 TAAF districts have no postal code.
    const com = communes.filter((c) => c.zone === 'com');
    expect(com.filter((c) => c.acheminements.some((a) => a.origine === 'officiel')).map((c) => c.code)).toEqual(['97501', '97502']);
    expect(com.filter((c) => c.codesPostaux.length === 0).map((c) => c.code)).toEqual(['98411', '98412', '98413', '98414', '98415']);
  });
});
