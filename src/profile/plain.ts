import { isAlias, isMap, isNode, isScalar, isSeq, type Alias, type Document, type Node, type Pair, type Scalar } from 'yaml';
import type { Diagnostic, DiagnosticInit } from '../diagnostics/index.js';
import { cleanText } from './clean.js';
import { codePoint, excerpt, quote } from './french.js';
import { LIMITS } from './limits.js';
import { dottedPath, label, type DataPath, type Locator, type SourceMap } from './locate.js';

export interface Plain {
  /** Plain data: null-prototype objects, arrays and NFC strings; `undefined` for an empty file. */
  data: unknown;
  diagnostics: Diagnostic[];
}

/** YAML words for "no value" (the core schema's null): an empty optional field is simply absent. */
const NULL_WORDS: ReadonlySet<string> = new Set(['~', 'null', 'Null', 'NULL']);

/** What an empty value converts to: the key is left out, so an optional field is absent. */
const ABSENT = Symbol('absent');

/** Thrown to stop the conversion at a resource limit; its diagnostic is already recorded. */
class Abort extends Error {}

/**
 * Converts the YAML tree to plain data, never through `toJS` and never by merging into an
 * existing object: maps become null-prototype objects with own properties (`__proto__` is then
 * just an unknown key), aliases are expanded under a count and a size limit, nesting is bounded,
 * every string is cleaned (NFC, control characters removed with a warning), and the position of
 * every value is recorded in `sources` for the schema's messages.
 */
export function toPlain(doc: Document.Parsed, text: string, locator: Locator, sources: SourceMap): Plain {
  const converter = new Converter(text, locator, sources);
  let data: unknown;
  try {
    const root = doc.contents;
    data = root ? converter.node(root, [], 1) : undefined;
  } catch (error) {
    if (!(error instanceof Abort)) throw error;
    data = undefined;
  }
  return { data: data === ABSENT ? undefined : data, diagnostics: converter.diagnostics };
}

class Converter {
  readonly diagnostics: Diagnostic[] = [];
  private readonly anchors = new Map<string, Node>();
  private readonly open = new Set<Node>();
  private aliases = 0;
  private nodes = 0;
  private expanding = 0;
  private tooDeep = false;
  /** The alias written in the file whose expansion is under way (limits are reported there). */
  private writtenAlias: { node: Alias; path: DataPath } | undefined;

  constructor(
    private readonly text: string,
    private readonly locator: Locator,
    private readonly sources: SourceMap,
  ) {}

  node(node: Node, path: DataPath, depth: number): unknown {
    if (++this.nodes > LIMITS.maxNodes) {
      this.fail(node, path, `profil trop volumineux : plus de ${LIMITS.maxNodes} valeurs.`, 'un profil n’a que quelques dizaines de champs : vérifiez le fichier.');
    }
    if (depth > LIMITS.maxDepth) return this.deep(node, path);
    if (node.anchor && this.expanding === 0) this.anchors.set(node.anchor, node);
    if (isAlias(node)) return this.alias(node, path, depth);
    if (isScalar(node)) return this.scalar(node, path);
    this.open.add(node);
    try {
      if (isMap(node)) return this.map(node.items, node, path, depth);
      if (isSeq(node)) return this.seq(node.items, node, path, depth);
    } finally {
      this.open.delete(node);
    }
    return ABSENT;
  }

  private scalar(node: Scalar, path: DataPath): unknown {
    const raw = typeof node.value === 'string' ? node.value : String(node.value ?? '');
    const offset = node.range?.[0];
    const { text, removed } = cleanText(raw);
    this.warnControls(removed, offset, path);
    const plainNull = node.type === 'PLAIN' && NULL_WORDS.has(text);
    if (text.trim() === '' || plainNull) {
      this.sources.set(path, { kind: 'empty', valueOffset: offset, ...(plainNull && { nullWord: text }) });
      this.commentedColour(node, path);
      return ABSENT;
    }
    this.sources.set(path, { kind: 'text', valueOffset: offset, written: excerpt(text, 60) });
    return text;
  }

