import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EPOCH_2026_11_23, runKit } from '../helpers/cli.js';
import { openDocx } from '../helpers/docx.js';
import { tempDir } from '../helpers/tmpdir.js';

const ASSOCIATION = 'expediteur:\n  nom: Alex Martin\n  adresse: ["12 rue des Lilas"]\n  code_postal: "35610"\n  commune: Sains\n';
const CSV = 'Code INSEE;Code postal;Civilité;Prénom;Nom;Adresse\r\n35248;35610;Madame;Camille;Dupont;1 place de la Mairie\r\n76351;76600;Monsieur;Paul;Martin;1 place de l’Hôtel-de-Ville\r\n';

/** The embedded font parts of every DOCX written in `dir`. */
function fontParts(dir: string): string[][] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.docx'))
    .map((name) => Object.keys(openDocx(new Uint8Array(readFileSync(path.join(dir, name)))).files).filter((part) => part.startsWith('word/fonts/')));
}

describe('DOCX fonts in a batch (built binary)', () => {
  const run = (extra: string[]) => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'association.yaml'), ASSOCIATION);
    writeFileSync(path.join(dir, 'maires.csv'), CSV);
    const result = runKit(['generate', 'resilience', '--documents', 'lettre-maire', '--csv', 'maires.csv', '--profile', 'association.yaml', '--format', 'docx', ...extra], {
      cwd: dir,
      env: { SOURCE_DATE_EPOCH: EPOCH_2026_11_23 },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    return fontParts(path.join(dir, 'sortie', 'resilience', 'lettre-maire'));
  };

  it('leaves the font out of each letter by default (540 kB a file), and puts it in with --polices', () => {
    expect(run([])).toEqual([[], []]);
    expect(run(['--polices']).map((parts) => parts.length)).toEqual([4, 4]);
  });
});
