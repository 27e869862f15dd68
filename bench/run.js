// Benchmark: start-up cost and letters per second. Reports numbers; asserts nothing (machines
// here are shared and noisy: compare the ratios printed in one run).
// Usage: npm run bench
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin', 'kit.js');
const profile = path.join(root, 'examples', 'sains', 'commune.yaml');

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeCommand(args, runs, options = {}) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { stdio: 'pipe', ...options });
    times.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`${args.join(' ')} a échoué : ${result.stderr}`);
  }
  return median(times);
}

const ms = (value) => `${value.toFixed(1)} ms`;

// 1. Start-up: `kit --version` against an empty Node process.
const nodeFloor = timeCommand(['-e', '0'], 15);
const version = timeCommand([bin, '--version'], 15);
const help = timeCommand([bin, '--help'], 15);
console.log('Démarrage (médiane de 15 exécutions)');
console.log(`  node -e 0        ${ms(nodeFloor)}`);
console.log(`  kit --version    ${ms(version)}  (${(version / nodeFloor).toFixed(2)} × node -e 0, +${ms(version - nodeFloor)})`);
console.log(`  kit --help       ${ms(help)}`);

// 2. One `kit generate` as a user runs it (PDF + DOCX of the example letter).
const out = mkdtempSync(path.join(tmpdir(), 'kit-bench-'));
try {
  const generate = timeCommand([bin, 'generate', 'resilience', '--profile', profile, '--out', out, '--force'], 5);
  console.log('\nUne commande complète (médiane de 5)');
  console.log(`  kit generate resilience (2 documents, pdf + docx)  ${ms(generate)}`);
} finally {
  rmSync(out, { recursive: true, force: true });
}

// 3. In-process throughput: the same letter rendered N times (fonts parsed once).
const { exampleDocument } = await import('./example-letter.js');
const { loadWriter } = await import('../dist/writers/index.js');
const N = 200;
console.log(`\nDébit en mémoire (${N} lettres, après échauffement ; modèle → AST compris)`);
for (const [label, format, options] of [['pdf', 'pdf', {}], ['pdf (lot)', 'pdf', { stableSubsets: true }], ['docx', 'docx', {}]]) {
  const writer = await loadWriter(format);
  const write = () => writer.write(exampleDocument(), { sourceDateEpoch: 0, ...options });
  for (let i = 0; i < 10; i++) await write();
  const start = performance.now();
  let bytes = 0;
  for (let i = 0; i < N; i++) bytes += (await write()).bytes.length;
  const each = (performance.now() - start) / N;
  console.log(`  ${label.padEnd(10)} ${ms(each)} par lettre  (${Math.round(1000 / each)} lettres/s, ${Math.round(bytes / N / 1024)} ko)`);
}
// The print file of a batch: each letter's own file read back and its pages copied (fonts once).
const { PdfVolume } = await import('../dist/writers/pdf/volume.js');
const pdfWriter = await loadWriter('pdf');
const letterFile = (await pdfWriter.write(exampleDocument(), { sourceDateEpoch: 0, stableSubsets: true })).bytes;
const volume = new PdfVolume({ title: 'banc', date: new Date(0), pdfa: false, duplex: false, lang: 'fr-FR' });
const volumeStart = performance.now();
for (let i = 0; i < N; i++) volume.add(letterFile);
const merged = await volume.finish();
console.log(`  fichier à imprimer  ${ms((performance.now() - volumeStart) / N)} par lettre  (${Math.round(merged.bytes.length / N / 1024)} ko par lettre)`);
const renderStart = performance.now();
for (let i = 0; i < N; i++) exampleDocument();
console.log(`  modèle → AST seul  ${ms((performance.now() - renderStart) / N)} par lettre (la même lettre : ses morceaux de Markdown déjà lus)`);
console.log(`\nMémoire résidente en fin de mesure : ${Math.round(process.memoryUsage().rss / 1024 / 1024)} Mo`);

await import('./batch.js');
await import('./peers.js');
