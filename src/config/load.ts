// Reads a YAML or JSON config, validates it against the schema and reports every problem at once.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { UserError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { issueToDiagnostics } from './issues.js';
import { positionsOf, type SourcePositions } from './positions.js';
import { configSchema, type Config } from './schema.js';

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

const MAX_BYTES = 4 * 1024 * 1024;

export async function loadConfigFile(file: string): Promise<LoadedConfig> {
  let text: string;
  try {
    const buf = await readFile(file);
    if (buf.length > MAX_BYTES) {
      throw new UserError([
        {
          rule: 'config/too-large',
          severity: 'error',
          file,
          message: `設定ファイルが大きすぎます（${buf.length} バイト、上限 ${MAX_BYTES} バイト）`,
        },
      ]);
    }
    text = buf.toString('utf8');
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const message =
      code === 'ENOENT'
        ? '設定ファイルが見つかりません'
        : code === 'EISDIR'
          ? 'フォルダが指定されました。設定ファイル（.yaml 又は .json）を指定してください'
          : `設定ファイルを読めません（${code ?? String(err)}）`;
    throw new UserError([{ rule: 'config/unreadable', severity: 'error', file, message }]);
  }
  return parseConfigText(text, file, path.dirname(path.resolve(file)));
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
    diagnostics.push({
      rule: 'config/syntax',
      severity: 'error',
      file,
      ...(pos ? { position: { line: pos.line, column: pos.col } } : {}),
      message: `YAML の書き方に誤りがあります（${err.code}: ${(err.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}）`,
      hint: 'インデント、コロンの後の空白、引用符の閉じ忘れを確かめてください',
    });
  }
  if (diagnostics.length > 0) throw new UserError(diagnostics);

  const data: unknown = doc.toJS({ maxAliasCount: 100 });
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
  return [...ds].sort(
    (a, b) =>
      (a.position?.line ?? Infinity) - (b.position?.line ?? Infinity) ||
      (a.position?.column ?? 0) - (b.position?.column ?? 0),
  );
}
