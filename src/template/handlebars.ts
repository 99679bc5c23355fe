// The Handlebars environment for clauses: strict (an unknown name is an error), no HTML escaping
// (values arrive as tokens, see tokens.ts), and the helpers of docs/authoring-clauses.md.
import { createHash } from 'node:crypto';
import Handlebars from 'handlebars';
import type { NumberStyle } from '../model/types.js';
import { digits, formatDate } from '../number/format.js';
import { PRECOMPILED } from './precompiled.generated.js';
import type { TokenTable } from './tokens.js';

export interface HelperContext {
  tokens: TokenTable;
  style: NumberStyle;
}

type HelperOptions = Handlebars.HelperOptions;

const CONJUNCTIONS = new Set(['及び', '又は', '並びに', '若しくは']);

/** 「A」「A及びB」「A、B及びC」: the last two joined by the conjunction, the rest by 「、」. */
export function joinJapanese(items: readonly string[], conjunction: string): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join('、')}${conjunction}${items.at(-1) ?? ''}`;
}

export function createEnvironment(ctx: HelperContext): typeof Handlebars {
  const hb = Handlebars.create();
  hb.registerHelper('ref', (id: unknown, options: HelperOptions) => {
    if (typeof id !== 'string')
      throw new Error('ref には条の id を文字列で渡してください（例: {{ref "records"}}）');
    const para = options.hash['para'] as unknown;
    if (para !== undefined && typeof para !== 'string')
      throw new Error('ref の para には項のラベルを文字列で渡してください');
    const form = options.hash['form'] as unknown;
    if (form !== undefined && (form !== 'para' || para === undefined)) {
      throw new Error(
        'ref の form には "para" だけが使え、para と併せて指定します（例: 同条{{ref "records" para="recording" form="para"}}）',
      );
    }
    return ctx.tokens.ref({
      article: id,
      ...(para === undefined ? {} : { paragraph: para }),
      ...(form === 'para' ? { form: 'paragraph' as const } : {}),
    });
  });
  hb.registerHelper('label', (name: unknown) => {
    if (typeof name !== 'string' || !/^[a-z0-9-]+$/.test(name)) {
      throw new Error(
        'label には英小文字、数字及びハイフンの名前を渡してください（例: {{label "recording"}}）',
      );
    }
    return ctx.tokens.label(name);
  });
  hb.registerHelper('join', (list: unknown, conjunction: unknown) => {
    if (!Array.isArray(list)) throw new Error('join の最初の引数はリストにしてください');
    if (typeof conjunction !== 'string' || !CONJUNCTIONS.has(conjunction)) {
      throw new Error('join の接続詞は 及び、又は、並びに又は若しくは のいずれかにしてください');
    }
    return joinJapanese(list.map(String), conjunction);
  });
  hb.registerHelper('date', (iso: unknown) => {
    if (typeof iso !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(iso))
      throw new Error('date には YYYY-MM-DD の日付を渡してください');
    return formatDate(iso, ctx.style);
  });
  hb.registerHelper('num', (n: unknown) => {
    if (typeof n !== 'number' || !Number.isFinite(n))
      throw new Error('num には数値を渡してください');
    return digits(n, ctx.style);
  });
  return hb;
}

export interface TemplateError {
  message: string;
  line?: number;
  column?: number;
}

/** Handlebars errors carry the position in the message or in `lineNumber`/`column`; normalise both. */
export function describeTemplateError(err: unknown): TemplateError {
  const e = err as { message?: string; lineNumber?: number; column?: number };
  const raw = String(e.message ?? err);
  const notDefined = /^"([^"]+)" not defined in .*?(?: - (\d+):(\d+))?$/s.exec(raw);
  if (notDefined) {
    return {
      message: `「${notDefined[1] ?? ''}」はビューにない名前です（docs/authoring-clauses.md の一覧にある名前だけが使えます）`,
      ...(notDefined[2] ? { line: Number(notDefined[2]), column: Number(notDefined[3]) + 1 } : {}),
    };
  }
  const parse = /Parse error on line (\d+):/.exec(raw);
  if (parse) {
    return {
      message: `テンプレートの構文に誤りがあります: ${raw.split('\n').slice(-1)[0] ?? raw}`,
      line: Number(parse[1]),
    };
  }
  return {
    message: raw.replace(/ - \d+:\d+$/, ''),
    ...(e.lineNumber !== undefined ? { line: e.lineNumber } : {}),
    ...(e.column !== undefined ? { column: e.column + 1 } : {}),
  };
}

// One shared environment whose helpers read the build in progress, so that each clause and
// commentary source is compiled once per process instead of once per build (batch builds).
let current: HelperContext | undefined;
const shared = createEnvironment({
  get tokens() {
    if (!current) throw new Error('no template context');
    return current.tokens;
  },
  get style() {
    if (!current) throw new Error('no template context');
    return current.style;
  },
});
// Least recently used first: bounded, so texts that arrive with every request (the web app's
// overrides) cannot grow the process without limit; the bundled library (about 40 sources) fits.
const compiled = new Map<string, HandlebarsTemplateDelegate>();
export const MAX_COMPILED_TEMPLATES = 256;
/** How many compiled templates are kept (for tests of the bound). */
export const compiledTemplateCount = (): number => compiled.size;

const partials = new Map<string, string>();

/** The options every clause, commentary and document body is compiled with. */
export const TEMPLATE_OPTIONS = { strict: true, noEscape: true } as const;
/** The key of a body in the precompiled table (scripts/precompile-templates.ts). */
export const templateKey = (body: string): string =>
  createHash('sha256').update(body).digest('hex');

type TemplateSpecification = Parameters<typeof Handlebars.template>[0];
const precompiled = PRECOMPILED as Record<string, TemplateSpecification | undefined>;

function compile(body: string): HandlebarsTemplateDelegate {
  const spec = precompiled[templateKey(body)];
  if (!spec) return shared.compile(body, { ...TEMPLATE_OPTIONS });
  // compile() leaves its options on the spec, and a partial (`{{> name}}`, given as text) is
  // compiled on first use with them: a precompiled spec carries none, so give it the same ones.
  return shared.template({
    ...spec,
    compilerOptions: { ...TEMPLATE_OPTIONS, data: true },
  } as TemplateSpecification);
}

/**
 * Registers a pack's partial (`{{> name}}`): text shared by several clauses or documents, such as
 * a definition every document of the pack states in the same words.
 */
export function registerPartial(name: string, text: string): void {
  if (partials.get(name) === text) return;
  shared.registerPartial(name, text);
  partials.set(name, text);
}

/** Expands a template with `view`; throws Handlebars errors (positions in the message). */
export function renderTemplate(body: string, view: unknown, ctx: HelperContext): string {
  let template = compiled.get(body);
  if (template) {
    compiled.delete(body);
  } else {
    template = compile(body);
    while (compiled.size >= MAX_COMPILED_TEMPLATES) {
      const oldest = compiled.keys().next().value;
      if (oldest === undefined) break;
      compiled.delete(oldest);
    }
  }
  compiled.set(body, template);
  current = ctx;
  try {
    return template(view);
  } finally {
    current = undefined;
  }
}
