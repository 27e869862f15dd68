import { describe, expect, it } from 'vitest';
import { parseText, sainsWith } from './helpers.js';

// The failsafe schema keeps every scalar as written (reliability B2-4, B2-5).
describe('scalars stay strings', () => {
  it('keeps the leading zero of an unquoted code postal', () => {
    const { profile } = parseText(sainsWith('  code_postal: "35610"\nmairie:', '  code_postal: 01000\nmairie:'));
    expect(profile.commune.code_postal).toBe('01000');
  });

  it('keeps an unquoted phone number as text, leading zero included', () => {
    const { profile } = parseText(sainsWith('telephone: "02 99 00 00 00"', 'telephone: 0412345678'));
    expect(profile.mairie.telephone).toBe('0412345678');
  });

  it('does not read YAML 1.1 booleans, dates or octal numbers', () => {
    const { profile } = parseText(
      sainsWith('  nom: Dupont', '  nom: NO').replace('prenom: Camille', 'prenom: 2024-03-01').replace('association: Collectif Exemple', 'association: 0o17'),
    );
    expect(profile.maire.nom).toBe('NO');
    expect(profile.maire.prenom).toBe('2024-03-01');
    expect(profile.expediteur.association).toBe('0o17');
  });

  it('keeps an unquoted Corsican INSEE code', () => {
    expect(parseText(sainsWith('code_insee: "35248"', 'code_insee: 2A004')).profile.commune.code_insee).toBe('2A004');
  });
});

describe('empty values', () => {
  it('treats an empty optional field as absent', () => {
    const { profile } = parseText(sainsWith('  email: mairie@exemple.fr', '  email:'));
    expect(profile.mairie).toEqual({ adresse: ['1 place de la Mairie'], telephone: '02 99 00 00 00' });
    expect('email' in profile.mairie).toBe(false);
  });

  it.each(['~', 'null', 'Null', 'NULL', '""', "''", '"   "'])('treats `email: %s` as absent', (empty) => {
    const { profile } = parseText(sainsWith('  email: mairie@exemple.fr', `  email: ${empty}`));
    expect(profile.mairie.email).toBeUndefined();
  });

  it('keeps a quoted "null" as the text it is', () => {
    expect(parseText(sainsWith('  nom: Dupont', '  nom: "Null"')).profile.maire.nom).toBe('Null');
  });

  it('treats an empty optional section as absent', () => {
    const text = sainsWith('identite:\n  logo: logo.png\n  couleur: "#1d4e89"\n', 'identite:\n');
    expect(parseText(text).profile.identite).toBeUndefined();
  });
});
