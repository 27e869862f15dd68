import { KitError } from '../diagnostics/index.js';
import { HELPER_NAMES } from './helpers/index.js';
import type { TemplateSource } from './source.js';

type Node = hbs.AST.Node;
type Program = hbs.AST.Program;
type Mustache = hbs.AST.MustacheStatement;

/** The internal helper every `{{ }}` output of a Markdown body goes through: see `output-helper.ts`. */
export const OUTPUT_HELPER = 'sortie';

const HELPERS = new Set<string>(HELPER_NAMES);

export function locate(source: TemplateSource, node: Node): { file: string; line: number; column: number } {
  return { file: source.file, line: source.firstLine + node.loc.start.line - 1, column: node.loc.start.column + 1 };
}

function refuse(source: TemplateSource, node: Node, message: string, hint: string): never {
  throw new KitError({ code: 'TemplateSyntax', message, location: locate(source, node), hint });
}

function stringLiteral(value: string, loc: hbs.AST.SourceLocation): hbs.AST.StringLiteral {
  return { type: 'StringLiteral', value, original: value, loc };
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

function visit(source: TemplateSource, node: Node | undefined, outputHelper: string): void {
  if (!node) return;
  switch (node.type) {
    case 'Program':
      for (const statement of (node as Program).body) visit(source, statement, outputHelper);
      return;
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
      wrapMustache(mustache, outputHelper);
      return;
    }
    case 'BlockStatement': {
      const block = node as hbs.AST.BlockStatement;
      visit(source, block.program, outputHelper);
      visit(source, block.inverse, outputHelper);
      return;
    }
    case 'ContentStatement':
    case 'CommentStatement':
      return;
    case 'PartialStatement':
    case 'PartialBlockStatement':
      refuse(source, node, 'les partiels {{> …}} ne sont pas encore pris en charge dans les modèles.', 'copiez le texte dans le modèle.');
      break;
    default:
      refuse(source, node, `construction Handlebars non autorisée (${node.type}).`, 'utilisez {{champ}}, {{#if}}, {{#each}} ou les aides documentées.');
  }
}

/** Rewrites, in place, the AST that our own code parsed from the template text. */
export function transformTemplate(source: TemplateSource, program: Program, outputHelper: string): Program {
  visit(source, program, outputHelper);
  return program;
}

