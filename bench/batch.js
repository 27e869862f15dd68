// Batch benchmark (issue 6): a CSV of real communes with invented mayors, through lettre-maire, run
// as a user runs it (`kit generate … --csv`, in a process of its own: its peak memory is the
// process's). Prints rows/s and peak memory at two batch sizes (flat memory is the goal), the
// floor (raw pdfkit writing a comparable one-page letter with the same font) and kit's ratio to it.
// The machine is shared: the floor is measured four times, between the batches, and its fastest
// run kept (so is the fastest of two one-thread measures); ratios are given in wall time and in
// CPU time (what the process itself spent, which other tenants disturb less).
// BENCH_ROWS sets the larger size (default 2000; `all` = every commune of France + DROM, 34,875).
// BENCH_JOBS sets --jobs (default: kit's, one thread per CPU).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import PDFDocument from 'pdfkit';

const jobs = process.env.BENCH_JOBS;
const ms = (value) => `${value.toFixed(1)} ms`;
const ASSOCIATION = 'expediteur:\n  nom: Alex Martin\n  adresse: ["12 rue des Lilas"]\n  code_postal: "35610"\n  commune: Sains\n';

/** Child mode: `node batch.js --child <dir> <args…>` runs kit in this process, prints wall and peak RSS. */
if (process.argv[2] === '--child') {
  const { main } = await import('../dist/cli/main.js');
  const { Chalk } = await import('chalk');
  const [dir, ...args] = process.argv.slice(3);
  const sink = { write: () => true, isTTY: false };
  const start = performance.now();
  const code = await main(args, { stdout: sink, stderr: sink, env: process.env, cwd: dir, color: new Chalk({ level: 0 }) });
  const wall = performance.now() - start;
  const usage = process.resourceUsage();
  const cpu = (usage.userCPUTime + usage.systemCPUTime) / 1000;
  process.stdout.write(JSON.stringify({ code, wall, cpu, rss: Math.round(usage.maxRSS / 1024) }));
  process.exit(0);
}

const { allCommunes } = await import('../dist/communes/index.js');
const { loadFont } = await import('../dist/writers/fonts.js');
const communes = allCommunes().filter((commune) => commune.zone !== 'com');
const rows = process.env.BENCH_ROWS === 'all' ? communes.length : Number(process.env.BENCH_ROWS ?? 2000);

function csv(count) {
  const lines = ['Code INSEE;Civilité;Prénom;Nom;Adresse'];
  for (let i = 0; i < count; i++) {
    const commune = communes[i % communes.length];
    lines.push(`${commune.code};${i % 2 ? 'Monsieur' : 'Madame'};Camille;Martin-${i};${1 + (i % 40)} place de la Mairie`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** One batch in a child process: wall time (ms) and the child's peak RSS (MB). */
function batch(count, { format = 'pdf', threads = jobs } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'kit-bench-lot-'));
  try {
    writeFileSync(path.join(dir, 'maires.csv'), csv(count));
    writeFileSync(path.join(dir, 'association.yaml'), ASSOCIATION);
    const args = ['generate', 'resilience', '--documents', 'lettre-maire', '--csv', 'maires.csv', '--profile', 'association.yaml', '--format', format, ...(threads ? ['--jobs', String(threads)] : [])];
    const out = execFileSync(process.execPath, [new URL(import.meta.url).pathname, '--child', dir, ...args], { encoding: 'utf8', maxBuffer: 1 << 20, env: { ...process.env, SOURCE_DATE_EPOCH: '0' } });
    const result = JSON.parse(out);
    if (result.code !== 0) throw new Error(`kit generate --csv a échoué (code ${result.code})`);
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The floor: raw pdfkit, same font parsed once, a one-page letter of similar length: wall and CPU
// time per letter.
async function floorOnce(count) {
  const fonts = { regular: loadFont('regular'), bold: loadFont('bold') };
  const text = 'J’habite la commune et je m’intéresse à la capacité de notre commune à traverser une crise : inondation ou tempête, longue coupure d’électricité, épidémie, rupture des approvisionnements. '.repeat(8);
  const start = performance.now();
  const cpu = process.cpuUsage();
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
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - start) / count, cpu: (used.user + used.system) / 1000 / count };
}

const floors = [];
const floor = async () => floors.push(await floorOnce(300));
const fastest = (key) => Math.min(...floors.map((run) => run[key]));

const threads = jobs ?? String(availableParallelism());
console.log(`\nPublipostage (kit generate --csv, lettre-maire : PDF individuels + fichier à imprimer + manifeste), un processus par mesure, --jobs ${threads}`);
const line = (label, count, { wall, rss }) => console.log(`  ${label.padEnd(8)} ${String(count).padStart(6)} lignes  ${(wall / 1000).toFixed(1).padStart(6)} s  ${String(Math.round(count / (wall / 1000))).padStart(4)} lignes/s  ${ms(wall / count)} par ligne  pic mémoire ${rss} Mo`);
const sizes = [Math.max(100, Math.floor(rows / 4)), rows];
await floor();
const runs = sizes.map((count) => batch(count));
runs.forEach((run, i) => line('PDF', sizes[i], run));
if (rows === communes.length) console.log(`  (toutes les communes : cible 60 s, 300 Mo)`);

// Per letter, in steady state: the cost of one more row (the difference between two batch sizes
// takes out the start-up: process, threads, kit, fonts, first pass), against the floor.
const marginal = (small, large, a, b, key = 'wall') => (b[key] - a[key]) / (large - small);
const [s1, s2] = [300, 1200];
// One thread, twice, between floor measurements: the fastest of each kept, as for the floor.
const singles = [];
for (let i = 0; i < 2; i++) {
  await floor();
  const pair = [batch(s1, { threads: 1 }), batch(s2, { threads: 1 })];
  singles.push({ wall: marginal(s1, s2, ...pair), cpu: marginal(s1, s2, ...pair, 'cpu') });
}
await floor();
const oneThread = { wall: Math.min(...singles.map((run) => run.wall)), cpu: Math.min(...singles.map((run) => run.cpu)) };
const allThreads = marginal(sizes[0], sizes[1], runs[0], runs[1]);
const spread = floors.map((run) => run.wall.toFixed(1)).join(', ');
console.log(`  plancher (pdfkit brut, même police, en mémoire) ${ms(fastest('wall'))} par lettre (mesures : ${spread} ms), ${ms(fastest('cpu'))} de CPU`);
console.log(`  kit, 1 fil, coût d’une ligne de plus : ${ms(oneThread.wall)} = ${(oneThread.wall / fastest('wall')).toFixed(2)} × le plancher ; en CPU ${ms(oneThread.cpu)} = ${(oneThread.cpu / fastest('cpu')).toFixed(2)} × (sa lettre, sa part du fichier à imprimer, du manifeste et de la lecture du CSV)`);
console.log(`  kit, ${threads} fils, coût d’une ligne de plus : ${ms(allThreads)} = ${(allThreads / fastest('wall')).toFixed(2)} × le plancher`);
// DOCX: two sizes in the same threads, the cost of one more row, and all communes at that cost.
const docxRuns = [s1, s2].map((count) => batch(count, { format: 'docx' }));
docxRuns.forEach((run, i) => line('DOCX', [s1, s2][i], run));
const docxEach = marginal(s1, s2, ...docxRuns);
console.log(`  DOCX, coût d’une ligne de plus : ${ms(docxEach)} ; toutes les communes à ce coût : ${((docxRuns[1].wall + docxEach * (communes.length - s2)) / 1000).toFixed(0)} s (cible 90 s)`);
