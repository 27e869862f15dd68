import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../helpers/cli.js';

/** Every template file of the built-in kits and every shared partial, with its text. */
export function templateFiles(): { file: string; text: string }[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const relative = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(relative);
      else if (entry.name.endsWith('.md')) files.push(relative);
    }
  };
  walk('kits');
  walk('templates');
  return files.sort().map((file) => ({ file, text: readFileSync(path.join(ROOT, file), 'utf8') }));
}
