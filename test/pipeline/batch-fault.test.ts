import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCommunes } from '../../src/communes/index.js';
import { KitError } from '../../src/diagnostics/index.js';
import { generateBatch, type BatchRequest } from '../../src/pipeline/batch.js';
import { loadWriter, type Writer } from '../../src/writers/index.js';
import { tempDir, treeOf } from '../helpers/tmpdir.js';

const ASSOCIATION = 'expediteur:\n  nom: Alex Martin\n  adresse: ["12 rue des Lilas"]\n  code_postal: "35610"\n  commune: Sains\n';
const rows = allCommunes()
  .filter((c) => c.departement.code === '29')
  .slice(0, 45);

/** The DOCX writer, failing on its `failOn`-th letter (changesets' failing-functions pattern). */
async function docxFailingOn(failOn: number): Promise<Writer> {
  const docx = await loadWriter('docx');
  let calls = 0;
  return { ...docx, write: (document, options) => (++calls === failOn ? Promise.reject(new Error('panne du writer DOCX')) : docx.write(document, options)) };
}

function folder(): string {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'association.yaml'), ASSOCIATION);
  const lines = ['Code INSEE;Civilité;Nom;Adresse', ...rows.map((c, i) => `${c.code};Madame;Nom${i};1 place de la Mairie`)];
  writeFileSync(path.join(dir, 'maires.csv'), `${lines.join('\r\n')}\r\n`);
  return dir;
}

const request = (dir: string, writers: readonly Writer[], force = false): BatchRequest => ({
  kit: 'resilience', documents: ['lettre-maire'], csv: 'maires.csv', profile: 'association.yaml', formats: ['pdf', 'docx'], writers, out: 'sortie', cwd: dir,
  force, resume: false, dryRun: false, strict: false, skipInvalid: false, duplex: false, now: new Date(0), sourceDateEpoch: 0, print: { poster: 'A4', flyer: 'A4-2xA5', bleed: false },
});

/** Every file under `dir` with its SHA-256. */
const snapshot = (dir: string) => treeOf(dir).map((entry) => (entry.endsWith('/') ? entry : `${entry} ${createHash('sha256').update(readFileSync(path.join(dir, entry.replace(/ \(\d+\)$/, '')))).digest('hex')}`));

describe('a batch whose writer fails on row 37', () => {
  it('leaves a new output folder absent: nothing written, nothing half-written', async () => {
    const dir = folder();
    const before = snapshot(dir);
    const pdf = await loadWriter('pdf');
    await expect(generateBatch(request(dir, [pdf, await docxFailingOn(37)]))).rejects.toThrow('panne du writer DOCX');
    expect(snapshot(dir)).toEqual(before);
  });

  it('leaves the files of an earlier batch as they were, even with --force', async () => {
    const dir = folder();
    const pdf = await loadWriter('pdf');
    await generateBatch(request(dir, [pdf, await loadWriter('docx')]));
    const before = snapshot(dir);
    expect(before.filter((entry) => entry.includes('.docx'))).toHaveLength(45);
    // The same batch again, the DOCX writer failing on row 37 this time.
    await expect(generateBatch(request(dir, [pdf, await docxFailingOn(37)], true))).rejects.toThrow('panne du writer DOCX');
    expect(snapshot(dir)).toEqual(before);
  });

  it('reports an interrupted batch as such, and keeps its work for --resume', async () => {
    const dir = folder();
    const controller = new AbortController();
    const pdf = await loadWriter('pdf');
    const stopping: Writer = { ...pdf, write: (document, options) => (controller.abort(), pdf.write(document, options)) };
    const error = await generateBatch({ ...request(dir, [stopping]), formats: ['pdf'], signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KitError);
    expect((error as KitError).diagnostics[0]).toMatchObject({ code: 'Interrupted' });
    expect(treeOf(path.join(dir, 'sortie', 'resilience')).some((entry) => entry.startsWith('.publipostage-en-cours/lettre-maire/'))).toBe(true);
    const result = await generateBatch({ ...request(dir, [pdf]), formats: ['pdf'], resume: true });
    expect(result.rows.resumed).toBeGreaterThan(0);
    expect(treeOf(path.join(dir, 'sortie', 'resilience', 'lettre-maire'))).toHaveLength(45);
  });
});
