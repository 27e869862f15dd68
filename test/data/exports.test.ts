import { describe, expect, test } from 'vitest';
import { associationBase, csvEvents, csvValues, fixtureBytes, readAll } from './helpers.js';

/** The rows of the two Excel fixtures, as typed in the spreadsheet. */
const EXCEL_ROWS = [
  {
    'commune.code_insee': '02565',
    'commune.nom': 'Œuilly',
    'maire.civilite': 'Madame',
    'maire.prenom': 'Noémie',
    'maire.nom': 'Cœurderoy',
    'mairie.adresse.1': '1 rue de l’Église',
    'mairie.adresse.2': '',
    'mairie.code_postal': '02160',
    'mairie.email': 'mairie@oeuilly.exemple.fr',
    'mairie.telephone': '03 23 00 00 00',
  },
  {
    'commune.code_insee': '94038',
    'commune.nom': "L'Haÿ-les-Roses",
    'maire.civilite': 'Monsieur',
    'maire.prenom': 'Éric',
    'maire.nom': 'Lœillet',
    'mairie.adresse.1': '41 rue Jean Jaurès',
    'mairie.adresse.2': 'Accueil ; bureau 12',
    'mairie.code_postal': '94240',
    'mairie.email': '',
    'mairie.telephone': '01 00 00 00 00',
  },
  {
    'commune.code_insee': '76351',
    'commune.nom': 'Le Havre',
    'maire.civilite': 'Madame',
    'maire.prenom': 'Édith',
    'maire.nom': 'Dupré',
    'mairie.adresse.1': 'Place de l’Hôtel de Ville',
    'mairie.adresse.2': 'Régie – 12 €',
    'mairie.code_postal': '76600',
    'mairie.email': '',
    'mairie.telephone': '',
  },
];

describe('Excel (France) « CSV (séparateur : point-virgule) »: Windows-1252, « ; », CRLF', () => {
  test('œ, Œ, €, ’, – and É are read back exactly, whatever the chunk size', async () => {
    for (const size of [undefined, 1, 5, 64]) {
      expect(await csvValues(fixtureBytes('excel-fr-windows-1252.csv'), {}, size)).toEqual(EXCEL_ROWS);
    }
  });

  test('read as Windows-1252 with a notice; the delimiter found is « ; »', async () => {
    const events = await csvEvents(fixtureBytes('excel-fr-windows-1252.csv'));
    expect(events[0]).toMatchObject({ type: 'header', delimiter: ';', delimiterForced: false });
    expect(events.filter((event) => event.type === 'notice')).toEqual([
      { type: 'notice', diagnostic: expect.objectContaining({ severity: 'warning', code: 'CsvEncoding', location: { file: 'maires.csv', line: 1 } }) },
    ]);
    expect(events.at(-1)).toEqual({ type: 'end', encoding: 'windows-1252', rows: 3 });
  });

  test('--encoding windows-1252 reads it without the notice', async () => {
    const events = await csvEvents(fixtureBytes('excel-fr-windows-1252.csv'), { encoding: 'windows-1252' });
    expect(events.some((event) => event.type === 'notice')).toBe(false);
  });

  test('every row becomes a completed profile', async () => {
    const result = await readAll(fixtureBytes('excel-fr-windows-1252.csv'), { base: associationBase() });
    expect(result.invalid).toEqual([]);
    expect(result.valid.map((row) => [row.row, row.line, row.profile.commune.nom, row.profile.maire.nom, row.profile.mairie.adresse])).toEqual([
      [1, 2, 'Œuilly', 'Cœurderoy', ['1 rue de l’Église']],
      [2, 3, "L'Haÿ-les-Roses", 'Lœillet', ['41 rue Jean Jaurès', 'Accueil ; bureau 12']],
      [3, 4, 'Le Havre', 'Dupré', ['Place de l’Hôtel de Ville', 'Régie – 12 €']],
    ]);
    expect(result.encoding).toBe('windows-1252');
    expect(result.warnings.map((w) => w.code)).toEqual(['CsvEncoding']);
  });
});

describe('Excel « CSV UTF-8 »: BOM, « ; », CRLF', () => {
  test('the same rows; the first header is « Code INSEE », not « \\uFEFFCode INSEE »', async () => {
    const events = await csvEvents(fixtureBytes('excel-utf8-bom.csv'));
    const header = events[0];
    expect(header?.type === 'header' && header.columns[0]?.header).toBe('Code INSEE');
    expect(await csvValues(fixtureBytes('excel-utf8-bom.csv'), {}, 2)).toEqual(EXCEL_ROWS);
    expect(events.some((event) => event.type === 'notice')).toBe(false);
    expect(events.at(-1)).toEqual({ type: 'end', encoding: 'utf-8', rows: 3 });
  });
});

describe('Excel, cells typed with Alt+Entrée (LF inside quoted cells, CRLF between rows)', () => {
  test('the line breaks stay in the cell; lines are counted where each row starts', async () => {
    const events = await csvEvents(fixtureBytes('excel-alt-enter.csv'));
    expect(events.flatMap((event) => (event.type === 'row' ? [[event.row.line, event.row.values.get('mairie.adresse.1')]] : []))).toEqual([
      [2, 'Mairie\nGrande Rue'],
      [4, '1 place de la Mairie'],
      [6, 'Rue Achille René-Boisneuf\nCentre administratif'],
    ]);
  });

  test('a cell with a line break is two lines of the address', async () => {
    const result = await readAll(fixtureBytes('excel-alt-enter.csv'), { base: associationBase() });
    expect(result.valid.map((row) => row.profile.mairie.adresse)).toEqual([['Mairie', 'Grande Rue'], ['1 place de la Mairie'], ['Rue Achille René-Boisneuf', 'Centre administratif']]);
  });
});

