// The command line: `hinagata build|validate|diff|verify|serve|init …`. Exit codes (the README's
// table): 0 done; 1 an invalid config or guideline, an edited or unwritable output, a file that
// failed verify (and, in build, a config that could not be read: one failed client of a batch);
// 2 a wrong command line, or an input validate, diff or verify cannot read (missing, a folder, no
// permission, too large, not UTF-8, not a Word file); 70 an internal error (a bug: --debug shows
// the stack). A user mistake is printed as diagnostics, never as a stack trace.
import { Command, CommanderError, Option } from 'commander';
import path from 'node:path';
import { packageVersion } from '../source/paths.js';
import { DOCS, FORMATS } from '../formats.js';
import type { BuildCliOptions } from './build.js';
import type { DiffCliOptions } from './diff.js';
import { UsageError } from './usage.js';
import { formatDiagnostic, UserError } from '../diagnostics/diagnostic.js';

// Each command's module (and what it needs: the assembler, the validator, the diff, the server,
// the PDF writer) is imported when that command runs, so that `hinagata --help` loads none of it.

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** A person is watching (progress bars allowed). */
  interactive?: boolean;
}

/** Exit codes (the README's table). */
export const EXIT = { ok: 0, failed: 1, usage: 2, unreadable: 2, internal: 70 } as const;

/** File-system failures a user can fix (permissions, space, limits), by errno code. */
const IO_ERRORS: Record<string, string> = {
  EACCES: '権限がありません',
  EPERM: '権限がありません',
  ENOSPC: 'ディスクの空きがありません',
  EDQUOT: 'ディスクの使用量の上限に達しました',
  EROFS: '読取り専用の場所です',
  EFBIG: 'ファイルの大きさの上限（ulimit -f）を超えます',
  ENOENT: '見つかりません',
  ENOTDIR: 'フォルダではありません',
  EISDIR: 'フォルダです',
  EEXIST: '既にあります',
  ENOTEMPTY: 'フォルダが空ではありません',
  EMFILE: '開いているファイルが多すぎます',
  ENFILE: '開いているファイルが多すぎます',
  EBUSY: '使用中です',
  EIO: '入出力エラーです',
};

const defaultIo: Io = {
  out: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
  err: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
  interactive: true,
};

