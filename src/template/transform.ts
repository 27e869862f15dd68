import { KitError } from '../diagnostics/index.js';
import { HELPER_NAMES } from './helpers/index.js';
import type { PartialSet, PartialSource } from './partials.js';
import type { TemplateSource } from './source.js';

type Node = hbs.AST.Node;
type Program = hbs.AST.Program;
type Mustache = hbs.AST.MustacheStatement;

/** The internal helper every `{{ }}` output of a Markdown body goes through: see `output-helper.ts`. */
export const OUTPUT_HELPER = 'sortie';

const HELPERS = new Set<string>(HELPER_NAMES);
/** Handlebars' own block helpers, known to the compiler even with `knownHelpersOnly`. */
const BUILTIN_HELPERS = new Set(['if', 'unless', 'each', 'with', 'lookup', 'log']);

export function locate(source: TemplateSource, node: Node): { file: string; line: number; column: number } {
  return { file: source.file, line: source.firstLine + node.loc.start.line - 1, column: node.loc.start.column + 1 };
}

function refuse(source: TemplateSource, node: Node, message: string, hint: string): never {
  throw new KitError({ code: 'TemplateSyntax', message, location: locate(source, node), hint });
}

function stringLiteral(value: string, loc: hbs.AST.SourceLocation): hbs.AST.StringLiteral {
  return { type: 'StringLiteral', value, original: value, loc };
}

/** What the rewrite needs besides the template: its output helper and, for a body, its partials. */
export interface TransformOptions {
  outputHelper: string;
  /** Partials a body may include; undefined where partials make no sense (front matter fields). */
  partials?: PartialSet;
  /** Parses a partial's text (with its file name as the source of every node location). */
  parse?: (partial: PartialSource) => Program;
}

interface Walk extends TransformOptions {
  source: TemplateSource;
  /** Partials being included, outermost first: a name seen twice is a cycle. */
  including: readonly string[];
}

/** `{{x y}}`, `(x y)`, `{{#x y}}`: a helper call must name one of our helpers (checked here to locate it in its own file). */
function checkHelper(walk: Walk, node: Node, path: hbs.AST.Expression, isCall: boolean): void {
  if (path.type !== 'PathExpression') return;
  const name = (path as hbs.AST.PathExpression).original;
  if (!isCall || (path as hbs.AST.PathExpression).data || HELPERS.has(name) || BUILTIN_HELPERS.has(name)) return;
  throw new KitError({
    code: 'TemplateSyntax',
    message: `aide inconnue « ${name} ».`,
    location: locate(walk.source, node),
    actual: name,
    expected: HELPER_NAMES.join(', '),
    hint: 'utilisez une des aides documentées dans le README.',
  });
}

function visitExpression(walk: Walk, node: hbs.AST.Expression | undefined): void {
  if (!node || node.type !== 'SubExpression') return;
  const sub = node as hbs.AST.SubExpression;
  checkHelper(walk, sub, sub.path, true);
  for (const param of sub.params) visitExpression(walk, param);
  for (const pair of sub.hash?.pairs ?? []) visitExpression(walk, pair.value);
}

/**
 * `{{expr}}` becomes `{{sortie expr champ="expr"}}` and `{{helper a b}}` becomes
 * `{{sortie (helper a b)}}`: the output helper escapes every value for Markdown (or checks it
 * for plain-text fields) and reports a missing field with its template location, which
 * Handlebars' strict mode does not do for helper arguments.
 */
function wrapMustache(node: Mustache, outputHelper: string): void {
  const path = node.path;
  const isHelperCall =
    path.type === 'PathExpression' &&
    !(path as hbs.AST.PathExpression).data &&
    HELPERS.has((path as hbs.AST.PathExpression).original);
  const loc = node.loc;
  let argument: hbs.AST.Expression;
  const pairs: hbs.AST.HashPair[] = [];
  if (isHelperCall || node.params.length > 0 || node.hash?.pairs.length) {
    const sub: hbs.AST.SubExpression = {
      type: 'SubExpression',
      path: path as hbs.AST.PathExpression,
      params: node.params,
      hash: node.hash,
      loc,
    };
    argument = sub;
  } else {
    argument = path;
    if (path.type === 'PathExpression') {
      pairs.push({ type: 'HashPair', key: 'champ', value: stringLiteral((path as hbs.AST.PathExpression).original, loc), loc });
    }
  }
  node.path = { type: 'PathExpression', data: false, depth: 0, parts: [outputHelper], original: outputHelper, loc } as hbs.AST.PathExpression;
  node.params = [argument];
  node.hash = { type: 'Hash', pairs, loc };
}

/** True when the statement is alone on its line (Handlebars then drops that line's newline). */
function isStandalone(source: TemplateSource, node: Node): boolean {
  const lines = source.text.split('\n');
  const before = (lines[node.loc.start.line - 1] ?? '').slice(0, node.loc.start.column);
  const after = (lines[node.loc.end.line - 1] ?? '').slice(node.loc.end.column);
  return before.trim() === '' && after.trim() === '';
}

