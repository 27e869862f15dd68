import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/output/write-file.js';
import { kitRejection } from '../helpers/failure.js';
import { tempDir } from '../helpers/tmpdir.js';

const bytes = (text: string) => new TextEncoder().encode(text);


describe('writeFileAtomic', () => {
  it('writes the whole file, making its folder if missing, and leaves no temporary file', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'sortie', 'lettre.pdf');
    await writeFileAtomic(target, bytes('%PDF-1.7 lettre'), { replace: false, displayPath: 'sortie/lettre.pdf' });
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7 lettre');
    expect(readdirSync(path.dirname(target))).toEqual(['lettre.pdf']);
  });

  it('never overwrites without `replace`: a located error, the file as it was, no temporary file', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'lettre.pdf');
    writeFileSync(target, 'avant');
    const error = await kitRejection(() => writeFileAtomic(target, bytes('après'), { replace: false, displayPath: 'sortie/lettre.pdf' }));
    expect(error.diagnostics[0]).toMatchObject({ code: 'OutputWrite', location: { file: 'sortie/lettre.pdf' } });
    expect(error.diagnostics[0]!.message).toContain('sortie/lettre.pdf');
    expect(readFileSync(target, 'utf8')).toBe('avant');
    expect(readdirSync(dir)).toEqual(['lettre.pdf']);
  });

  it('replaces a file with `replace`', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'lettre.pdf');
    writeFileSync(target, 'avant');
    await writeFileAtomic(target, bytes('après'), { replace: true, displayPath: 'lettre.pdf' });
    expect(readFileSync(target, 'utf8')).toBe('après');
    expect(readdirSync(dir)).toEqual(['lettre.pdf']);
  });

  it('fails cleanly where the target cannot be put in place', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'lettre.pdf');
    mkdirSync(target); // a folder in the way: rename fails
    const error = await kitRejection(() => writeFileAtomic(target, bytes('après'), { replace: true, displayPath: 'lettre.pdf' }));
    expect(error.diagnostics[0]!.code).toBe('OutputWrite');
    expect(readdirSync(dir)).toEqual(['lettre.pdf']);
    expect(statSync(target).isDirectory()).toBe(true);
  });
});
