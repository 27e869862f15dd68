import { KitError } from '../../diagnostics/index.js';
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
