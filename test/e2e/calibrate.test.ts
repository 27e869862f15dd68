import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EPOCH_2026_11_23, runKit } from '../helpers/cli.js';
import { readPdf } from '../helpers/pdf.js';
import { tempDir } from '../helpers/tmpdir.js';

describe('kit calibrate (built binary)', () => {
  it('writes the calibration page, the same bytes twice with SOURCE_DATE_EPOCH, and never overwrites without --force', async () => {
    const dir = tempDir();
    const env = { SOURCE_DATE_EPOCH: EPOCH_2026_11_23 };
    const first = runKit(['calibrate'], { cwd: dir, env });
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('calibrage.pdf');
    const bytes = readFileSync(path.join(dir, 'calibrage.pdf'));
    const pdf = await readPdf(new Uint8Array(bytes));
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.pages[0]).toMatchObject({ widthMm: expect.closeTo(210, 0) as number, heightMm: expect.closeTo(297, 0) as number });
    expect(pdf.text).toMatch(/100\s*%/);

    writeFileSync(path.join(dir, 'calibrage.pdf'), 'à garder');
    const refused = runKit(['calibrate'], { cwd: dir, env });
    expect(refused.status).toBe(7);
    expect(refused.stderr).toContain('calibrage.pdf');
    expect(readFileSync(path.join(dir, 'calibrage.pdf'), 'utf8')).toBe('à garder');

    expect(runKit(['calibrate', '--force', '--out', 'calibrage.pdf'], { cwd: dir, env }).status).toBe(0);
    expect(readFileSync(path.join(dir, 'calibrage.pdf')).equals(bytes)).toBe(true);
  });
});
