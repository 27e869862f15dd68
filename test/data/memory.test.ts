import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, test } from 'vitest';
import { readRows } from '../../src/data/index.js';
import { associationBase } from './helpers.js';

/**
 * Streaming: memory must not grow with the number of rows (issue 6). 200,000 rows are generated
 * on the fly and read through the whole chain (decoding, csv-parse, headers, validation,
 * completion from the official directory); the heap, measured after a full garbage collection,
 * must be about the same after 200,000 rows as after 20,000. Keeping the rows would cost
 * hundreds of megabytes. No timing is asserted.
 */
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const ROWS = [
  '35248;Madame;Camille;Dupont;1 place de la Mairie;;35610',
  '94038;Monsieur;Éric;Lœillet;41 rue Jean Jaurès;Accueil;94240',
  '02565;Madame;Noémie;Cœurderoy;1 rue de l’Église;;02160',
  '76351;Madame;Édith;Dupré;Place de l’Hôtel de Ville;;76600',
  '2A004;Monsieur;Stéphane;Orsini;Avenue Antoine Serafini;;20000',
  '97101;Madame;Ève;Lamotte;"Rue Achille René-Boisneuf\nCentre administratif";;97139',
];
const TOTAL = 200_000;

async function* generated(): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  yield encoder.encode('Code INSEE;Civilité;Prénom;Nom;Adresse;Adresse 2;Code postal\r\n');
  let chunk = '';
  for (let i = 0; i < TOTAL; i++) {
    chunk += `${ROWS[i % ROWS.length]}\r\n`;
    if (chunk.length > 60_000) {
      yield encoder.encode(chunk);
      chunk = '';
    }
  }
  if (chunk) yield encoder.encode(chunk);
}

function heap(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

test('200,000 rows are read with a flat heap', async () => {
  let valid = 0;
  let invalid = 0;
  let early = 0;
  let late = 0;
  let lastLine = 0;
  for await (const event of readRows(generated(), { file: 'maires.csv', base: associationBase() })) {
    if (event.kind === 'valid') {
      valid++;
      lastLine = event.line;
      if (valid === 20_000) early = heap();
      if (valid === TOTAL) late = heap();
    } else if (event.kind === 'invalid') invalid++;
  }
  expect([valid, invalid]).toEqual([TOTAL, 0]);
  // Every sixth row spans two lines (a cell with a line break).
  expect(lastLine).toBe(1 + TOTAL + Math.floor((TOTAL - 1) / ROWS.length));
  const growth = (late - early) / 1024 / 1024;
  console.log(`tas : ${(early / 1048576).toFixed(1)} Mo après 20 000 lignes, ${(late / 1048576).toFixed(1)} Mo après ${TOTAL} (${growth >= 0 ? '+' : ''}${growth.toFixed(1)} Mo)`);
  expect(growth).toBeLessThan(16);
}, 300_000);
