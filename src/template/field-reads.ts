/**
 * Which fields of the context a template reads, and which of those it reads without a guard:
 * those are the fields a document needs (a missing one would fail the rendering). Works on
 * the rewritten AST, partials inlined, so a partial's reads count where it is included.
 */
export interface FieldReads {
  /** Every field path of the root context the template reads, in order of first appearance. */
  read: string[];
  /** The paths read outside any `{{#if}}`, `{{#unless}}`, `{{#each}}` or `{{#with}}` on that path (or on a parent of it). */
  required: string[];
}

type Frame = 'root' | 'item';

interface Scope {
  /** Contexts from the root: `{{#each}}` and `{{#with}}` push one whose fields are not the root's. */
  frames: readonly Frame[];
  /** Root paths tested by enclosing blocks. */
  guards: readonly string[];
}

const GUARD_HELPERS = new Set(['if', 'unless']);
const CONTEXT_HELPERS = new Set(['each', 'with']);

/** The root path an expression reads, or undefined when it reads an item, a literal or @data. */
function rootPath(expression: hbs.AST.Expression, scope: Scope): string | undefined {
  if (expression.type !== 'PathExpression') return undefined;
  const path = expression as hbs.AST.PathExpression;
  if (path.data) {
    return path.parts[0] === 'root' && path.parts.length > 1 ? path.parts.slice(1).join('.') : undefined;
  }
  const frame = scope.frames[scope.frames.length - 1 - path.depth];
  if (frame !== 'root' || path.parts.length === 0) return undefined;
  return path.parts.join('.');
}

function isGuarded(path: string, guards: readonly string[]): boolean {
  return guards.some((guard) => path === guard || path.startsWith(`${guard}.`));
}

export function fieldReads(program: hbs.AST.Program): FieldReads {
  const read: string[] = [];
  const required: string[] = [];
  const add = (path: string | undefined, scope: Scope) => {
    if (path === undefined) return;
    if (!read.includes(path)) read.push(path);
    if (!isGuarded(path, scope.guards) && !required.includes(path)) required.push(path);
  };
  const expression = (node: hbs.AST.Expression | undefined, scope: Scope): void => {
    if (!node) return;
    if (node.type === 'SubExpression') {
      const sub = node as hbs.AST.SubExpression;
      for (const param of sub.params) expression(param, scope);
      for (const pair of sub.hash?.pairs ?? []) expression(pair.value, scope);
      return;
    }
    add(rootPath(node, scope), scope);
  };
  const statements = (body: readonly hbs.AST.Statement[], scope: Scope): void => {
    for (const statement of body) {
      if (statement.type === 'MustacheStatement') {
        const mustache = statement as hbs.AST.MustacheStatement;
        for (const param of mustache.params) expression(param, scope);
        for (const pair of mustache.hash?.pairs ?? []) expression(pair.value, scope);
      } else if (statement.type === 'BlockStatement') {
        block(statement as hbs.AST.BlockStatement, scope);
      }
    }
  };
  const block = (node: hbs.AST.BlockStatement, scope: Scope): void => {
    const name = node.path.type === 'PathExpression' ? (node.path as hbs.AST.PathExpression).original : '';
    // `{{#champ}}…{{/champ}}` without a helper is an `if` and a `with` on that field.
    const tested = node.params.length === 0 ? node.path : GUARD_HELPERS.has(name) || CONTEXT_HELPERS.has(name) ? node.params[0] : undefined;
    const guard = tested && rootPath(tested, scope);
    const inner: Scope = {
      frames: node.params.length === 0 || CONTEXT_HELPERS.has(name) ? [...scope.frames, 'item'] : scope.frames,
      guards: guard === undefined ? scope.guards : [...scope.guards, guard],
    };
    if (tested) {
      // The tested field is read, but an absent value is a valid answer to the test.
      if (guard !== undefined && !read.includes(guard)) read.push(guard);
      for (const param of node.params.slice(1)) expression(param, scope);
    } else {
      for (const param of node.params) expression(param, scope);
    }
    for (const pair of node.hash?.pairs ?? []) expression(pair.value, scope);
    statements(node.program?.body ?? [], inner);
    // The inverse ({{else}}) runs in the outer context, still under the test.
    statements(node.inverse?.body ?? [], { frames: scope.frames, guards: inner.guards });
  };
  statements(program.body, { frames: ['root'], guards: [] });
  return { read, required };
}
