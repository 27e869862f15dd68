import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runKit } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmpdir.js';

/**
 * Golden CLI transcripts (after pandoc's test/command/*.md): each fenced block of a file in
 * test/cli/transcripts/ is a command run in a folder holding the example profile as
 * commune.yaml, then its stdout lines, its stderr lines prefixed "2> " and "=> <exit code>".
 * A block whose first line is "< name" holds a file written into that folder for the next command.
 */
interface Case {
  name: string;
  args: string[];
  stdout: string;
  stderr: string;
  exit: number;
  files: Record<string, string>;
}

function parse(text: string, file: string): Case[] {
  const cases: Case[] = [];
  const blocks = text.split(/^```\n?/m).filter((_, index) => index % 2 === 1);
  let files: Record<string, string> = {};
  for (const block of blocks) {
    const lines = block.replace(/\n$/, '').split('\n');
    const header = lines[0] ?? '';
    if (header.startsWith('< ')) {
      files[header.slice(2).trim()] = `${lines.slice(1).join('\n')}\n`;
      continue;
    }
    if (!header.startsWith('% kit ')) throw new Error(`${file} : bloc sans commande « % kit … »`);
    const body = lines.slice(1);
    const exitLine = body.findIndex((line) => line.startsWith('=> '));
    cases.push({
      name: `${path.basename(file)}: ${header.slice(2)}`,
      args: header.slice('% kit '.length).match(/"[^"]*"|\S+/g)!.map((arg) => arg.replace(/^"|"$/g, '')),
      stdout: body.slice(0, exitLine).filter((line) => !line.startsWith('2> ')).map((line) => `${line}\n`).join(''),
      stderr: body.slice(0, exitLine).filter((line) => line.startsWith('2> ')).map((line) => `${line.slice(3)}\n`).join(''),
      exit: Number(body[exitLine]?.slice(3)),
      files,
    });
    files = {};
  }
  return cases;
}

const dir = path.join(ROOT, 'test', 'cli', 'transcripts');
const cases = readdirSync(dir)
  .filter((name) => name.endsWith('.md'))
  .flatMap((name) => parse(readFileSync(path.join(dir, name), 'utf8'), name));

describe('CLI transcripts', () => {
  it('reads every command of the transcripts', () => {
    const commands = readdirSync(dir).reduce((count, name) => count + (readFileSync(path.join(dir, name), 'utf8').match(/^% kit /gm)?.length ?? 0), 0);
    expect(cases).toHaveLength(commands);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, testCase) => {
    const cwd = tempDir();
    copyFileSync(path.join(ROOT, 'examples', 'sains', 'commune.yaml'), path.join(cwd, 'commune.yaml'));
    for (const [name, content] of Object.entries(testCase.files)) writeFileSync(path.join(cwd, name), content);
    const run = runKit(testCase.args, { cwd });
    expect({ stdout: run.stdout, stderr: run.stderr, exit: run.status }).toEqual({ stdout: testCase.stdout, stderr: testCase.stderr, exit: testCase.exit });
  });
});
