// Reads a YAML or JSON config, validates it against the schema and reports every problem at once.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { UserError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { decodeConfig } from './decode.js';
import { issueToDiagnostics } from './issues.js';
import { positionsOf, type SourcePositions } from './positions.js';
import { configSchema, type Config } from './schema.js';
import { checkYamlTree } from './yaml-checks.js';

export interface LoadedConfig {
  config: Config;
  /** The config file as the user named it (for messages). */
  file: string;
  /** Folder the config lives in: override paths are relative to it. */
  baseDir: string;
  positions: SourcePositions | undefined;
  /**
   * Overrides are the clause text itself, not file paths (the web app: a browser never names
   * files on the server).
   */
  inlineOverrides?: boolean;
}

/**
 * A config is a few kilobytes (one with every list at its limit and every text at 500 characters
 * is about 0.5 MB). 2 MB leaves room for long comments and bounds what parsing YAML costs (a 2 MB
 * flow list of 235,000 values: about 3 s and 420 MB) before the schema's limits can answer.
 */
export const MAX_CONFIG_BYTES = 2 * 1024 * 1024;

/**
 * The config file could not be read as a config at all (missing, a folder, no permission, too
 * large, not UTF-8): `validate` and `diff` exit 2 for it, as for an unreadable .docx.
 */
export class ConfigUnreadable extends UserError {}

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export async function loadConfigFile(file: string): Promise<LoadedConfig> {
  let buf: Buffer;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (info.size > MAX_CONFIG_BYTES) throw tooLarge(file, info.size);
    buf = await readFile(file);
    if (buf.length > MAX_CONFIG_BYTES) throw tooLarge(file, buf.length);
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? '設定ファイルが見つかりません'
        : code === 'EISDIR'
          ? 'フォルダが指定されました。設定ファイル（.yaml、.yml 又は .json）を指定してください'
          : code === 'EACCES' || code === 'EPERM'
            ? '設定ファイルを読む権限がありません'
            : `設定ファイルを読めません（${code ?? String(err)}）`;
    const hint =
      code === 'ENOENT'
        ? 'ファイル名とフォルダを確かめてください（`hinagata init` で雛形を作れます）'
        : code === 'EISDIR'
          ? 'フォルダの中の設定をまとめて作るときは hinagata build フォルダ名/ としてください'
          : code === 'EACCES' || code === 'EPERM'
            ? 'ファイルの読取り権限を確かめてください'
            : undefined;
    throw new ConfigUnreadable([
      {
        rule: 'config/unreadable',
        severity: 'error',
        file,
        message,
        ...(hint ? { hint } : {}),
      },
    ]);
  }
  const decoded = decodeConfig(buf);
  if (!('text' in decoded)) throw new ConfigUnreadable([{ ...decoded, file }]);
  return parseConfigText(decoded.text, file, path.dirname(path.resolve(file)));
}

function tooLarge(file: string, bytes: number): ConfigUnreadable {
  return new ConfigUnreadable([
    {
      rule: 'config/too-large',
      severity: 'error',
      file,
      message: `設定ファイルが大きすぎます（${megabytes(bytes)}、上限 ${megabytes(MAX_CONFIG_BYTES)}）`,
      hint: '設定ファイルを指定したか確かめてください（設定は数キロバイトです）',
    },
  ]);
}

/** Parses config text (YAML; JSON is read as YAML, which keeps line and column for both). */
export function parseConfigText(text: string, file: string, baseDir: string): LoadedConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), {
    lineCounter,
    prettyErrors: true,
    uniqueKeys: true,
  });
  const diagnostics: Diagnostic[] = [];
  for (const err of doc.errors) {
    const pos = err.linePos?.[0];
    const position = pos ? { position: { line: pos.line, column: pos.col } } : {};
    if (err.code === 'RESOURCE_EXHAUSTION') {
      diagnostics.push({
        rule: 'config/too-deep',
        severity: 'error',
        file,
        ...position,
        message: '入れ子（括弧又はインデント）が深すぎて読めません',
        hint: '設定は company.name のように数段の入れ子で書きます。`hinagata init` の雛形を参考にしてください',
      });
      break;
    }
    diagnostics.push({
      rule: 'config/syntax',
      severity: 'error',
      file,
      ...position,
      message: `YAML の書き方に誤りがあります（${err.code}: ${(err.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}）`,
      hint: 'インデント、コロンの後の空白、引用符の閉じ忘れを確かめてください',
    });
  }
  if (diagnostics.length > 0) throw new UserError(diagnostics);
  // Tags, aliases and depth are checked on the tree, so nothing is expanded before it is bounded.
  const treeProblems = checkYamlTree(doc, lineCounter, file);
  if (treeProblems.length > 0) throw new UserError(sortDiagnostics(treeProblems));

  // The expansion is bounded above (checkYamlTree), so yaml's own alias count is not needed.
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: -1 });
  } catch (err) {
    throw new UserError([
      {
        rule: 'config/syntax',
        severity: 'error',
        file,
        message: `YAML を読めません（${(err as Error).message}）`,
        hint: 'アンカー（&名前）、エイリアス（*名前）及びタグ（!名前）を使わずに書いてください',
      },
    ]);
  }
  const positions = positionsOf(doc, lineCounter);
  if (data === null || data === undefined) {
    throw new UserError([
      {
        rule: 'config/empty',
        severity: 'error',
        file,
        message: '設定ファイルが空です',
        hint: '`hinagata init` で雛形の設定ファイルを作れます',
      },
    ]);
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new UserError([
      {
        rule: 'config/not-an-object',
        severity: 'error',
        file,
        position: { line: 1, column: 1 },
        message: `設定はキーと値の組（company:, desk: …）で書いてください（いまは${Array.isArray(data) ? 'リスト' : typeof data}）`,
      },
    ]);
  }
  const result = configSchema.safeParse(data);
  if (!result.success) {
    const ds = result.error.issues.flatMap((issue) =>
      issueToDiagnostics(issue, { schema: configSchema, data, file, positions }),
    );
    throw new UserError(sortDiagnostics(ds));
  }
  return { config: result.data, file, baseDir, positions };
}

function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  // One message per field and problem (a number too large for an integer and for the maximum).
  const seen = new Set<string>();
  const unique = ds.filter((d) => {
    const key = `${d.path ?? ''}\u0000${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort(
    (a, b) =>
      (a.position?.line ?? Infinity) - (b.position?.line ?? Infinity) ||
      (a.position?.column ?? 0) - (b.position?.column ?? 0),
  );
}
