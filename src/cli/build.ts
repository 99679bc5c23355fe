// `hinagata build CONFIG... [-o DIR] [--format docx,pdf,md,html]`
import path from 'node:path';
import { DOCS, FORMATS, buildFile, type DocKind, type Format } from '../build.js';
import { UserError, formatDiagnostic } from '../diagnostics/diagnostic.js';
import { readFile } from 'node:fs/promises';
import { sha256, writeOutputFolder } from '../output/folder.js';
import { packageVersion } from '../source/paths.js';
import { buildTimestamp } from '../build.js';
import type { Io } from './main.js';
import { UsageError } from './usage.js';

export function parseFormats(list: string): Format[] {
  const names = list
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (names.length === 0)
    throw new UsageError('--format に出力形式を一つ以上書いてください（例: docx,pdf）');
  const out: Format[] = [];
  for (const name of names) {
    if ((FORMATS as readonly string[]).includes(name)) {
      if (!out.includes(name as Format)) out.push(name as Format);
    } else {
      throw new UsageError(`出力形式 ${name} はありません（使える形式: ${FORMATS.join(', ')}）`);
    }
  }
  return out;
}

export function parseDocs(list: string): DocKind[] {
  const out: DocKind[] = [];
  for (const name of list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (!(DOCS as readonly string[]).includes(name)) {
      throw new UsageError(`文書 ${name} はありません（作れる文書: ${DOCS.join(', ')}）`);
    }
    if (!out.includes(name as DocKind)) out.push(name as DocKind);
  }
  if (out.length === 0)
    throw new UsageError('--docs に文書を一つ以上書いてください（例: guideline,commentary）');
  return out;
}

/** The folder for one config: DIR/<config file name without extension>. */
export function outputDirFor(config: string, outDir: string): string {
  return path.join(outDir, path.basename(config).replace(/\.(ya?ml|json)$/i, ''));
}

export async function runBuild(
  configs: string[],
  opts: { output: string; format: string; docs: string; force?: boolean },
  io: Io,
): Promise<number> {
  const formats = parseFormats(opts.format);
  const docs = parseDocs(opts.docs);
  const dirs = new Map<string, string>();
  for (const config of configs) {
    const dir = outputDirFor(config, opts.output);
    const other = dirs.get(dir);
    if (other !== undefined) {
      throw new UsageError(
        `${other} と ${config} は同じフォルダ ${dir} に書き出されます。ファイル名を変えてください`,
      );
    }
    dirs.set(dir, config);
  }
  let failed = 0;
  for (const config of configs) {
    const dir = outputDirFor(config, opts.output);
    try {
      const result = await buildFile(config, formats, docs, { force: opts.force ?? false });
      for (const d of result.diagnostics) io.err(formatDiagnostic(d));
      const { backups } = await writeOutputFolder(
        dir,
        result.files,
        {
          version: 1,
          tool: `hinagata ${packageVersion()}`,
          template: {
            id: result.document.meta.template,
            version: result.document.meta.templateVersion,
          },
          config: { file: path.basename(config), sha256: sha256(await readFile(config)) },
          built: buildTimestamp(result.document).toISOString(),
        },
        {
          force: opts.force ?? false,
          // Test hook for crash safety: die as a killed process would, between staging and swap.
          ...(process.env['HINAGATA_TEST_KILL_BEFORE_SWAP']
            ? { beforeSwap: () => void process.kill(process.pid, 'SIGKILL') }
            : {}),
        },
      );
      for (const b of backups)
        io.err(
          `${config}: 変更されていた ${b.replace(/\.bak$/, '')} を ${path.join(dir, b)} として残しました`,
        );
      io.out(`${config} → ${dir}${path.sep}（${result.files.map((f) => f.name).join('、')}）`);
    } catch (err) {
      if (!(err instanceof UserError)) {
        const code = (err as NodeJS.ErrnoException).code;
        if (
          ['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'ENOSPC', 'EISDIR'].includes(code ?? '')
        ) {
          io.err(`${config}: 出力先 ${dir} に書き込めません（${code}）`);
          failed++;
          continue;
        }
        throw err;
      }
      failed++;
      for (const d of err.diagnostics) io.err(formatDiagnostic(d));
      const why = err.diagnostics.every((d) => d.rule.startsWith('output/'))
        ? '出力先のファイルが変更されているため'
        : '設定又は文書に誤りがあるため';
      const errors = err.diagnostics.filter((d) => d.severity === 'error').length;
      io.err(`${config}: ${why}、何も書き出していません（${errors}件）`);
    }
  }
  return failed > 0 ? 1 : 0;
}
