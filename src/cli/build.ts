// `hinagata build CONFIG... [-o DIR] [--format docx,pdf,md,html]`
import path from 'node:path';
import { stat } from 'node:fs/promises';
import { SingleBar } from 'cli-progress';
import { glob } from 'tinyglobby';
import { defaultJobs, runTasks } from '../batch/pool.js';
import type { BuildOutcome, BuildTask } from '../batch/one.js';
import { DOCS, FORMATS, type DocKind, type Format } from '../build.js';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
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

/** The documents asked for; none (no `--docs`) means the pack's default documents. */
export function parseDocs(list: string | undefined): DocKind[] {
  const out: DocKind[] = [];
  if (list === undefined) return out;
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

/**
 * The folder for one config: DIR/<config file name without extension>; a config named like
 * `init`'s default (hinagata.yaml) is named after the folder it sits in (clients/acme → acme).
 */
export function outputDirFor(config: string, outDir: string): string {
  const name = path.basename(config).replace(/\.(ya?ml|json)$/i, '');
  return path.join(
    outDir,
    name === 'hinagata' ? path.basename(path.dirname(path.resolve(config))) : name,
  );
}

const CONFIG_FILES = /\.(ya?ml|json)$/i;

/** Files, folders (their configs, at any depth) and glob patterns → config files, sorted. */
export async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (info?.isDirectory()) {
      const found = await glob(['**/*.{yaml,yml,json}'], {
        cwd: input,
        ignore: ['**/node_modules/**', '**/output/**'],
      });
      // A folder (or pattern) that holds no config is named, never skipped in silence: in a batch
      // the user would otherwise not notice that a client was left out.
      if (found.length === 0)
        throw new UsageError(
          `フォルダ ${input} には設定ファイル（.yaml、.yml 又は .json）がありません。設定ファイルを置くか、そのファイルを直接指定してください`,
        );
      out.push(...found.sort().map((f) => path.join(input, f)));
    } else if (!info && /[*?[{]/.test(input)) {
      const matched = (await glob([input])).filter((f) => CONFIG_FILES.test(f)).sort();
      if (matched.length === 0)
        throw new UsageError(
          `「${input}」に当てはまる設定ファイル（.yaml、.yml 又は .json）がありません`,
        );
      out.push(...matched);
    } else {
      out.push(input); // a file, or a missing one that the build will report
    }
  }
  return [...new Set(out)];
}

export interface BuildCliOptions {
  output: string;
  format: string;
  docs?: string;
  force?: boolean;
  jobs?: string;
  quiet?: boolean;
  json?: boolean;
}

function report(o: BuildOutcome, opts: BuildCliOptions, io: Io): void {
  if (opts.json) {
    io.out(
      JSON.stringify({
        config: o.config,
        ok: o.ok,
        outputs: o.files,
        ms: Math.round(o.ms),
        failure: o.failure,
        errno: o.errno,
        message: o.message,
        diagnostics: o.diagnostics,
      }),
    );
    return;
  }
  for (const d of o.diagnostics) io.err(formatDiagnostic(d));
  for (const b of o.backups)
    io.err(
      `${o.config}: 変更されていた ${b.replace(/\.bak(\.\d+)?$/, '')} を ${path.join(o.dir, b)} として残しました`,
    );
  if (o.ok) {
    if (!opts.quiet)
      io.out(
        `${o.config} → ${o.dir}${path.sep}（${o.files.map((f) => path.basename(f)).join('、')}）`,
      );
    return;
  }
  if (o.failure === 'internal')
    io.err(`${o.config}: ${o.message?.split('\n')[0] ?? ''}（問題として報告してください）`);
  else if (o.failure === 'unwritable')
    io.err(`${o.config}: ${o.message ?? `${o.dir} に書き出せませんでした（${o.errno ?? ''}）`}`);
  else if (o.failure === 'busy')
    io.err(`${o.config}: ${o.dir} を別の hinagata が使っているため、書き出していません`);
  else {
    const why =
      o.failure === 'edited'
        ? '出力先のファイルが変更されているため'
        : '設定又は文書に誤りがあるため';
    io.err(
      `${o.config}: ${why}、何も書き出していません（${o.diagnostics.filter((d) => d.severity === 'error').length}件）`,
    );
  }
}

export async function runBuild(inputs: string[], opts: BuildCliOptions, io: Io): Promise<number> {
  const formats = parseFormats(opts.format);
  const docs = parseDocs(opts.docs);
  const jobs = opts.jobs === undefined ? defaultJobs() : Number(opts.jobs);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new UsageError(`--jobs には 1 以上の整数を書いてください（いまは ${opts.jobs}）`);
  const configs = await expandInputs(inputs);
  if (configs.length === 0)
    throw new UsageError(`設定ファイルが見つかりません: ${inputs.join(' ')}`);
  const dirs = new Map<string, string>();
  const tasks: BuildTask[] = configs.map((config) => {
    const dir = outputDirFor(config, opts.output);
    const other = dirs.get(dir);
    if (other !== undefined)
      throw new UsageError(
        `${other} と ${config} は同じフォルダ ${dir} に書き出されます。ファイル名を変えてください`,
      );
    dirs.set(dir, config);
    return { config, dir, formats, docs, force: opts.force ?? false };
  });
  // A progress bar for people at a terminal; plain lines for logs and pipes.
  const bar =
    tasks.length > 1 && process.stderr.isTTY && !opts.quiet && !opts.json && io.interactive
      ? new SingleBar({
          format: '{bar} {value}/{total} 件 | {rate} 件/秒 | 残り {eta_formatted}',
          hideCursor: true,
          stream: process.stderr,
          barsize: 30,
        })
      : undefined;
  const started = performance.now();
  bar?.start(tasks.length, 0, { rate: '0.0' });
  let done = 0;
  const outcomes = await runTasks(
    tasks,
    jobs,
    (o) => {
      done++;
      bar?.update(done, { rate: (done / ((performance.now() - started) / 1000)).toFixed(1) });
      if (!bar || !o.ok) report(o, opts, io);
    },
    (message) => io.err(message),
  );
  bar?.stop();
  const failed = outcomes.filter((o) => !o.ok);
  if (tasks.length > 1 && !opts.json) {
    const seconds = (performance.now() - started) / 1000;
    io.err(
      `${tasks.length}件中 ${tasks.length - failed.length}件を書き出しました（${seconds.toFixed(1)} 秒、${(tasks.length / seconds).toFixed(1)} 件/秒）`,
    );
    if (failed.length > 0) io.err(`失敗: ${failed.map((o) => o.config).join('、')}`);
  }
  // Exit 1 for any failed config — invalid, edited, unwritable (errno named) or busy (another
  // build held its folder); --json's `failure` and `errno` tell them apart.
  return failed.length > 0 ? 1 : 0;
}
