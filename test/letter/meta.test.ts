import { describe, expect, it } from 'vitest';
import { buildLetterMeta } from '../../src/letter/meta.js';
import { complete, exampleProfile, writtenExample } from '../helpers/profile.js';

const profile = exampleProfile();

describe('buildLetterMeta', () => {
  it('builds the sender block, the postal block, the place and date and the signature', () => {
    const { meta, warnings } = buildLetterMeta(profile, 'Objet', '2026-12-01');
    expect(meta.sender).toEqual(['Alex Martin', 'Habitant de la commune', '12 rue des Lilas', '35610 Sains', 'Tél.\u00A0: 06 00 00 00 00', 'alex.martin@exemple.fr']);
    expect(meta.recipient).toEqual(['Madame la Maire', 'Mairie de Sains', '1 PLACE DE LA MAIRIE', '35610 SAINS']);
    expect(meta.placeDate).toBe('Sains, le 1er\u00A0décembre\u00A02026');
    expect(meta.signature).toEqual(['Alex Martin', 'Habitant de la commune']);
    expect(warnings).toEqual([]);
  });

  it('uses the article of the commune and the appellation override', () => {
    const written = writtenExample();
    const havre = complete({
      ...written,
      commune: { code_insee: '76351' },
      mairie: { adresse: ['1517 place de l’Hôtel de Ville'], code_postal: '76600' },
      maire: { civilite: 'Madame', nom: 'Martin', appellation: 'Madame le Maire' },
    });
    const { meta } = buildLetterMeta(havre, 'Objet', '2026-11-23');
    expect(meta.recipient).toEqual(['Madame le Maire', 'Mairie du Havre', '1517 PLACE DE L HOTEL DE VILLE', '76600 LE HAVRE']);
  });

  it('puts the association first in the sender block', () => {
    const association = { ...profile, expediteur: { ...profile.expediteur, association: 'Collectif Exemple', qualite: 'Présidente' } };
    expect(buildLetterMeta(association, 'Objet', '2026-11-23').meta.sender.slice(0, 3)).toEqual(['Collectif Exemple', 'Alex Martin', 'Présidente']);
  });
});
