// Batch benchmark (issue 6): a CSV of real communes with invented mayors, through lettre-maire, run
// as a user runs it (`kit generate … --csv`, in a process of its own: its peak memory is the
// process's). Prints rows/s and peak memory at two batch sizes (flat memory is the goal), two
// floors (raw pdfkit writing the same letter with the same fonts; the same keeping shaped words
// from one letter to the next, as kit does) and kit's ratio to each.
// The machine is shared: the floors are measured four times, between the batches, and the fastest
// run of each kept (so is the fastest of two one-thread measures); ratios are given in wall time
// and in CPU time (what the process itself spent, which other tenants disturb less).
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

// The floor: raw pdfkit, same fonts parsed once, writing the same letter as kit's lettre-maire for
// the same commune (its text, sizes and places: fold marks, sender, recipient in the window, date,
// subject in bold, paragraphs, three points with their lead in bold), untagged, in memory: what a
// hand-written pdfkit script for this letter costs. Wall and CPU time per letter.
const POINTS = [
  ['L’alimentation', ' : comment la commune pourrait-elle assurer le ravitaillement de ses habitants, et d’abord des plus fragiles, si les livraisons étaient interrompues plusieurs jours ? Quelle place pour les producteurs et les commerces de proximité ?'],
  ['La santé', ' : comment les personnes isolées, âgées ou dépendantes d’un traitement seraient-elles repérées et accompagnées pendant une crise ?'],
  ['Les risques majeurs', ' : le document d’information communal sur les risques majeurs (DICRIM), qui doit être révisé au moins tous les cinq ans, et le plan communal de sauvegarde sont-ils à jour et consultables par les habitants ?'],
];

function floorLetter(doc, i) {
  const commune = communes[i % communes.length];
  const civility = i % 2 ? 'Monsieur le Maire' : 'Madame la Maire';
  const postal = commune.acheminements[0] ?? { codePostal: commune.codesPostaux[0], libelle: commune.nom.toUpperCase() };
  const left = 62.36;
  const body = { width: 476, lineGap: 0.5, paragraphGap: 7 };
  for (const y of [280.6, 561.3]) doc.moveTo(11.3, y).lineTo(28.3, y).lineWidth(0.5).stroke();
  doc.font('r').fontSize(10).text('Alex Martin\n12 rue des Lilas\n35610 Sains', left, 56.69, { lineGap: 0.5 });
  doc.text(`${civility}\nMairie de ${commune.nom}\n${1 + (i % 40)} PLACE DE LA MAIRIE\n${postal.codePostal} ${postal.libelle}`, 311.81, 134.65, { width: 226, lineGap: 0.5 });
  doc.fontSize(11).text('Sains, le 1er janvier 1970', 311.81, 260.79);
  doc.font('b').text('Objet : Demande de rendez-vous – résilience de la commune face aux crises', left, 295, body);
  doc.font('r').text(`${civility},`, body);
  doc.text(`J’habite ${commune.nom} et je m’intéresse à la capacité de notre commune à traverser une crise : inondation ou tempête, longue coupure d’électricité, épidémie, rupture des approvisionnements. Ces situations ne relèvent plus de l’exception, et c’est à l’échelle de la commune que se joue une grande partie de la réponse.`, body);
  doc.text('Je souhaiterais vous rencontrer, vous ou l’élu que vous désignerez, pour mieux comprendre ce qui est prévu et voir comment les habitants peuvent y contribuer, en particulier sur trois points :', body);
  for (const [lead, rest] of POINTS) {
    const y = doc.y;
    doc.text('•', left + 8, y);
    doc.font('b').text(lead, left + 22, y, { ...body, width: 454, paragraphGap: 2, continued: true }).font('r').text(rest);
  }
  doc.text('Je propose de partager ces réflexions et, si cela peut être utile, de contribuer à une réunion publique ou à la diffusion des bons réflexes auprès des habitants.', left, doc.y + 5, body);
  doc.text('Je reste à votre disposition pour convenir d’un rendez-vous à la date qui vous conviendra.', body);
  doc.text(`Je vous prie d’agréer, ${civility}, l’expression de ma considération distinguée.`, body);
  doc.text('Alex Martin', 311.81, doc.y + 20);
}

