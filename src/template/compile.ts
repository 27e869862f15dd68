import Handlebars from 'handlebars';
import { KitError } from '../diagnostics/index.js';
import { TEMPLATE_HELPERS } from './helpers/index.js';
import { fieldReads, type FieldReads } from './field-reads.js';
import { callLocation, markdownOutput, MissingFieldError, NotTextError, plainOutput } from './output-helper.js';
import type { PartialSet, PartialSource } from './partials.js';
import type { TemplateSource } from './source.js';
import { OUTPUT_HELPER, transformTemplate } from './transform.js';

const PLAIN_OUTPUT_HELPER = 'sortie_texte';

/**
 * The safe compile set of reliability.md B1: strict lookups, our helpers only, no prototype
 * access options, never `compat`. Runtime options carry nothing else than the helpers.
 */
export const COMPILE_OPTIONS = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: Object.fromEntries(
    [...Object.keys(TEMPLATE_HELPERS), OUTPUT_HELPER, PLAIN_OUTPUT_HELPER].map((name) => [name, true]),
  ),
  preventIndent: true,
  explicitPartialContext: true,
  noEscape: true, // escaping is done by our output helper, for Markdown instead of HTML
  data: true,
} as const;

export type Render = (context: object) => string;

/** What a kit adds to the engine: its partials, and who wants to know the fields each template reads. */
export interface TemplateScope {
  /** Partials `{{> nom}}` may include in a Markdown body. */
  partials?: PartialSet;
  /** Called after each template compiles, with the fields it reads (partials included). */
  onCompile?: (reads: FieldReads, source: TemplateSource) => void;
}

export interface TemplateEngine {
  /** Compiles a Markdown body: every value is escaped so that data stays literal text. */
  compileMarkdown(source: TemplateSource): Render;
  /** Compiles a plain-text field (front matter value): values are checked, not escaped. */
  compilePlain(source: TemplateSource): Render;
  /** The same Handlebars environment, with a kit's partials and an observer of field reads. */
  scoped(scope: TemplateScope): TemplateEngine;
}

/** A helper refused its argument; `file` is set when the call is in a partial. */
class HelperError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
    readonly file?: string,
  ) {
    super(message);
  }
}

/** Our helpers throw a TypeError in French; this adds where the template called them. */
function locatedHelper(helper: (...args: never[]) => unknown): Handlebars.HelperDelegate {
  return (...args: unknown[]) => {
    try {
      return (helper as (...values: unknown[]) => unknown)(...args);
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      const loc = callLocation(args[args.length - 1] as Handlebars.HelperOptions);
      throw new HelperError(error.message, loc.start.line, loc.start.column, loc.source);
    }
  };
}

type HandlebarsEnv = typeof Handlebars & {
  Compiler: new () => { compile(ast: hbs.AST.Program, options: object): unknown };
  JavaScriptCompiler: new () => { compile(env: unknown, options: object, context: undefined, asObject: true): unknown };
};

function parseError(source: TemplateSource, error: unknown): KitError {
  const message = error instanceof Error ? error.message : String(error);
  const line = /on line (\d+)/.exec(message)?.[1];
  const expecting = /Expecting (.*), got '([^']*)'/.exec(message);
  return new KitError({
    code: 'TemplateSyntax',
    message: 'erreur de syntaxe Handlebars dans le modèle.',
    location: { file: source.file, ...(line !== undefined && { line: source.firstLine + Number(line) - 1 }) },
    ...(expecting && { actual: expecting[2] === 'EOF' ? 'fin du fichier' : expecting[2], expected: expecting[1] }),
    hint: 'vérifiez que chaque {{#if}} ou {{#each}} est fermé par {{/if}} ou {{/each}}, et que les accolades vont par deux.',
  });
}

function compileError(source: TemplateSource, error: unknown): KitError {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /unknown helper (\S+) - (\d+):(\d+)/.exec(message);
  if (unknown) {
    return new KitError({
      code: 'TemplateSyntax',
      message: `aide inconnue « ${unknown[1]} ».`,
      location: { file: source.file, line: source.firstLine + Number(unknown[2]) - 1, column: Number(unknown[3]) + 1 },
      actual: unknown[1],
      expected: Object.keys(TEMPLATE_HELPERS).join(', '),
      hint: 'utilisez une des aides documentées dans le README.',
    });
  }
  return parseError(source, error);
}

