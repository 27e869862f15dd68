/** The cell delimiters a CSV file may use, in order of preference when counts are equal. */
export const DELIMITERS = [';', '\t', ','] as const;

export type Delimiter = (typeof DELIMITERS)[number];

/** French names, for messages and for the report of which delimiter was used. */
export const DELIMITER_LABELS: Readonly<Record<Delimiter, string>> = {
  ';': 'point-virgule',
  '\t': 'tabulation',
  ',': 'virgule',
};

/** How `--delimiter` is written on a command line for each delimiter. */
export const DELIMITER_FLAGS: Readonly<Record<Delimiter, string>> = {
  ';': "--delimiter ';'",
  '\t': "--delimiter tab",
  ',': "--delimiter ','",
};

export interface Sniffed {
  delimiter: Delimiter;
  /** How many of each were found in the header line, outside quotes. */
  counts: Record<Delimiter, number>;
}

/**
 * Chooses the delimiter from the header line: the one of `;` tab `,` found most often outside
 * quotes (csv-parse's own `delimiter_auto` crashes on any non-ASCII character in 7.0.3, so it
 * is not used: reliability B3-3). Equal counts go to `;` (French Excel), then tab, then `,`;
 * none at all (a single column) also gives `;`.
 */
export function sniffDelimiter(headerLine: string): Sniffed {
  const counts: Record<Delimiter, number> = { ';': 0, '\t': 0, ',': 0 };
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === ';' || char === '\t' || char === ',')) counts[char]++;
  }
  let delimiter: Delimiter = ';';
  for (const candidate of DELIMITERS) if (counts[candidate] > counts[delimiter]) delimiter = candidate;
  return { delimiter, counts };
}

/**
 * The first line of `text` (the header), up to its line break outside quotes, or `undefined`
 * when the line break has not been read yet. Leading blank lines are skipped, as csv-parse does.
 */
export function firstLine(text: string): string | undefined {
  let start = 0;
  while (start < text.length && (text[start] === '\n' || text[start] === '\r')) start++;
  let quoted = false;
  for (let i = start; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) return text.slice(start, i);
  }
  return undefined;
}

/** Parses the value of `--delimiter`: `;`, `,`, a tab, or the words `tab`, `tabulation`, `point-virgule`, `virgule`. */
export function parseDelimiter(value: string): Delimiter | undefined {
  const word = value.trim().toLowerCase();
  if (value === '\t' || word === 'tab' || word === 'tabulation' || word === '\\t') return '\t';
  if (word === ';' || word === 'point-virgule' || word === 'pointvirgule' || word === 'semicolon') return ';';
  if (word === ',' || word === 'virgule' || word === 'comma') return ',';
  return undefined;
}
