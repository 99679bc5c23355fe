// Import of a YAML config into the page: a file with mistakes still opens. Every value that fits
// a field of the form is kept (the page then shows each schema problem at its field); what has no
// field (an unknown key, a value of the wrong kind) is left out and said; an override that names a
// file is explained, because the page cannot read files.
import { LineCounter, parseDocument } from 'yaml';
import { configJsonSchema } from '../config/json-schema.js';
import { parseConfigText } from '../config/load.js';
import { checkYamlTree } from '../config/yaml-checks.js';
import { UserError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { HttpError } from './http.js';

interface JsonSchema {
  type?: string;
  title?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  const?: unknown;
  enum?: unknown[];
  additionalProperties?: JsonSchema | boolean;
  default?: unknown;
}

/** What the yaml parser's error codes mean, in the words of someone who writes a config. */
const YAML_CODES: Record<string, string> = {
  BAD_INDENT: 'インデント（行頭の空白）がそろっていません',
  TAB_AS_INDENT: 'インデントにタブが使われています。空白で字下げしてください',
  MISSING_CHAR: '閉じる括弧又は引用符が足りません',
  DUPLICATE_KEY: '同じ項目名が二度書かれています',
  BLOCK_AS_IMPLICIT_KEY: '項目名とコロン（:）の書き方に誤りがあります',
  MULTILINE_IMPLICIT_KEY:
    '項目名が複数の行にまたがっています。コロン（:）の後に空白を入れてください',
  UNEXPECTED_TOKEN: '読めない記号があります',
  BAD_SCALAR_START: '値の書き始めに使えない記号があります。値を引用符で囲んでください',
  BAD_ALIAS: 'エイリアス（*名前）の書き方に誤りがあります',
  BAD_DIRECTIVE: '先頭の指示（%で始まる行）の書き方に誤りがあります',
  KEY_OVER_1024_CHARS: '項目名が長すぎます',
  BAD_DQ_ESCAPE: '二重引用符の中の「\\」の使い方に誤りがあります',
};

export function yamlSyntaxDiagnostics(text: string): Diagnostic[] | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, uniqueKeys: true });
  if (doc.errors.length === 0) return undefined;
  return doc.errors.slice(0, 20).map((err) => {
    const pos = err.linePos?.[0];
    const what = YAML_CODES[err.code] ?? 'YAML の書き方に誤りがあります';
    return {
      rule: 'config/syntax',
      severity: 'error' as const,
      message: pos ? `${pos.line}行目（${pos.col}文字目）: ${what}` : what,
      ...(pos ? { position: { line: pos.line, column: pos.col } } : {}),
      hint: 'インデント、コロンの後の空白、引用符の閉じ忘れを確かめてください',
    };
  });
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

/** A path that looks like a file (`./my-purpose.md`), not like clause text. */
export function looksLikeFilePath(s: string): boolean {
  const t = s.trim();
  return (
    !t.includes('\n') &&
    t.length <= 300 &&
    (/\.(md|markdown|txt)$/i.test(t) || /^(\.{1,2}\/|\/|~\/|[A-Za-z]:\\)/.test(t))
  );
}

/**
 * Keeps the values that fit a field of the schema: objects by their known keys, lists item by
 * item, strings, numbers and booleans where the field takes them. Dates the YAML 1.1 reading made
 * into timestamps are turned back into YYYY-MM-DD.
 */