describe('LibreOffice Calc « Texte CSV »: UTF-8 without BOM, « , », LF, dotted paths', () => {
  test('read with « , »; quoted cells keep their commas and line breaks', async () => {
    const events = await csvEvents(fixtureBytes('libreoffice-comma.csv'));
    expect(events[0]).toMatchObject({ type: 'header', delimiter: ',' });
    expect(await csvValues(fixtureBytes('libreoffice-comma.csv'))).toEqual([
      { 'commune.code_insee': '2A004', 'maire.civilite': 'Monsieur', 'maire.prenom': 'Stéphane', 'maire.nom': 'Orsini', 'mairie.adresse': 'Avenue Antoine Serafini, Hôtel de Ville', 'mairie.code_postal': '20000' },
      { 'commune.code_insee': '97101', 'maire.civilite': 'Madame', 'maire.prenom': 'Ève', 'maire.nom': 'Lamotte', 'mairie.adresse': 'Rue Achille René-Boisneuf\nCentre administratif', 'mairie.code_postal': '97139' },
      { 'commune.code_insee': '35248', 'maire.civilite': 'Madame', 'maire.prenom': 'Camille', 'maire.nom': 'Dupont', 'mairie.adresse': '1 place de la Mairie', 'mairie.code_postal': '35610' },
    ]);
  });

  test('Ajaccio (2A004) and Les Abymes (97101) are completed', async () => {
    const result = await readAll(fixtureBytes('libreoffice-comma.csv'), { base: associationBase() });
    expect(result.valid.map((row) => [row.line, row.profile.commune.nom, row.profile.mairie.adresse.length])).toEqual([
      [2, 'Ajaccio', 1],
      [3, 'Les Abymes', 2],
      [5, 'Sains', 1],
    ]);
  });
});

describe('Google Sheets: UTF-8 without BOM, « , », CRLF, no final line break', () => {
  test('the last row is read', async () => {
    expect(await csvValues(fixtureBytes('google-sheets.csv'))).toEqual([
      { 'commune.code_insee': '75056', 'maire.civilite': 'Madame', 'maire.nom': 'Moreau', 'mairie.adresse.1': 'Place de l’Hôtel de Ville', 'mairie.code_postal': '75004' },
      { 'commune.code_insee': '94038', 'maire.civilite': 'Monsieur', 'maire.nom': 'Lœillet', 'mairie.adresse.1': '41 rue Jean Jaurès, accueil', 'mairie.code_postal': '94240' },
    ]);
  });
});

describe('Excel « Texte Unicode »: UTF-16 LE with BOM, tab separated', () => {
  test('read as UTF-16 with tabs', async () => {
    const events = await csvEvents(fixtureBytes('excel-texte-unicode.txt'), {}, 3);
    expect(events[0]).toMatchObject({ type: 'header', delimiter: '\t' });
    expect(events.at(-1)).toEqual({ type: 'end', encoding: 'utf-16le', rows: 1 });
    expect(await csvValues(fixtureBytes('excel-texte-unicode.txt'))).toEqual([
      { 'commune.code_insee': '02565', 'maire.civilite': 'Madame', 'maire.nom': 'Cœurderoy', 'mairie.adresse.1': '1 rue de l’Église', 'mairie.code_postal': '02160' },
    ]);
  });
});

describe('a file edited by hand: blank lines, an empty spreadsheet row, NBSP padding', () => {
  test.each([undefined, 1, 2])('blank lines and « ;;;; » are skipped; spaces, NBSP and U+202F around values are trimmed (chunks of %s bytes)', async (size) => {
    const events = await csvEvents(fixtureBytes('blank-lines-nbsp.csv'), {}, size);
    expect(events[0]).toMatchObject({ type: 'header', line: 2 });
    expect(events.flatMap((event) => (event.type === 'row' ? [[event.row.row, event.row.line, Object.fromEntries(event.row.values)]] : []))).toEqual([
      [1, 4, { 'commune.code_insee': '35248', 'maire.civilite': 'Madame', 'maire.nom': 'Dupont', 'mairie.adresse.1': '1 place de la Mairie', 'mairie.code_postal': '35610' }],
      [2, 7, { 'commune.code_insee': '94038', 'maire.civilite': 'Monsieur', 'maire.nom': 'Lœillet', 'mairie.adresse.1': '41 rue Jean Jaurès', 'mairie.code_postal': '94240' }],
    ]);
  });
});

describe('xlsx given to --csv', () => {
  test('refused as a workbook, before any decoding', async () => {
    const { thrown } = await import('./helpers.js');
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
    const [error] = await thrown(() => csvEvents(zip, {}, 1));
    expect(error).toMatchObject({ code: 'CsvRead', location: { file: 'maires.csv' } });
    expect(error!.message).toContain('.xlsx');
    const [binary] = await thrown(() => csvEvents(new Uint8Array([0x43, 0x00, 0x6f, 0x00, 0x64, 0x00])));
    expect(binary!.message).toContain('binaire');
  });
});
