import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { firstLine, parseDelimiter, sniffDelimiter } from '../../src/data/delimiter.js';
import { csvEvents, csvValues, thrown } from './helpers.js';

describe('sniffing the header line', () => {
  test('counts ; , and tab outside quotes', () => {
    expect(sniffDelimiter('Code INSEE;Nom;Adresse').delimiter).toBe(';');
    expect(sniffDelimiter('Code INSEE,Nom,Adresse').delimiter).toBe(',');
    expect(sniffDelimiter('Code INSEE\tNom\tAdresse').delimiter).toBe('\t');
    expect(sniffDelimiter('"Nom, prénom";"Adresse, ligne 1";Commune')).toEqual({ delimiter: ';', counts: { ';': 2, ',': 0, '\t': 0 } });
    expect(sniffDelimiter('"Nom; prénom","Adresse; ligne 1",Commune').delimiter).toBe(',');
  });

  test('equal counts and a single column go to « ; » (French Excel)', () => {
    expect(sniffDelimiter('Nom;Prénom, usage').delimiter).toBe(';');
    expect(sniffDelimiter('Nom').delimiter).toBe(';');
  });

  test('accented headers are fine (csv-parse’s delimiter_auto crashes on them in 7.0.3)', () => {
    expect(sniffDelimiter('Civilité,Prénom,Téléphone,Œuvre').delimiter).toBe(',');
    expect(() => parse('Civilité;Prénom\nMadame;Élodie\n', { delimiter_auto: true })).toThrow(TypeError);
  });

  test('the header line ends at the first line break outside quotes', () => {
    expect(firstLine('a;b\r\n1;2')).toBe('a;b');
    expect(firstLine('\n\r\na;"b\nc";d\n1;2;3')).toBe('a;"b\nc";d');
    expect(firstLine('a;b')).toBeUndefined();
  });

  test('--delimiter values', () => {
    expect(parseDelimiter(';')).toBe(';');
    expect(parseDelimiter(',')).toBe(',');
    expect(parseDelimiter('\t')).toBe('\t');
    expect(parseDelimiter('tab')).toBe('\t');
    expect(parseDelimiter('point-virgule')).toBe(';');
    expect(parseDelimiter('|')).toBeUndefined();
  });
});

describe('reading with the delimiter chosen', () => {
  test('the delimiter used is reported, and whether it was forced', async () => {
    const [header] = await csvEvents('Code INSEE,Nom\n35248,Dupont\n');
    expect(header).toMatchObject({ type: 'header', delimiter: ',', delimiterForced: false });
    const [forced] = await csvEvents('Code INSEE,Nom\n35248,Dupont\n', { delimiter: ',' });
    expect(forced).toMatchObject({ type: 'header', delimiter: ',', delimiterForced: true });
  });

  test('a header line longer than one chunk is sniffed whole', async () => {
    expect(await csvValues('Code INSEE,Nom,Adresse\n35248,Dupont,"1 place; de la Mairie"\n', {}, 3)).toEqual([
      { 'commune.code_insee': '35248', 'maire.nom': 'Dupont', 'mairie.adresse.1': '1 place; de la Mairie' },
    ]);
  });

  test('a forced delimiter that leaves one column whose name holds « ; »: an error suggesting --delimiter \';\'', async () => {
    const [error] = await thrown(() => csvEvents('Code INSEE;Nom\n35248;Dupont\n', { delimiter: ',' }));
    expect(error).toMatchObject({ code: 'CsvHeader', location: { file: 'maires.csv', line: 1, field: 'Code INSEE;Nom' } });
    expect(error!.message).toContain('une seule colonne');
    expect(error!.hint).toContain("--delimiter ';'");
  });

  test('lines quoted whole (« "Code INSEE;Nom" »): one column, said so', async () => {
    for (const text of ['"Code INSEE;Nom"\n"35248;Dupont"\n', '"Code INSEE,Nom"\n"35248,Dupont"\n']) {
      const [error] = await thrown(() => csvEvents(text));
      expect(error!.code).toBe('CsvHeader');
      expect(error!.message).toContain('entière entre guillemets');
    }
  });

  test('tab-separated files (Excel « Texte Unicode ») are read', async () => {
    expect(await csvValues('Code INSEE\tNom\tAdresse\n35248\tDupont\t\n')).toEqual([{ 'commune.code_insee': '35248', 'maire.nom': 'Dupont', 'mairie.adresse.1': '' }]);
  });
});