  private map(pairs: Pair[], node: Node, path: DataPath, depth: number): unknown {
    this.sources.set(path, { kind: 'section', valueOffset: node.range?.[0], written: this.written(node) });
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    const seen = new Map<string, string>();
    for (const pair of pairs) {
      const keyNode = pair.key;
      if (!isScalar(keyNode)) continue; // stringKeys: already a YAML error
      const raw = String(keyNode.value ?? '');
      const keyOffset = keyNode.range?.[0];
      const { text: key, removed } = cleanText(raw);
      const keyPath = [...path, key];
      this.warnControls(removed, keyOffset, keyPath);
      if (seen.has(key)) {
        this.duplicate(keyOffset, keyPath, key, seen.get(key) !== raw);
        continue;
      }
      seen.set(key, raw);
      this.sources.set(keyPath, { kind: 'empty', keyOffset });
      const value = isNode(pair.value) ? this.node(pair.value, keyPath, depth + 1) : ABSENT;
      if (value !== ABSENT) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }

  /** An empty item stays in the list as `''`, so that the schema reports it at its place. */
  private seq(items: unknown[], node: Node, path: DataPath, depth: number): unknown {
    this.sources.set(path, { kind: 'list', valueOffset: node.range?.[0], written: this.written(node), count: items.length });
    return items.map((item, index) => {
      const itemPath = [...path, index];
      if (!isNode(item)) this.sources.set(itemPath, { kind: 'empty', valueOffset: node.range?.[0] });
      const value = isNode(item) ? this.node(item, itemPath, depth + 1) : ABSENT;
      return value === ABSENT ? '' : value;
    });
  }

  private alias(node: Alias, path: DataPath, depth: number): unknown {
    const name = `*${node.source}`;
    if (this.expanding === 0) this.writtenAlias = { node, path };
    if (++this.aliases > LIMITS.maxAliases) {
      const site = this.writtenAlias ?? { node, path };
      this.fail(site.node, site.path, `trop d’alias : plus de ${LIMITS.maxAliases} références (*${site.node.source}), le profil est refusé.`, 'écrivez les valeurs en entier au lieu de les répéter avec des alias (*nom).');
    }
    const target = this.anchors.get(node.source);
    if (!target) {
      this.error(node.range?.[0], path, `alias ${quote(name)} inconnu.`, `définissez l’ancre &${node.source} avant ${name}, ou écrivez la valeur en entier.`);
      return ABSENT;
    }
    if (this.open.has(target)) {
      this.error(node.range?.[0], path, `alias ${quote(name)} récursif : il se contient lui-même.`, 'écrivez la valeur en entier.');
      return ABSENT;
    }
    this.expanding++;
    try {
      const value = this.node(target, path, depth);
      const entry = this.sources.get(path);
      if (entry) this.sources.set(path, { ...entry, valueOffset: node.range?.[0] });
      return value;
    } finally {
      this.expanding--;
    }
  }

  private deep(node: Node, path: DataPath): unknown {
    if (!this.tooDeep) {
      this.tooDeep = true;
      this.error(node.range?.[0], path, `imbrication trop profonde (plus de ${LIMITS.maxDepth} niveaux) : le profil est refusé.`, 'un profil n’a que trois niveaux (section, champ, liste) : vérifiez l’indentation.');
    }
    return ABSENT;
  }

  private duplicate(offset: number | undefined, path: DataPath, key: string, normalized: boolean): void {
    this.diagnostics.push({
      severity: 'error',
      code: 'ProfileParse',
      message: `clé ${quote(key)} en double${normalized ? ' (même clé une fois les accents normalisés)' : ''}.`,
      location: this.locator.at(offset, dottedPath(path)),
      actual: key,
      hint: `gardez une seule ligne « ${key}: » dans cette section.`,
    });
  }

  /** Control characters are removed from keys and values with a warning (reliability B3-9). */
  private warnControls(removed: string[], offset: number | undefined, path: DataPath): void {
    if (removed.length === 0) return;
    const list = removed.map(codePoint).join(', ');
    const plural = removed.length > 1 ? 's' : '';
    this.warn(offset, path, {
      code: 'ProfileEncoding',
      message: `${label(path)} : caractère${plural} de contrôle supprimé${plural} (${list}).`,
      actual: list,
      hint: 'retapez la valeur : ces caractères invisibles viennent souvent d’un copier-coller.',
    });
  }

  /** `couleur: #1d4e89` reads as an empty value followed by a comment: say so. */
  private commentedColour(node: Scalar, path: DataPath): void {
    const word = node.comment?.trim().split(/\s/)[0] ?? '';
    if (node.type !== 'PLAIN' || !/^[0-9a-f]{6}$/i.test(word) || !/\d/.test(word)) return;
    this.warn(node.range?.[0], path, {
      code: 'ProfileParse',
      message: `${label(path)} : valeur vide, car « # » commence un commentaire en YAML.`,
      actual: `#${word}`,
      hint: `mettez la valeur entre guillemets : ${String(path[path.length - 1])}: "#${word}"`,
    });
  }

  /** A short excerpt of a collection as written (`[a, b]`, `{nom: X}`, or its first line). */
  private written(node: Node): string | undefined {
    const range = node.range;
    return range ? excerpt(this.text.slice(range[0], range[1])) : undefined;
  }

  private fail(node: Node, path: DataPath, message: string, hint: string): never {
    this.error(node.range?.[0], path, message, hint);
    throw new Abort();
  }

  private error(offset: number | undefined, path: DataPath, message: string, hint: string): void {
    this.diagnostics.push({ severity: 'error', code: 'ProfileParse', message, location: this.locator.at(offset, dottedPath(path)), hint });
  }

  private warn(offset: number | undefined, path: DataPath, init: DiagnosticInit): void {
    this.diagnostics.push({ severity: 'warning', ...init, location: this.locator.at(offset, dottedPath(path)) });
  }
}
