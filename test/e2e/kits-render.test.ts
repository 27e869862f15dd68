import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EPOCH_2026_11_23, ROOT, runKit } from '../helpers/cli.js';
import { openDocx, paragraphs } from '../helpers/docx.js';
import { readPdf } from '../helpers/pdf.js';
import { tempDir } from '../helpers/tmpdir.js';

/** The built-in kits and their documents (issue 5): the contract users' scripts rely on. */
const KITS = {
  resilience: ['lettre-maire', 'marche-a-suivre'],
  dicrim: ['lettre-maire', 'checklist-dicrim', 'consignes', 'kit-72h', 'affiche-reflexes'],
  'heure-civique': ['affiche', 'flyer', 'lettre-habitants', 'communique', 'inscription'],
  entraide: ['affiche-hall', 'flyer', 'panneau-voisins', 'annuaire'],
  'securite-solidaire': ['lettre-maire', 'affiche-reunion', 'charte'],
} as const;

/** The committed example communes: a small town, a village, a city with arrondissements, an overseas commune. */
const EXAMPLES = readdirSync(path.join(ROOT, 'examples')).sort();

interface JsonReport {
  files: { path: string; document: string; format: string; pages: number | null }[];
  warnings: unknown[];
  errors: unknown[];
}

/**
 * French typography faults a reader would see in the text. pdf.js gives no-break spaces back as
 * ordinary ones, so spaces are checked on the DOCX's text (the same typeset Document) and only
 * the other faults on the PDF's.
 */
function typographyFaults(text: string, spaces = true): string[] {
  const faults: string[] = [];
  const checks: [RegExp, string][] = [
    [/[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]/u, 'apostrophe droite'],
    [/ [;!?]/u, 'espace ordinaire avant ; ! ?'],
    [/[^\s\u00A0\u202F/]:(?=\s)/u, 'deux-points sans espace insécable avant'],
    [/ :/u, 'espace ordinaire avant deux-points'],
    [/«(?![\u00A0\u202F])|(?<![\u00A0\u202F])»/u, 'guillemets sans espace insécable'],
    [/\b1 er\b|\d ème\b/u, '« 1er » mal écrit'],
    [/(?<![\p{L}’'])(?:à|de) (?:Le|Les|Aux) \p{Lu}/u, 'article non contracté (« aux Abymes », « du Havre »)'],
  ];
  for (const [pattern, name] of spaces ? checks : checks.filter(([, name]) => !/espace/.test(name))) {
    const match = pattern.exec(text);
    if (match) faults.push(`${name} : « …${text.slice(Math.max(0, match.index - 25), match.index + 25)}… »`);
  }
  return faults;
}

describe.each(EXAMPLES)('every document of every kit, for the example commune %s (built binary)', (example) => {
  it.each(Object.entries(KITS))('%s: PDF and DOCX of each document, without any warning, in correct French typography', async (kit, documents) => {
    const dir = tempDir();
    const profile = path.join(ROOT, 'examples', example, 'commune.yaml');
    const run = runKit(['generate', kit, '--profile', profile, '--strict', '--json'], { cwd: dir, env: { SOURCE_DATE_EPOCH: EPOCH_2026_11_23 } });
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(run.status).toBe(0);
    expect(report.files.map((file) => `${file.document}.${file.format}`).sort()).toEqual(documents.flatMap((id) => [`${id}.docx`, `${id}.pdf`]).sort());
    for (const id of documents) {
      const pdf = await readPdf(new Uint8Array(readFileSync(path.join(dir, 'sortie', kit, `${id}.pdf`))));
      expect(pdf.pages.length, `${id}.pdf`).toBeGreaterThan(0);
      expect(typographyFaults(pdf.text, false), `${id}.pdf`).toEqual([]);
      // The household checklist is one sheet to slip into the bag, its title on top.
      if (id === 'kit-72h') {
        expect(pdf.pages.length, `${id}.pdf`).toBe(1);
        expect(pdf.pages[0]!.items.find((item) => item.str.includes('Mon kit d’urgence 72'))?.yTopMm).toBeLessThan(35);
      }
      const docx = openDocx(new Uint8Array(readFileSync(path.join(dir, 'sortie', kit, `${id}.docx`))));
      const text = paragraphs(docx).map((paragraph) => paragraph.text).join('\n');
      expect(text.length, `${id}.docx`).toBeGreaterThan(50);
      expect(typographyFaults(text), `${id}.docx`).toEqual([]);
    }
  });
});
