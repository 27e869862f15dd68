/**
 * The French typography rules (domain.md §4), each a function from a run's text to edits. They
 * run one after the other, each on the result of the previous one; every rule leaves text it has
 * already fixed as it is, so the whole pass is idempotent.
 */
import type { Edit, Run } from './runs.js';

export const NBSP = '\u00A0';
export const NNBSP = '\u202F';

/** Horizontal spaces: what authors type, and what the rules produce. */
const SPACE = '[ \\t\\u00A0\\u2009\\u202F]';
const isSpace = (char: string | undefined): boolean => char !== undefined && /^[ \t\u00A0\u2009\u202F]$/.test(char);
const isWhitespace = (char: string | undefined): boolean => char !== undefined && /^\s$/u.test(char);

/** Unit symbols and words after a number: no line break in between ("72 h", "50 €"). */
const UNITS = [
  // time
  'h', 'min', 'mn', 's', 'ms', 'j', 'heure', 'heures', 'minute', 'minutes', 'seconde', 'secondes', 'jour', 'jours',
  'semaine', 'semaines', 'mois', 'an', 'ans', 'année', 'années',
  // money
  '€', 'k€', 'M€', 'Md€', '$', '£', 'euro', 'euros', 'centimes',
  // length, area, volume, mass
  'mm', 'cm', 'dm', 'm', 'km', 'm²', 'km²', 'cm²', 'ha', 'hectares', 'm³', 'L', 'l', 'mL', 'ml', 'cL', 'cl', 'dL', 'dl',
  'hL', 'hl', 'litre', 'litres', 'mètre', 'mètres', 'kilomètre', 'kilomètres', 'mg', 'g', 'kg', 't', 'µg', 'μg',
  'gramme', 'grammes', 'kilo', 'kilos', 'tonne', 'tonnes',
  // physics
  '%', '‰', '°', '°C', '°F', 'K', 'W', 'kW', 'kWh', 'MW', 'MWh', 'GW', 'V', 'kV', 'mA', 'Hz', 'dB', 'Pa', 'hPa', 'bar',
  'Bq', 'kBq', 'Sv', 'mSv', 'µSv', 'μSv', 'Go', 'Mo', 'ko', 'To',
  'degré', 'degrés',
];
/** Nouns that make a long number clearly a quantity in prose (not a postcode, code or phone). */
const COUNTED = [
  'habitant', 'habitants', 'personne', 'personnes', 'logement', 'logements', 'foyer', 'foyers', 'ménage', 'ménages',
  'électeur', 'électeurs', 'électrices', 'résident', 'résidents', 'adhérent', 'adhérents', 'bénévole', 'bénévoles',
  'membre', 'membres', 'enfant', 'enfants', 'élève', 'élèves', 'exemplaire', 'exemplaires', 'signature', 'signatures',
  'visiteur', 'visiteurs', 'commune', 'communes', 'maison', 'maisons', 'bâtiment', 'bâtiments', 'famille', 'familles',
  'emploi', 'emplois', 'salarié', 'salariés', 'véhicule', 'véhicules', 'arbre', 'arbres', 'victime', 'victimes',
  'sinistré', 'sinistrés', 'abonné', 'abonnés', 'lettre', 'lettres', 'courrier', 'courriers',
];

