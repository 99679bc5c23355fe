// One client of a batch: build a config and write its folder. Runs in the CLI's process or in a
// worker thread; it returns plain data (structured-clone safe) and never throws for a user mistake.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildFile, buildTimestamp, type DocKind, type Format } from '../build.js';
import { UserError, type Diagnostic } from '../diagnostics/diagnostic.js';
import {
  explainErrno,
  OutputFolderError,
  recoverOutputFolder,
  sha256,
  writeOutputFolder,
} from '../output/folder.js';
import { packageVersion } from '../source/paths.js';

export interface BuildTask {
  config: string;
  dir: string;
  formats: Format[];
  docs: DocKind[];
  force: boolean;
}

/**
 * Why nothing was written, for a failed build: invalid (config or guideline), edited (an output
 * was changed since it was written), unwritable (the file system refused, errno named, or a
 * leftover folder is in the way), busy (another build held the folder's lock), internal (a bug).
 */
export type BuildFailure = 'invalid' | 'edited' | 'unwritable' | 'busy' | 'internal';

export interface BuildOutcome {
  config: string;
  dir: string;
  ok: boolean;
  files: string[];
  backups: string[];
  ms: number;
  diagnostics: Diagnostic[];
  failure?: BuildFailure;
  /** The errno (ENOSPC, EFBIG, EACCES…) of an unwritable failure. */
  errno?: string;
  message?: string;
}

/** `notify` gets progress messages meant for a person (waiting for another build's lock). */
export async function buildOne(
  task: BuildTask,
  notify: (message: string) => void = () => {},
): Promise<BuildOutcome> {
  const start = performance.now();
  const base = {
    config: task.config,
    dir: task.dir,
    files: [] as string[],
    backups: [] as string[],
  };
  const notes: Diagnostic[] = [];
  try {
    // A build killed between its two renames left the folder under a temporary name: put it
    // back first, so that this build restores it even if its config turns out to be invalid.
    notes.push(...(await recoverOutputFolder(task.dir)));
    const result = await buildFile(task.config, task.formats, task.docs, { force: task.force });
    const written = await writeOutputFolder(
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
      { force: task.force, onWait: notify },
    );
    return {
      ...base,
      ok: true,
      files: written.written,
      backups: written.backups,
      ms: performance.now() - start,
      diagnostics: [...notes, ...result.diagnostics, ...written.notes],
    };
  } catch (err) {
    const ms = performance.now() - start;
    if (err instanceof OutputFolderError) {
      return {
        ...base,
        ok: false,
        ms,
        diagnostics: [...notes, ...err.diagnostics],
        failure: err.kind,
        ...(err.errno ? { errno: err.errno } : {}),
      };
    }
    if (err instanceof UserError) {
      const edited = err.diagnostics.every((d) => d.rule.startsWith('output/'));
      return {
        ...base,
        ok: false,
        ms,
        diagnostics: [...notes, ...err.diagnostics],
        failure: edited ? 'edited' : 'invalid',
      };
    }
    // A file system error outside the output folder's writer (reading a template or a font).
    const code = (err as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && /^E[A-Z0-9]+$/.test(code)) {
      const where = (err as NodeJS.ErrnoException).path;
      return {
        ...base,
        ok: false,
        ms,
        diagnostics: notes,
        failure: 'unwritable',
        errno: code,
        message: `ファイルを読み書きできません（${explainErrno(code).what}${where ? `: ${where}` : ''}）。${task.dir} は前回のままです`,
      };
    }
    return {
      ...base,
      ok: false,
      ms,
      diagnostics: notes,
      failure: 'internal',
      message: `内部エラーです: ${(err as Error).message}\n${(err as Error).stack ?? ''}`,
    };
  }
}