function keepFitting(
  value: unknown,
  s: JsonSchema,
  at: string,
  dropped: Diagnostic[],
): unknown | undefined {
  const drop = (message: string) => {
    dropped.push({ rule: 'config/import-dropped', severity: 'error', path: at, message });
    return undefined;
  };
  if (value instanceof Date) value = value.toISOString().slice(0, 10);
  const variants = s.anyOf ?? s.oneOf;
  if (variants && !s.type) {
    const objectVariants = variants.filter((v) => v.type === 'object');
    if (objectVariants.length > 0 && isObject(value)) {
      const tagged = objectVariants.find(
        (v) =>
          v.properties?.['type']?.const !== undefined &&
          v.properties['type'].const === value['type'],
      );
      const chosen =
        tagged ??
        objectVariants.find((v) => Object.keys(value).every((k) => k in (v.properties ?? {}))) ??
        objectVariants[0]!;
      return keepFitting(value, { ...chosen, type: 'object' }, at, dropped);
    }
    const fits = variants.find((v) => keepFitting(value, v, at, []) !== undefined);
    return fits ? value : drop('この欄に入る値ではないため、読み込みませんでした');
  }
  if (s.type === 'object') {
    if (!isObject(value))
      return drop('項目の並び（「名前: 値」）であるべきところに別の値があります');
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const child = s.properties?.[k];
      const sub = at ? `${at}.${k}` : k;
      if (child) {
        const kept = keepFitting(v, child, sub, dropped);
        if (kept !== undefined) out[k] = kept;
      } else if (s.additionalProperties && typeof s.additionalProperties === 'object') {
        const kept = keepFitting(v, s.additionalProperties, sub, dropped);
        if (kept !== undefined) out[k] = kept;
      } else {
        drop(`「${k}」という項目はありません。読み込みませんでした`);
      }
    }
    return out;
  }
  if (s.type === 'array') {
    if (!Array.isArray(value)) return drop('一覧であるべきところに別の値があります');
    const out: unknown[] = [];
    value.forEach((v, i) => {
      const kept = s.items ? keepFitting(v, s.items, `${at}[${i}]`, dropped) : v;
      if (kept !== undefined) out.push(kept);
    });
    return out;
  }
  if (s.const !== undefined)
    return value === s.const ? value : drop('この欄に入る値ではありません');
  if (s.type === 'string') {
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
    return drop('文字であるべきところに別の値があります');
  }
  if (s.type === 'integer' || s.type === 'number')
    return typeof value === 'number' ? value : drop('数であるべきところに別の値があります');
  if (s.type === 'boolean')
    return typeof value === 'boolean'
      ? value
      : drop('「はい」又は「いいえ」であるべきところに別の値があります');
  return value;
}

export interface Imported {
  /** The config as far as it fits the form. */
  config: Record<string, unknown>;
  /** Every problem of the file: the schema's (with the line in the user's YAML) and what was left out. */
  problems: Diagnostic[];
}

export function importYaml(text: string): Imported {
  const syntax = yamlSyntaxDiagnostics(text);
  if (syntax) throw new HttpError(400, `YAML として読めません（${syntax[0]!.message}）`, syntax);
  const problems: Diagnostic[] = [];
  try {
    parseConfigText(text, 'config', process.cwd());
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    problems.push(...err.diagnostics);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, uniqueKeys: true });
  const tree = checkYamlTree(doc, lineCounter, 'config');
  if (tree.length > 0) throw new HttpError(400, 'この YAML は読み込めません', tree);
  const data: unknown = doc.toJS({ maxAliasCount: -1 });
  if (!isObject(data))
    throw new HttpError(
      400,
      '設定として読めません（「company:」のような項目の並びではありません）',
      problems,
    );
  const dropped: Diagnostic[] = [];
  const config = (keepFitting(data, configJsonSchema() as JsonSchema, '', dropped) ?? {}) as Record<
    string,
    unknown
  >;
  // An override that names a file: the page cannot read the user's files, so it says so.
  const overrides = config['overrides'];
  if (isObject(overrides)) {
    for (const [id, v] of Object.entries(overrides)) {
      if (typeof v === 'string' && looksLikeFilePath(v)) {
        delete overrides[id];
        problems.push({
          rule: 'config/override-file',
          severity: 'error',
          path: `overrides.${id}`,
          message: `条「${id}」の差替えはファイル（${v.trim()}）を指しています。この画面はファイルを読めないため、読み込みませんでした`,
          hint: 'そのファイルの文言を、プレビューの上の「条の文言を変える」で、その条の欄に貼り付けてください',
        });
      }
    }
  }
  // A problem the schema reports for a value that was left out is said once (the schema's words).
  const paths = new Set(problems.map((p) => p.path));
  for (const d of dropped) if (!paths.has(d.path)) problems.push(d);
  return { config, problems };
}