function renderError(source: TemplateSource, error: unknown): KitError {
  // A partial's nodes carry their own file; their lines count from its first line.
  const at = (line: number, column: number, file?: string) =>
    file === undefined ? { file: source.file, line: source.firstLine + line - 1, column: column + 1 } : { file, line, column: column + 1 };
  if (error instanceof KitError) return error;
  if (error instanceof MissingFieldError) {
    return new KitError({
      code: 'TemplateMissingField',
      message: `le modèle utilise le champ « ${error.field} », absent du profil.`,
      location: { ...at(error.line, error.column, error.file), field: error.field },
      hint: `ajoutez « ${error.field} » au profil, ou entourez ce passage de {{#if ${error.field}}} … {{/if}} s’il est facultatif.`,
    });
  }
  if (error instanceof NotTextError) {
    return new KitError({ code: 'TemplateRender', message: error.message, location: at(error.line, error.column, error.file) });
  }
  if (error instanceof HelperError) {
    return new KitError({ code: 'TemplateRender', message: `le modèle n’a pas pu être rempli : ${error.message}`, location: at(error.line, error.column, error.file) });
  }
  const message = error instanceof Error ? error.message : String(error);
  // Strict mode: "\"nom\" not defined in [object Object] - 2:9" (block parameters, {{#each}} …).
  const strict = /"([^"]+)" not defined in .* - (\d+):(\d+)/.exec(message);
  if (strict) {
    return new KitError({
      code: 'TemplateMissingField',
      message: `le modèle utilise le champ « ${strict[1]} », absent du profil.`,
      location: { ...at(Number(strict[2]), Number(strict[3])), field: strict[1] },
      hint: `ajoutez « ${strict[1]} » au profil, ou entourez ce passage de {{#if …}} s’il est facultatif.`,
    });
  }
  if (error instanceof RangeError) {
    return new KitError({ code: 'TemplateRender', message: 'le modèle s’appelle lui-même sans fin.', location: { file: source.file } });
  }
  return new KitError({ code: 'TemplateRender', message: `le modèle n’a pas pu être rempli : ${message}`, location: { file: source.file } });
}

/** One Handlebars environment per run (never the global one), with our helpers only. */
export function createTemplateEngine(): TemplateEngine {
  const hb = Handlebars.create() as HandlebarsEnv;
  const helpers: Record<string, Handlebars.HelperDelegate> = {
    ...Object.fromEntries(Object.entries(TEMPLATE_HELPERS).map(([name, helper]) => [name, locatedHelper(helper)])),
    [OUTPUT_HELPER]: markdownOutput,
    [PLAIN_OUTPUT_HELPER]: plainOutput,
  };

  // A partial's nodes are located in its own file (`srcName`), which the helpers then see.
  const parsePartial = (partial: PartialSource): hbs.AST.Program => {
    try {
      return hb.parse(partial.text, { srcName: partial.file });
    } catch (error) {
      throw parseError({ file: partial.file, text: partial.text, firstLine: 1 }, error);
    }
  };

  function compile(source: TemplateSource, outputHelper: string, scope: TemplateScope): Render {
    let program: hbs.AST.Program;
    try {
      program = hb.parse(source.text);
    } catch (error) {
      throw parseError(source, error);
    }
    const markdown = outputHelper === OUTPUT_HELPER;
    transformTemplate(source, program, {
      outputHelper,
      ...(markdown && { partials: scope.partials ?? new Map(), parse: parsePartial }),
    });
    scope.onCompile?.(fieldReads(program), source);
    // Compile now, not on first use (Handlebars compiles lazily): a bad template fails when the
    // kit loads, not on the 500th row of a batch. Same steps as Handlebars' own compileInput.
    const options = { ...COMPILE_OPTIONS, knownHelpers: { ...COMPILE_OPTIONS.knownHelpers } };
    let template: Handlebars.TemplateDelegate;
    try {
      const environment = new hb.Compiler().compile(program, options);
      const spec = new hb.JavaScriptCompiler().compile(environment, options, undefined, true);
      template = hb.template(spec as TemplateSpecification);
    } catch (error) {
      throw compileError(source, error);
    }
    return (context) => {
      try {
        return template(context, { helpers });
      } catch (error) {
        throw renderError(source, error);
      }
    };
  }

  const engine = (scope: TemplateScope): TemplateEngine => ({
    compileMarkdown: (source) => compile(source, OUTPUT_HELPER, scope),
    compilePlain: (source) => compile(source, PLAIN_OUTPUT_HELPER, scope),
    scoped: (inner) => engine(inner),
  });
  return engine({});
}