const escape = (word: string): string => word.replace(/[$()*+.?[\\\]^{|}/]/g, '\\$&');
const alternation = (words: readonly string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

/** A unit, or a unit per unit ("Bq/m³", "km/h", "µg/m³"). */
const UNIT = `(?:${alternation(UNITS)})(?:/(?:${alternation(UNITS)}))?`;
const WORD_END = "(?![\\p{L}\\p{N}\\p{M}'’²³_@])";
/** A number starts here: not inside a word, a code (R125-11), a time (12:30), a ratio or a path. */
const NUMBER_START = '(?<![\\p{L}\\p{N}\\p{M}_./,:\\\\])(?<![\\p{L}\\p{N}][-‐])';

const DIGIT = /\d/;
/** The least a number with thousands has: five digits, or a digit then a group of three. */
const FIVE_DIGITS = /\d(?:\d{4}|[ \t\u00A0\u2009\u202F]\d{3})/;

function edits(text: string, pattern: RegExp, edit: (match: RegExpExecArray) => Edit | Edit[] | undefined): Edit[] {
  const out: Edit[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const found = edit(match);
    if (Array.isArray(found)) out.push(...found);
    else if (found) out.push(found);
    if (match[0] === '') pattern.lastIndex++;
  }
  return out;
}

/** l'été → l’été: the apostrophe between two letters. */
const APOSTROPHE = /(?<=[\p{L}\p{M}])'(?=\p{L})/gu;
function apostrophes(run: Run): Edit[] {
  if (!run.text.includes("'")) return [];
  return edits(run.text, APOSTROPHE, (m) => ({ start: m.index, end: m.index + 1, text: '’' }));
}

/** "..." → "…" (exactly three dots). */
const DOTS = /(?<!\.)\.\.\.(?!\.)/g;
function ellipsis(run: Run): Edit[] {
  if (!run.text.includes('...')) return [];
  return edits(run.text, DOTS, (m) => ({ start: m.index, end: m.index + 3, text: '…' }));
}

/** 1ère → 1re, 1ères → 1res, 2ème / 2eme / 2è / 2ième → 2e, XIXème → XIXe; "1er" stays. */
const FIRST = /(?<![\p{L}\p{N}\p{M}])1(?:ère|ere)(s?)(?![\p{L}\p{N}\p{M}])/gu;
const NTH = /(?<![\p{L}\p{N}\p{M}])(\d+|[IVXLC]+)(?:ième|ieme|ème|eme|è)(s?)(?![\p{L}\p{N}\p{M}])/gu;
function ordinals(run: Run): Edit[] {
  if (!/[\dIVXLC](?:i?[eè]me|[eè]re|è)/.test(run.text)) return [];
  const first = edits(run.text, FIRST, (m) => ({ start: m.index + 1, end: m.index + m[0].length, text: `re${m[1]}` }));
  const nth = edits(run.text, NTH, (m) => {
    const number = m[1]!;
    if (number === '1' || number === 'I') return undefined; // 1er or 1re: the gender is not known
    return { start: m.index + number.length, end: m.index + m[0].length, text: `e${m[2]}` };
  });
  return [...first, ...nth];
}

const OPENS_BEFORE = new Set(['(', '[', '{', '«', '“', '‘', '—', '–', '/', "'", '’']);
const CLOSES_AFTER = new Set(['.', ',', ';', ':', '!', '?', '…', ')', ']', '}', '»', '”', '’', "'", '-']);
/** Brackets and guillemets: a quote right inside them opens or closes, as if a space were there. */
const OPENERS = new Set(['(', '[', '{', '«', '“', '‘']);
const CLOSERS = new Set([')', ']', '}', '»', '”']);

/**
 * Straight double quotes in prose, in pairs: "mot" → « mot » (“mot” inside « »). All or
 * nothing: when a quote of the run cannot be told opening or closing, or has no partner (15",
 * a stray quote), every quote stays as typed — converting some would change how the others
 * read on a second pass, and the pass must be idempotent.
 */
function quotes(run: Run): Edit[] {
  const text = run.text;
  if (!text.includes('"')) return [];
  let unlocked = 0;
  for (let i = 0; i < text.length; i++) if (text[i] === '"' && run.locks[i] === 0) unlocked++;
  const out: Edit[] = [];
  let open: number | undefined;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (run.locks[i] !== 0) continue;
    if (char === '«') depth++;
    else if (char === '»') depth = Math.max(0, depth - 1);
    if (char !== '"') continue;
    const before = text[i - 1];
    const after = text[i + 1];
    // The same verdict whether or not a no-break space was already put inside « » or ( ).
    const opening =
      (before === undefined || isWhitespace(before) || OPENS_BEFORE.has(before)) &&
      after !== undefined && !isWhitespace(after) && !CLOSERS.has(after) && after !== '"';
    const closing =
      before !== undefined && !isWhitespace(before) && !OPENERS.has(before) && before !== '"' &&
      (after === undefined || isWhitespace(after) || CLOSES_AFTER.has(after));
    if (opening && !closing) open = i;
    else if (closing && !opening && open !== undefined) {
      const nested = depth > 0;
      out.push({ start: open, end: open + 1, text: nested ? '“' : '«' });
      out.push({ start: i, end: i + 1, text: nested ? '”' : '»' });
      open = undefined;
    }
  }
  return out.length === unlocked ? out : [];
}

/** An incise dash typed as a hyphen between spaces: "Objet - DICRIM" → "Objet – DICRIM". */
const INCISE = /(?<=[\p{L}\p{M})»”…] )-(?= [\p{L}(«“])/gu;
function dashes(run: Run): Edit[] {
  if (!run.text.includes(' - ')) return [];
  return edits(run.text, INCISE, (m) => ({ start: m.index, end: m.index + 1, text: '–' }));
}

/** « mot » with one no-break space inside, whatever was typed (none, spaces, thin spaces). */
const GUILLEMET = /[«»]/g;
function guillemets(run: Run): Edit[] {
  const text = run.text;
  const out: Edit[] = [];
  GUILLEMET.lastIndex = 0;
  for (let found = GUILLEMET.exec(text); found; found = GUILLEMET.exec(text)) {
    const i = found.index;
    const char = found[0];
    if (char === '«') {
      let j = i + 1;
      while (isSpace(text[j])) j++;
      if (j >= text.length || text[j] === '\n') continue;
      out.push({ start: i + 1, end: j, text: NBSP, owner: j > i + 1 ? run.owners[i + 1]! : run.owners[i]! });
    } else if (char === '»') {
      let k = i;
      while (isSpace(text[k - 1])) k--;
      if (k === 0 || text[k - 1] === '\n') continue;
      out.push({ start: k, end: i, text: NBSP, owner: k < i ? run.owners[k]! : run.owners[i]! });
    }
  }
  return out;
}

const HIGH_PUNCTUATION = new Set([';', '!', '?', ':']);
const AFTER_COLON = new Set(['»', '”', '"']);
const AFTER_MARK = new Set([')', ']', '»', '”', '"', '’', "'", '…']);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '«', '“', '‘', '"', '/', '\\']);

