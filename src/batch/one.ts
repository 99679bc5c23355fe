// One client of a batch: build a config and write its folder. Runs in the CLI's process or in a
// worker thread; it returns plain data (structured-clone safe) and never throws for a user mistake.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildFile, buildTimestamp, type DocKind, type Format } from '../build.js';
import { UserError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { sha256, writeOutputFolder } from '../output/folder.js';
import { packageVersion } from '../source/paths.js';

export interface BuildTask {
  config: string;
  dir: string;
  formats: Format[];
  docs: DocKind[];
  force: boolean;
}

export interface BuildOutcome {
  config: string;
  dir: string;
  ok: boolean;
  files: string[];
  backups: string[];
  ms: number;
  diagnostics: Diagnostic[];
  /** Why nothing was written, for a failed build. */
  failure?: 'invalid' | 'edited' | 'unwritable' | 'internal';
  message?: string;
}

export async function buildOne(task: BuildTask): Promise<BuildOutcome> {
  const start = performance.now();
  const base = {
    config: task.config,
    dir: task.dir,
    files: [] as string[],
    backups: [] as string[],
  };
  try {
    const result = await buildFile(task.config, task.formats, task.docs, { force: task.force });
    const { written, backups } = await writeOutputFolder(
      task.dir,
      result.files,
      {
        version: 1,
        tool: `hinagata ${packageVersion()}`,
        template: {
          id: result.document.meta.template,
          version: result.document.meta.templateVersion,
        },
        config: { file: path.basename(task.config), sha256: sha256(await readFile(task.config)) },
        built: buildTimestamp(result.document).toISOString(),
      },
      {
        force: task.force,
        // Test hook for crash safety: die as a killed process would, between staging and swap.
        ...(process.env['HINAGATA_TEST_KILL_BEFORE_SWAP']
          ? { beforeSwap: () => void process.kill(process.pid, 'SIGKILL') }
          : {}),
      },
    );
    return {
      ...base,
      ok: true,
      files: written,
      backups,
      ms: performance.now() - start,
      diagnostics: result.diagnostics,
    };
  } catch (err) {
    const ms = performance.now() - start;
    if (err instanceof UserError) {
      const edited = err.diagnostics.every((d) => d.rule.startsWith('output/'));
      return {
        ...base,
        ok: false,
        ms,
        diagnostics: err.diagnostics,
        failure: edited ? 'edited' : 'invalid',
      };
    }
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'ENOSPC', 'EISDIR'].includes(code)) {
      return {
        ...base,
        ok: false,
        ms,
        diagnostics: [],
        failure: 'unwritable',
        message: `出力先 ${task.dir} に書き込めません（${code}）`,
      };
    }
    return {
      ...base,
      ok: false,
      ms,
      diagnostics: [],
      failure: 'internal',
      message: `内部エラーです: ${(err as Error).message}\n${(err as Error).stack ?? ''}`,
    };
  }
}