export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  let exitCode = 0;
  const debug = argv.includes('--debug');
  const program = new Command()
    .name('hinagata')
    .description('雛形: 会社の設定から顧客相談ガイドラインとその附属文書を作ります')
    .version(packageVersion(), '-V, --version')
    .option('--debug', '予期しないエラーのときにスタックトレースを表示する')
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) })
    .exitOverride()
    .showSuggestionAfterError(true);

  program
    .command('build')
    .description(
      '設定ファイルから文書を作り、設定ごとのフォルダ（DIR/<設定ファイル名>/）に書き出す',
    )
    .argument(
      '<config...>',
      '設定ファイル（.yaml / .yml / .json）、フォルダ又はパターン（clients/*.yaml）',
    )
    .option('-o, --output <dir>', '出力先フォルダ', 'output')
    .addOption(
      new Option('-f, --format <list>', `出力形式（カンマ区切り）: ${FORMATS.join(', ')}`).default(
        FORMATS.join(','),
      ),
    )
    .option('--force', '検査でエラーがあっても書き出す（エラーは警告として表示する）')
    .addOption(
      new Option(
        '-d, --docs <list>',
        `作る文書（カンマ区切り）: ${DOCS.join(', ')}。省略するとテンプレートの既定の文書`,
      ),
    )
    .option('-j, --jobs <n>', '同時に作る件数（ワーカースレッドの数。既定はコア数）')
    .option('-q, --quiet', '書き出したものを一件ずつ表示しない（エラーは表示する）')
    .option('--json', '一件ごとに一行の JSON を出力する（config, outputs, ms, diagnostics）')
    .exitOverride()
    .action(async (configs: string[], opts: BuildCliOptions) => {
      const { runBuild } = await import('./build.js');
      exitCode = await runBuild(configs, opts, io);
    });

  program
    .command('validate')
    .description(
      'ガイドライン（設定ファイル、Word 文書又は Markdown）の必須の定め及び整合性を検査する',
    )
    .argument('<file...>', '設定ファイル（.yaml/.json）、.docx 又は .md')
    .addOption(new Option('--format <format>', '出力の形式: text 又は json').default('text'))
    .exitOverride()
    .action(async (files: string[], opts: { format: string }) => {
      const { runValidate } = await import('./validate.js');
      exitCode = await runValidate(files, opts, io);
    });

  program
    .command('diff')
    .description(
      '二つの版（設定ファイル、Word 文書又は Markdown）を比べ、新旧対照表と見え消し版を書き出す',
    )
    .argument('<old>', '改正前（.yaml/.json、.docx 又は .md）')
    .argument('<new>', '改正後（.yaml/.json、.docx 又は .md）')
    .option('-o, --output <dir>', '出力先フォルダ', path.join('output', 'diff'))
    .option('--full', '変更のない条及び項も（略）とせずに示す')
    .addOption(
      new Option(
        '--labels <labels>',
        '列の見出し: kaisei（改正後／改正前）又は shinkyu（新／旧）',
      ).default('kaisei'),
    )
    .option('--remarks', '備考の列（新設・削除・移動・条番号の変更）を加える（横長の用紙）')
    .option('--author <name>', '変更履歴の作成者（既定: 改正後の版の会社名）')
    .option('--force', '変更されていた出力も上書きする（元のファイルは .bak として残す）')
    .option(
      '-d, --doc <id>',
      '比べる文書（既定: guideline。cushara-policy 等の節からなる文書は設定ファイルどうしで新旧対照表だけを書き出す）',
    )
    .addOption(new Option('--format <format>', '端末への出力: text 又は json').default('text'))
    .exitOverride()
    .action(async (oldFile: string, newFile: string, opts: DiffCliOptions) => {
      const { runDiff } = await import('./diff.js');
      exitCode = await runDiff(oldFile, newFile, opts, io);
    });

  program
    .command('verify')
    .description('出力フォルダの各ファイルが manifest.json に記録した内容のままかを確かめる')
    .argument('<dir...>', '出力フォルダ（例: output/sample）')
    .exitOverride()
    .action(async (dirs: string[]) => {
      const { runVerify } = await import('./verify.js');
      exitCode = await runVerify(dirs, io);
    });

  program
    .command('serve')
    .description(
      'ブラウザで使う画面（設定の入力、プレビュー、検査、ダウンロード）を 127.0.0.1 で開く',
    )
    .option('-p, --port <n>', '待ち受けるポート番号', '8787')
    .option('--open', 'ブラウザで開く')
    .exitOverride()
    .action(async (opts: { port: string; open?: boolean }) => {
      const { runServe } = await import('./serve.js');
      exitCode = await runServe(opts, io);
    });

  program
    .command('init')
    .description('コメント付きの設定ファイルの雛形（hinagata.yaml）を書き出す')
    .argument('[dir]', '書き出すフォルダ', '.')
    .option('--force', '既にあるファイルを上書きする')
    .option('-t, --template <id>', 'テンプレート（templates/ のパック。省略すると既定のパック）')
    .exitOverride()
    .action(async (dir: string, opts: { force?: boolean; template?: string }) => {
      const { runInit } = await import('./init.js');
      exitCode = await runInit(dir, opts, io);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof UsageError) {
      io.err(`hinagata: ${err.message}`);
      return EXIT.usage;
    }
    if (err instanceof UserError) {
      for (const d of err.diagnostics) io.err(formatDiagnostic(d));
      const [{ UnreadableInput }, { ConfigUnreadable }] = await Promise.all([
        import('../validate/inputs.js'),
        import('../config/load.js'),
      ]);
      return err instanceof UnreadableInput || err instanceof ConfigUnreadable
        ? EXIT.unreadable
        : EXIT.failed;
    }
    const errno = err as NodeJS.ErrnoException;
    const why = typeof errno?.code === 'string' ? IO_ERRORS[errno.code] : undefined;
    if (why) {
      io.err(
        `hinagata: ${errno.path ?? ''}${errno.path ? ': ' : ''}読み書きできません: ${why}（${errno.code}）`,
      );
      if (debug) io.err(errno.stack ?? '');
      return EXIT.failed;
    }
    io.err(`hinagata: 内部エラーです: ${(err as Error)?.message ?? String(err)}`);
    if (debug) io.err((err as Error)?.stack ?? '');
    else io.err('（--debug を付けて実行すると詳細が表示されます。問題として報告してください）');
    return EXIT.internal;
  }
}
