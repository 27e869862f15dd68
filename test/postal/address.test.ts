import { describe, expect, it } from 'vitest';
import { formatPostalAddress, postalStreet, postalUpper } from '../../src/postal/index.js';

const FIELDS = { recipient: 'maire', complement: 'commune.nom', street: 'mairie.adresse', distribution: 'mairie.distribution', town: 'mairie.libelle_acheminement' };

describe('postal lines (NF Z10-011)', () => {
  it.each([
    ["L'Haÿ-les-Roses", 'L HAY LES ROSES'],
    ['Œuilly', 'OEUILLY'],
    ['Lætitia', 'LAETITIA'],
    ['Saint-Étienne-du-Bois', 'SAINT ETIENNE DU BOIS'],
    ['  rue  de   la  Paix, ', 'RUE DE LA PAIX'],
  ])('postalUpper(%j) = %j', (input, expected) => {
    expect(postalUpper(input)).toBe(expected);
  });

  it.each([
    ['5 bis, rue de l’Église', '5 B RUE DE L EGLISE'],
    ['7 ter avenue Foch', '7 T AVENUE FOCH'],
    ['12/14 boulevard Voltaire', '12 BOULEVARD VOLTAIRE'],
    ['4 à 8 rue des Écoles', '4 RUE DES ECOLES'],
  ])('postalStreet(%j) = %j', (input, expected) => {
    expect(postalStreet(input)).toBe(expected);
  });

  it('orders lines, keeps lines 1–3 as written and capitalises lines 4–6', () => {
    const { lines, warnings } = formatPostalAddress(
      { recipient: 'Madame la Maire', complement: 'Mairie de Sains', street: ['Hôtel de ville', '1 place de la Mairie'], postcode: '35610', town: 'Sains' },
      FIELDS,
    );
    expect(lines).toEqual(['Madame la Maire', 'Mairie de Sains', 'Hôtel de ville', '1 PLACE DE LA MAIRIE', '35610 SAINS']);
    expect(warnings).toEqual([]);
  });

  it('puts a CS number on line 5 and a CEDEX label on line 6', () => {
    const { lines } = formatPostalAddress(
      { recipient: 'Madame la Maire', complement: 'Mairie de Rennes', street: ['Place de la Mairie'], distribution: 'CS 63126', postcode: '35031', town: 'Rennes Cedex' },
      FIELDS,
    );
    expect(lines).toEqual(['Madame la Maire', 'Mairie de Rennes', 'PLACE DE LA MAIRIE', 'CS 63126', '35031 RENNES CEDEX']);
  });

  it('warns, naming the field, when a line exceeds 38 characters', () => {
    const { warnings } = formatPostalAddress(
      { recipient: 'Monsieur le Maire', street: ['1 place de la Mairie'], postcode: '51290', town: 'Saint-Remy-en-Bouzemont-Saint-Genest-et-Isson' },
      FIELDS,
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning', code: 'AddressLineTooLong', location: { field: 'mairie.libelle_acheminement' } });
    expect(warnings[0]?.message).toBe('mairie.libelle_acheminement : ligne d’adresse de 51 caractères (38 au plus pour La Poste).');
  });
});
