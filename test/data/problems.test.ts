import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics/index.js';
import { associationBase, csvEvents, fixtureBytes, readAll, rowEvents, thrown } from './helpers.js';

const HEADER = 'Code INSEE;Civilité;Nom;Adresse;Code postal';

describe('ragged rows, misplaced and unclosed quotes: every problem with its line, all at once', () => {
  test('the broken fixture: lines 3, 5, 6 and 8 reported together, whatever the chunk size', async () => {
    for (const size of [undefined, 1, 7]) {
      const found = await thrown(() => readAll(fixtureBytes('ragged-unclosed.csv'), { base: associationBase() }, size));
      expect(found.map((d) => [d.code, d.location?.line])).toEqual([
        ['CsvParse', 3],
        ['CsvParse', 5],
        ['CsvParse', 6],
        ['CsvParse', 8],
      ]);
      expect(found.map(formatDiagnostic).join('\n')).toMatchInlineSnapshot(`
        "maires.csv:3 — 4 cellules au lieu de 5 ; à partir de la colonne E « Code postal », les valeurs manquent.
          Trouvé : « 4 cellules » ; attendu : 5 cellules, une par colonne, séparées par des point-virgules
          Astuce : un point-virgule manque ou est en trop dans cette ligne, et les valeurs sont peut-être décalées ; un point-virgule écrit dans une cellule doit être entre guillemets. Vérifiez la ligne dans le tableur.
        maires.csv:5 — 6 cellules au lieu de 5 ; « en trop » est au-delà de la dernière colonne.
          Trouvé : « 6 cellules » ; attendu : 5 cellules, une par colonne, séparées par des point-virgules
          Astuce : un point-virgule manque ou est en trop dans cette ligne, et les valeurs sont peut-être décalées ; un point-virgule écrit dans une cellule doit être entre guillemets. Vérifiez la ligne dans le tableur.
        maires.csv:6 — colonne C « Nom » : guillemet (") au milieu d’une cellule.
          Attendu : une cellule entière entre guillemets, ou sans guillemets
          Astuce : dans un CSV, une cellule qui contient des guillemets s’écrit entre guillemets, chaque guillemet doublé : "12 ""bis"" rue". Corrigez la ligne, ou réenregistrez le fichier depuis le tableur plutôt que de le modifier à la main.
        maires.csv:8 — colonne C « Nom » : guillemet ouvert jamais fermé ; la suite du fichier a été lue comme une seule cellule.
          Attendu : un guillemet fermant à la fin de la cellule
          Astuce : fermez la cellule par un guillemet, ou doublez le guillemet s’il fait partie du texte (""). Corrigez la ligne, ou réenregistrez le fichier depuis le tableur plutôt que de le modifier à la main."
      `);
    }
  });

  test('reading goes on after a ragged row or a misplaced quote: the rows between are read, and counted', async () => {
    const text = `${HEADER}\n35248;Madame;Dupont;1 place de la Mairie\n94038;Monsieur;Lœillet "dit" Roger;41 rue Jean Jaurès;94240\n02565;Madame;Cœurderoy;1 rue de l’Église;02160\n`;
    const events = await rowEvents(text, { base: associationBase() });
    expect(events.flatMap((event) => (event.kind === 'valid' || event.kind === 'invalid' ? [[event.kind, event.row, event.line]] : []))).toEqual([
      ['invalid', 1, 2],
      ['invalid', 2, 3],
      ['valid', 3, 4],
    ]);
  });

  test('extra empty cells at the end of a row are harmless (spreadsheets write them)', async () => {
    const result = await readAll(`${HEADER}\n35248;Madame;Dupont;1 place de la Mairie;35610;;;\n`, { base: associationBase() });
    expect(result.invalid).toEqual([]);
    expect(result.valid).toHaveLength(1);
  });

  test('a quote never closed swallows the rest of the file: an error at the line where it opens', async () => {
    const text = `${HEADER}\n35248;Madame;Dupont;"1 place de la Mairie;35610\n94038;Monsieur;Lœillet;41 rue Jean Jaurès;94240\n`;
    const [error] = await thrown(() => csvEvents(text));
    expect(error).toMatchObject({ code: 'CsvParse', location: { file: 'maires.csv', line: 2 } });
    expect(error!.message).toContain('colonne D « Adresse »');
  });

  test('text glued after a closing quote stops the reading at its line (csv-parse cannot go on)', async () => {
    const text = `${HEADER}\n35248;Madame;"Dupont" Martin;1 place de la Mairie;35610\n94038;Monsieur;Lœillet;41 rue;94240\n`;
    const [error] = await thrown(() => csvEvents(text));
    expect(error).toMatchObject({ code: 'CsvParse', location: { line: 2 } });
    expect(error!.message).toContain('colonne C « Nom »');
  });

  test('a record longer than the limit (a runaway quote in a big file) stops with its line', async () => {
    const text = `${HEADER}\n35248;Madame;Dupont;"${'x'.repeat(70_000)}\n`;
    const [error] = await thrown(() => csvEvents(text, {}, 4096));
    expect(error).toMatchObject({ code: 'CsvParse', location: { line: 2 } });
    expect(error!.message).toContain('64 Ko');
  });

  test('a misplaced quote in the header line', async () => {
    const [error] = await thrown(() => csvEvents('Code "INSEE";Nom\n35248;Dupont\n'));
    expect(error).toMatchObject({ code: 'CsvHeader', location: { line: 1 } });
  });

  test('a Windows-1252 byte after rows were read as UTF-8: the rows before, then an encoding error at its line', async () => {
    const head = new TextEncoder().encode(`${HEADER}\n35248;Madame;Dupont;1 place de l’Église;35610\n`);
    const tail = new Uint8Array([0x9c, ...new TextEncoder().encode('illet;41 rue;94240\n')]);
    // The bad byte comes at a row boundary, or in the middle of a row (never given out half read).
    for (const cut of [[], new TextEncoder().encode('94038;Monsieur;L')]) {
      const events: string[] = [];
      const [error] = await thrown(async () => {
        const { readCsv } = await import('../../src/data/read.js');
        async function* source(): AsyncGenerator<Uint8Array> {
          yield head;
          if (cut.length > 0) yield new Uint8Array(cut);
          yield tail;
        }
        for await (const event of readCsv(source(), { file: 'maires.csv', encodingWindow: 8 })) events.push(event.type);
      });
      expect(events).toEqual(['header', 'row']);
      expect(error).toMatchObject({ code: 'CsvEncoding', location: { file: 'maires.csv', line: 3 } });
    }
  });

  test('an empty file', async () => {
    for (const text of ['', '\n\n', '\uFEFF']) {
      const [error] = await thrown(() => csvEvents(text));
      expect(error).toMatchObject({ code: 'CsvHeader', location: { file: 'maires.csv' } });
      expect(error!.message).toContain('vide');
    }
  });
});

describe('line numbers', () => {
  test('each row’s line is where it starts, after cells with line breaks (LF, CRLF or CR inside quotes) and blank lines', async () => {
    const text = 'Code INSEE;Nom\r\n1;"x\r\ny\r\nz"\r\n\r\n2;"p\nq"\r\n3;4\r\n\r\n5;"a\rb"\n6;7';
    const events = await csvEvents(text);
    expect(events.flatMap((event) => (event.type === 'row' ? [[event.row.row, event.row.line]] : []))).toEqual([
      [1, 2],
      [2, 6],
      [3, 8],
      [4, 10],
      [5, 12],
    ]);
  });
});