/**
 * Before « : » a no-break space, before « ; ! ? » a narrow no-break space: replacing the spaces
 * typed, or inserted when there is none ("Vraiment?" → "Vraiment ?"). Only punctuation of prose
 * is concerned: followed by a space, the end, or a closing mark — never "12:30", "a?b", ":-)".
 */
const HIGH_MARK = /[;:!?]/g;
function highPunctuation(run: Run): Edit[] {
  const text = run.text;
  const out: Edit[] = [];
  HIGH_MARK.lastIndex = 0;
  for (let found = HIGH_MARK.exec(text); found; found = HIGH_MARK.exec(text)) {
    const i = found.index;
    const mark = found[0];
    if (HIGH_PUNCTUATION.has(text[i - 1] ?? '')) continue;
    let j = i + 1;
    while (HIGH_PUNCTUATION.has(text[j] ?? '')) j++;
    const after = text[j];
    const endsProse = after === undefined || isWhitespace(after);
    if (mark === ':' ? !(j === i + 1 && (endsProse || AFTER_COLON.has(after!))) : !(endsProse || AFTER_MARK.has(after!))) continue;
    const space = mark === ':' ? NBSP : NNBSP;
    let k = i;
    while (isSpace(text[k - 1])) k--;
    const before = text[k - 1];
    if (before === undefined || before === '\n' || NO_SPACE_AFTER.has(before)) continue;
    out.push({ start: k, end: i, text: space, owner: k < i ? run.owners[k]! : run.owners[i]! });
  }
  return out;
}

/** "72 h", "6 L", "50 €", "300 Bq/m³": a no-break space between a number and its unit. */
const NUMBER_UNIT = new RegExp(`${NUMBER_START}(\\d+(?:[.,]\\d+)?)(${SPACE}+)(?:${UNIT})${WORD_END}`, 'gu');
/** "12 h 15": no break before the minutes either. */
const HOUR_MINUTES = new RegExp(`${NUMBER_START}(\\d{1,2}${SPACE}*h)(${SPACE}+)\\d{2}(?![\\p{L}\\p{N}])`, 'gu');
function units(run: Run): Edit[] {
  if (!DIGIT.test(run.text)) return [];
  const number = edits(run.text, NUMBER_UNIT, (m) => {
    const start = m.index + m[1]!.length;
    return { start, end: start + m[2]!.length, text: NBSP };
  });
  const minutes = edits(run.text, HOUR_MINUTES, (m) => {
    const start = m.index + m[1]!.length;
    return { start, end: start + m[2]!.length, text: NBSP };
  });
  return [...number, ...minutes];
}

/**
 * Thousands separated by narrow no-break spaces ("34 875 habitants", "1 234,50 €"), only for a
 * number clearly a quantity: followed by a unit or a counted noun ("1 000 000 d’habitants").
 * Postcodes, INSEE codes, phone numbers, years and codes are never followed by one, and numbers
 * of four digits stay whole.
 */
const QUANTITY_END = `(?=${SPACE}+(?:de${SPACE}+|d[’'])?(?:${UNIT}|${alternation(COUNTED)})${WORD_END})`;
// Not the tail of a number already grouped by hand ("1 234567 habitants" is left as typed).
const LONG_NUMBER = new RegExp(`${NUMBER_START}(?<!\\p{N}${SPACE})[1-9]\\d{4,}(?=(?:,\\d+)?${QUANTITY_END})`, 'gu');
const GROUPED_NUMBER = new RegExp(`${NUMBER_START}\\d{1,3}(?:${SPACE}\\d{3})+(?=(?:,\\d+)?${QUANTITY_END})(?![\\p{N}])`, 'gu');
function thousands(run: Run): Edit[] {
  if (!FIVE_DIGITS.test(run.text)) return [];
  const long = edits(run.text, LONG_NUMBER, (m) => {
    const digits = m[0];
    const out: Edit[] = [];
    for (let cut = digits.length - 3; cut > 0; cut -= 3) out.push({ start: m.index + cut, end: m.index + cut, text: NNBSP, owner: run.owners[m.index + cut]! });
    return out;
  });
  const grouped = edits(run.text, GROUPED_NUMBER, (m) => {
    const out: Edit[] = [];
    for (let i = 0; i < m[0].length; i++) {
      if (isSpace(m[0][i])) out.push({ start: m.index + i, end: m.index + i + 1, text: NNBSP });
    }
    return out;
  });
  return [...long, ...grouped];
}

/** In order: characters first, then spacing around what they became. */
export const RULES: ReadonlyArray<(run: Run) => Edit[]> = [
  apostrophes,
  ellipsis,
  ordinals,
  quotes,
  dashes,
  guillemets,
  highPunctuation,
  thousands,
  units,
];
