// Batch benchmark (issue 6): a CSV of real communes with invented mayors, through lettre-maire,
// in-process. Prints rows/s, peak memory at two batch sizes (flat memory is the goal) and the
// ratio to the floor: raw pdfkit writing a comparable one-page letter with the same font.
// BENCH_ROWS sets the larger size (default 2000; 34875 for every commune of France + DROM).
// BENCH_JOBS sets the worker threads (default: generateBatch's, one per CPU; 1 = in this thread).
// BENCH_KIT_PATH: a folder of kits searched first (to measure with another version of the kit).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import PDFDocument from 'pdfkit';

const { allCommunes } = await import('../dist/communes/index.js');
const { generateBatch } = await import('../dist/pipeline/batch.js');
const { loadFont } = await import('../dist/writers/fonts.js');

const rows = Number(process.env.BENCH_ROWS ?? 2000);
const jobs = process.env.BENCH_JOBS ? Number(process.env.BENCH_JOBS) : undefined;
const kitPaths = process.env.BENCH_KIT_PATH ? [path.resolve(process.env.BENCH_KIT_PATH)] : [];
const communes = allCommunes().filter((commune) => commune.zone !== 'com');
const ms = (value) => `${value.toFixed(1)} ms`;

function csv(count) {
  const lines = ['Code INSEE;Civilité;Prénom;Nom;Adresse'];
  for (let i = 0; i < count; i++) {
    const commune = communes[i % communes.length];
    lines.push(`${commune.code};${i % 2 ? 'Monsieur' : 'Madame'};Camille;Martin-${i};${1 + (i % 40)} place de la Mairie`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

async function run(count, formats) {
  const dir = mkdtempSync(path.join(tmpdir(), 'kit-bench-lot-'));
  try {
    writeFileSync(path.join(dir, 'maires.csv'), csv(count));
    writeFileSync(path.join(dir, 'association.yaml'), 'expediteur:\n  nom: Alex Martin\n  adresse: ["12 rue des Lilas"]\n  code_postal: "35610"\n  commune: Sains\n');
    const start = performance.now();
    await generateBatch({
      kit: 'resilience', documents: ['lettre-maire'], kitPaths, print: { poster: 'A4', flyer: 'A4-2xA5', bleed: false }, csv: 'maires.csv', profile: 'association.yaml', formats, out: 'sortie', cwd: dir,
      force: false, resume: false, dryRun: false, strict: false, skipInvalid: false, duplex: false,
      now: new Date(0), sourceDateEpoch: 0, ...(jobs !== undefined && { jobs }),
    });
    return performance.now() - start;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The floor: raw pdfkit, same font parsed once, a one-page letter of similar length.
async function floor(count) {
  const fonts = { regular: loadFont('regular'), bold: loadFont('bold') };
  const text = 'J’habite la commune et je m’intéresse à la capacité de notre commune à traverser une crise : inondation ou tempête, longue coupure d’électricité, épidémie, rupture des approvisionnements. '.repeat(8);
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    const doc = new PDFDocument({ size: 'A4', font: '' });
    doc.registerFont('r', fonts.regular);
    doc.registerFont('b', fonts.bold);
    const done = new Promise((resolve) => { doc.on('data', () => {}); doc.on('end', resolve); });
    doc.font('b').fontSize(10).text(`Madame la Maire\nMairie ${i}\n1 PLACE DE LA MAIRIE\n35610 SAINS`, 300, 130);
    doc.font('r').fontSize(11).text(text, 62, 300, { width: 480 });
    doc.end();
    await done;
  }
  return (performance.now() - start) / count;
}

const size = Number(process.argv[2] ?? 0);
if (size > 0) {
  // Child mode: one batch, then its wall time and this process's peak memory, as JSON.
  const wall = await run(size, ['pdf']);
  process.stdout.write(JSON.stringify({ wall, rss: Math.round(process.resourceUsage().maxRSS / 1024) }));
} else {
  console.log(`\nPublipostage (lettre-maire : PDF individuels + fichier à imprimer + manifeste), un processus par taille, ${jobs ?? (await import('node:os')).availableParallelism()} fil(s) de calcul`);
  const { execFileSync } = await import('node:child_process');
  for (const count of [Math.max(100, Math.floor(rows / 4)), rows]) {
    const { wall, rss } = JSON.parse(execFileSync(process.execPath, [new URL(import.meta.url).pathname, String(count)], { encoding: 'utf8', maxBuffer: 1 << 20 }));
    console.log(`  ${String(count).padStart(6)} lignes  ${(wall / 1000).toFixed(1)} s  ${Math.round(count / (wall / 1000))} lignes/s  ${ms(wall / count)} par ligne  pic mémoire ${rss} Mo`);
  }
  const floorEach = await floor(200);
  const kitEach = (await run(200, ['pdf'])) / 200;
  console.log(`  plancher (pdfkit brut, même police) ${ms(floorEach)} par lettre ; kit ${ms(kitEach)} : ${(kitEach / floorEach).toFixed(2)} × le plancher`);
  const docxWall = await run(200, ['docx']);
  console.log(`  DOCX seul : ${ms(docxWall / 200)} par ligne`);
}
