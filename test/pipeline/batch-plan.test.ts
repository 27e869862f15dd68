import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TemplateContext } from '../../src/context/build.js';
import type { KitDocument } from '../../src/kits/load.js';
import { BatchPlanner, VOLUME_SIZE } from '../../src/pipeline/batch-plan.js';
import type { Writer } from '../../src/writers/index.js';

/** A document named after the mayor (`fichier: "{{maire.nom}}"`): only `fileName` matters to the plan. */
const byMayor = { id: 'lettre-maire', title: 'Lettre au maire', fileName: (context: TemplateContext) => context.maire.nom } as unknown as KitDocument;
const pdf = { format: 'pdf', extension: 'pdf' } as Writer;
const docx = { format: 'docx', extension: 'docx' } as Writer;
const context = (nom: string) => ({ maire: { nom } }) as unknown as TemplateContext;
const cwd = path.resolve('/tmp/lot');

function planner(writers = [pdf]) {
  return new BatchPlanner({ out: 'sortie', cwd, kitId: 'resilience', documents: [byMayor], writers });
}

describe('the plan of a batch, row by row', () => {
  it('names the files in CSV order, unique whatever their case or normalisation, made safe', () => {
    const plan = planner([pdf, docx]);
    for (const [i, nom] of ['Dupont', 'DUPONT', 'Le\u0301a', 'Léa', 'CON', 'a/b'].entries()) plan.add({ row: i + 1, line: i + 2 }, context(nom));
    const done = plan.finish();
    expect(done.size).toBe(6);
    expect(done.rowAt(4)).toEqual({ row: 5, line: 6 });
    const names = Array.from({ length: done.size }, (_, i) => done.filesOf(i).map((file) => path.basename(file.path)));
    expect(names).toEqual([
      ['Dupont.pdf', 'Dupont.docx'],
      ['DUPONT-2.pdf', 'DUPONT-2.docx'],
      ['Léa.pdf', 'Léa.docx'],
      ['Léa-2.pdf', 'Léa-2.docx'],
      ['ligne-6.pdf', 'ligne-6.docx'],
      ['a b.pdf', 'a b.docx'],
    ]);
    expect(done.filesOf(0)[0]).toEqual({
      document: 'lettre-maire',
      format: 'pdf',
      path: path.join(cwd, 'sortie', 'resilience', 'lettre-maire', 'Dupont.pdf'),
      displayPath: path.join('sortie', 'resilience', 'lettre-maire', 'Dupont.pdf'),
      // Written first in the staging folder, put in place when the whole batch is done.
      staged: path.join(cwd, 'sortie', 'resilience', '.publipostage-en-cours', 'lettre-maire', 'Dupont.pdf'),
    });
    expect([...done.allFiles()].map((file) => path.basename(file.path))).toEqual(names.flat());
  });

  it('cuts the print file in volumes of VOLUME_SIZE letters, numbered when there are several', () => {
    const plan = planner();
    for (let i = 0; i < VOLUME_SIZE + 1; i++) plan.add({ row: i + 1, line: i + 2 }, context(`Nom${i}`));
    const { volumes, manifest } = plan.finish();
    expect(volumes.map((v) => [path.basename(v.path), v.from, v.to])).toEqual([
      ['lettre-maire-publipostage-001.pdf', 0, VOLUME_SIZE],
      ['lettre-maire-publipostage-002.pdf', VOLUME_SIZE, VOLUME_SIZE + 1],
    ]);
    expect(manifest.displayPath).toBe(path.join('sortie', 'resilience', 'manifeste.csv'));
  });

  it('one volume without a number; none without PDF', () => {
    const one = planner();
    one.add({ row: 1, line: 2 }, context('Dupont'));
    expect(one.finish().volumes.map((v) => path.basename(v.path))).toEqual(['lettre-maire-publipostage.pdf']);
    const none = planner([docx]);
    none.add({ row: 1, line: 2 }, context('Dupont'));
    expect(none.finish().volumes).toEqual([]);
  });

  it('keeps no context: a row is named when added and its context can go', () => {
    const plan = planner();
    const mutable = { maire: { nom: 'Dupont' } };
    plan.add({ row: 1, line: 2 }, mutable as unknown as TemplateContext);
    mutable.maire.nom = 'Autre';
    expect(path.basename(plan.finish().filesOf(0)[0]!.path)).toBe('Dupont.pdf');
  });
});