/**
 * `{{> nom}}`: the partial's text is parsed, checked and rewritten like the template itself
 * (in its own file, for located errors), then its statements take the place of the tag. The
 * partial thus reads the same context, block parameters included, as text pasted there.
 */
function inlinePartial(walk: Walk, node: hbs.AST.PartialStatement): Node[] {
  const { source } = walk;
  if (node.type !== 'PartialStatement' || node.name.type !== 'PathExpression' || (node.name as hbs.AST.PathExpression).parts.length !== 1) {
    refuse(source, node, 'seule la forme {{> nom}} est acceptée pour inclure un partiel.', 'écrivez {{> nom}}, où nom.md est dans partiels/ du kit ou dans templates/.');
  }
  if (node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0) {
    refuse(source, node, 'un partiel ne prend pas de paramètre : il lit les mêmes champs que le modèle.', 'écrivez {{> nom}} seul.');
  }
  const name = (node.name as hbs.AST.PathExpression).original;
  if (!walk.partials || !walk.parse) {
    refuse(source, node, 'les partiels {{> …}} ne s’utilisent que dans le corps du modèle.', 'placez {{> nom}} après l’en-tête.');
  }
  const partial = walk.partials.get(name);
  if (!partial) {
    const names = [...walk.partials.keys()].sort();
    throw new KitError({
      code: 'KitInvalid',
      message: `partiel introuvable « ${name} ».`,
      location: locate(source, node),
      actual: name,
      expected: names.length > 0 ? names.join(', ') : 'aucun partiel disponible',
      hint: `créez ${name}.md dans le dossier partiels/ du kit, ou utilisez un partiel de la liste.`,
    });
  }
  if (walk.including.includes(name)) {
    throw new KitError({
      code: 'KitInvalid',
      message: `le partiel « ${name} » s’inclut lui-même : ${[...walk.including, name].join(' → ')}.`,
      location: locate(source, node),
      hint: 'retirez l’une de ces inclusions.',
    });
  }
  const text = isStandalone(source, node) ? partial.text : partial.text.replace(/\r?\n$/, '');
  const partialSource: TemplateSource = { file: partial.file, text, firstLine: 1 };
  const program = walk.parse({ ...partial, text });
  visit({ ...walk, source: partialSource, including: [...walk.including, name] }, program);
  return program.body;
}

function visit(walk: Walk, node: Node | undefined): void {
  if (!node) return;
  const { source } = walk;
  switch (node.type) {
    case 'Program': {
      const program = node as Program;
      program.body = program.body.flatMap((statement) => {
        if (statement.type === 'PartialStatement') return inlinePartial(walk, statement as hbs.AST.PartialStatement) as hbs.AST.Statement[];
        visit(walk, statement);
        return [statement];
      });
      return;
    }
    case 'MustacheStatement': {
      const mustache = node as Mustache;
      if (!mustache.escaped) {
        refuse(
          source,
          node,
          'les triples accolades {{{ }}} et {{& }} sont refusées : les données sont toujours du texte.',
          'écrivez {{champ}} avec deux accolades.',
        );
      }
      checkHelper(walk, node, mustache.path, mustache.params.length > 0 || (mustache.hash?.pairs.length ?? 0) > 0);
      for (const param of mustache.params) visitExpression(walk, param);
      for (const pair of mustache.hash?.pairs ?? []) visitExpression(walk, pair.value);
      wrapMustache(mustache, walk.outputHelper);
      return;
    }
    case 'BlockStatement': {
      const block = node as hbs.AST.BlockStatement;
      checkHelper(walk, node, block.path, block.params.length > 0 || (block.hash?.pairs.length ?? 0) > 0);
      for (const param of block.params) visitExpression(walk, param);
      for (const pair of block.hash?.pairs ?? []) visitExpression(walk, pair.value);
      visit(walk, block.program);
      visit(walk, block.inverse);
      return;
    }
    case 'ContentStatement':
    case 'CommentStatement':
      return;
    case 'PartialBlockStatement':
      refuse(source, node, 'les blocs de partiel {{#> …}} ne sont pas pris en charge.', 'écrivez {{> nom}} pour inclure un partiel.');
      break;
    default:
      refuse(source, node, `construction Handlebars non autorisée (${node.type}).`, 'utilisez {{champ}}, {{#if}}, {{#each}} ou les aides documentées.');
  }
}

/** Rewrites, in place, the AST that our own code parsed from the template text; partials are inlined. */
export function transformTemplate(source: TemplateSource, program: Program, options: TransformOptions | string): Program {
  const settings = typeof options === 'string' ? { outputHelper: options } : options;
  visit({ ...settings, source, including: [] }, program);
  return program;
}
