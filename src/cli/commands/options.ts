import { parseDelimiter, type Delimiter } from '../../data/delimiter.js';
import { KitError } from '../../diagnostics/index.js';
import { FLYER_PAPERS, POSTER_PAPERS, type FlyerPaper, type PosterPaper } from '../../pipeline/print-options.js';
import { isOutputFormat, OUTPUT_FORMATS, type OutputFormat } from '../../writers/index.js';

/** "a, b,,c" → ["a", "b", "c"] */
export function parseList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

export function parseFormats(value: string): OutputFormat[] {
  const formats = parseList(value.toLowerCase());
  const unknown = formats.filter((format) => !isOutputFormat(format));
  if (formats.length === 0 || unknown.length > 0) {
    throw new KitError({
      code: 'UnknownFormat',
      message: `format de sortie inconnu : « ${unknown.join(', ') || value} ».`,
      actual: value,
      expected: OUTPUT_FORMATS.join(', '),
      hint: `utilisez par exemple --format ${OUTPUT_FORMATS.join(',')}`,
    });
  }
  return [...new Set(formats)] as OutputFormat[];
}

/** SOURCE_DATE_EPOCH (reproducible builds convention): seconds since 1970, or undefined. */
export function sourceDateEpoch(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.SOURCE_DATE_EPOCH;
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d+$/.test(raw)) {
    throw new KitError({
      code: 'Usage',
      message: 'SOURCE_DATE_EPOCH doit être un nombre de secondes depuis le 1er janvier 1970.',
      actual: raw,
      expected: 'un entier, par exemple 1795392000',
    });
  }
  return Number(raw);
}

/** Commander accumulator for repeatable options (`--kit-path a --kit-path b`). */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** --encoding for a CSV. */
export function parseEncoding(value: string): 'utf-8' | 'windows-1252' {
  const normalized = value.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (normalized === 'utf8') return 'utf-8';
  if (['windows1252', 'cp1252', 'win1252', 'ansi', 'latin1', 'iso88591'].includes(normalized)) return 'windows-1252';
  throw new KitError({ code: 'Usage', message: `codage inconnu « ${value} ».`, actual: value, expected: 'utf-8 ou windows-1252' });
}

/** --delimiter for a CSV: « ; », « , », a tab, or their names (see src/data/delimiter.ts). */
export function parseDelimiterOption(value: string): Delimiter {
  const delimiter = parseDelimiter(value);
  if (delimiter !== undefined) return delimiter;
  throw new KitError({
    code: 'Usage',
    message: `séparateur inconnu « ${value} ».`,
    actual: value,
    expected: '« ; », « , » ou « tab »',
    hint: 'par exemple --delimiter ";" (entre guillemets : dans un terminal, le point-virgule sépare les commandes).',
  });
}

/** --jobs for a batch: a whole number of worker threads, at least 1. */
export function parseJobs(value: string): number {
  if (/^\d+$/.test(value.trim()) && Number(value) >= 1) return Number(value);
  throw new KitError({ code: 'Usage', message: `--jobs attend un nombre entier de fils de calcul, au moins 1.`, actual: value, expected: 'par exemple --jobs 2' });
}

/** One of `choices`, matched without regard to case ("a3" is A3). */
function parseChoice<T extends string>(flag: string, value: string, choices: readonly T[]): T {
  const found = choices.find((choice) => choice.toLowerCase() === value.trim().toLowerCase());
  if (found) return found;
  throw new KitError({ code: 'Usage', message: `${flag} : format de papier inconnu « ${value} ».`, actual: value, expected: choices.join(', ') });
}

/** --affiche: paper of posters. */
export function parsePosterPaper(value: string): PosterPaper {
  return parseChoice('--affiche', value, POSTER_PAPERS);
}

/** --flyer: paper of flyers, alone or imposed on A4. */
export function parseFlyerPaper(value: string): FlyerPaper {
  return parseChoice('--flyer', value, FLYER_PAPERS);
}