/**
 * `count` letters; with `sharedShaping`, each face's shaped words (pdfkit's per-document
 * `layoutCache`) are kept from one letter to the next, as kit keeps them: the tighter floor.
 */
async function floorOnce(count, sharedShaping) {
  const fonts = { r: loadFont('regular'), b: loadFont('bold') };
  const shaped = { r: Object.create(null), b: Object.create(null) };
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < count; i++) {
    const doc = new PDFDocument({ size: 'A4', font: '' });
    doc.registerFont('r', fonts.r);
    doc.registerFont('b', fonts.b);
    if (sharedShaping) {
      const font = doc.font.bind(doc);
      doc.font = (name) => {
        font(name);
        doc._font.layoutCache = shaped[name];
        return doc;
      };
    }
    const done = new Promise((resolve) => { doc.on('data', () => {}); doc.on('end', resolve); });
    floorLetter(doc, i);
    doc.end();
    await done;
  }
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - start) / count, cpu: (used.user + used.system) / 1000 / count };
}

// Both floors, one after the other, each time: `raw` (a pdfkit script for this letter) and
// `shared` (the same, words shaped once for all letters).
const floors = { raw: [], shared: [] };
const floor = async () => {
  floors.raw.push(await floorOnce(300, false));
  floors.shared.push(await floorOnce(300, true));
};
const fastest = (kind, key) => Math.min(...floors[kind].map((run) => run[key]));

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
const allThreadsCpu = marginal(sizes[0], sizes[1], runs[0], runs[1], 'cpu');
const spread = (kind) => floors[kind].map((run) => run.wall.toFixed(1)).join(', ');
const ratio = (value, kind, key = 'wall') => `${(value / fastest(kind, key)).toFixed(2)} ×`;
console.log(`  plancher, pdfkit brut écrivant la même lettre (même police, en mémoire) : ${ms(fastest('raw', 'wall'))} par lettre (mesures : ${spread('raw')} ms), ${ms(fastest('raw', 'cpu'))} de CPU`);
console.log(`  plancher serré, le même en gardant la forme des mots d’une lettre à l’autre : ${ms(fastest('shared', 'wall'))} (mesures : ${spread('shared')} ms), ${ms(fastest('shared', 'cpu'))} de CPU`);
console.log(`  kit, 1 fil, coût d’une ligne de plus (sa lettre, sa part du fichier à imprimer, du manifeste et de la lecture du CSV) : ${ms(oneThread.wall)} = ${ratio(oneThread.wall, 'raw')} le plancher, ${ratio(oneThread.wall, 'shared')} le plancher serré ; en CPU ${ms(oneThread.cpu)} = ${ratio(oneThread.cpu, 'raw', 'cpu')}, ${ratio(oneThread.cpu, 'shared', 'cpu')}`);
console.log(`  kit, ${threads} fils, coût d’une ligne de plus : ${ms(allThreads)} = ${ratio(allThreads, 'raw')} le plancher, ${ratio(allThreads, 'shared')} le plancher serré (qui n’emploie qu’un cœur) ; en CPU, tous fils confondus, ${ms(allThreadsCpu)} = ${ratio(allThreadsCpu, 'raw', 'cpu')}, ${ratio(allThreadsCpu, 'shared', 'cpu')}`);
// DOCX: two sizes in the same threads, the cost of one more row, and all communes at that cost.
const docxRuns = [s1, s2].map((count) => batch(count, { format: 'docx' }));
docxRuns.forEach((run, i) => line('DOCX', [s1, s2][i], run));
const docxEach = marginal(s1, s2, ...docxRuns);
console.log(`  DOCX, coût d’une ligne de plus : ${ms(docxEach)} ; toutes les communes à ce coût : ${((docxRuns[1].wall + docxEach * (communes.length - s2)) / 1000).toFixed(0)} s (cible 90 s)`);
