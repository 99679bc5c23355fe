// `hinagata diff OLD NEW [-o DIR]`: writes comparison.docx/.pdf/.html (新旧対照表) and redline.docx
// (見え消し版), and prints what changed.
import path from 'node:path';
import { diffFiles } from '../comparison.js';
import { formatDiagnostic, UserError } from '../diagnostics/diagnostic.js';
import { readFile } from 'node:fs/promises';
import { sha256, writeOutputFolder } from '../output/folder.js';
import { packageVersion } from '../source/paths.js';
import { UnreadableInput } from '../validate/inputs.js';
import type { Io } from './main.js';
import { UsageError } from './usage.js';

export interface DiffCliOptions {
  output: string;
  full?: boolean;
  labels: string;
  remarks?: boolean;
  author?: string;
  format: string;
  force?: boolean;
  doc?: string;
}

export async function runDiff(
  oldFile: string,
  newFile: string,
  opts: DiffCliOptions,
  io: Io,
): Promise<number> {
  if (opts.labels !== 'kaisei' && opts.labels !== 'shinkyu')
    throw new UsageError('--labels は kaisei（改正後／改正前）又は shinkyu（新／旧）です');
  if (opts.format !== 'text' && opts.format !== 'json')
    throw new UsageError('--format は text 又は json です');
  let result;
  try {
    result = await diffFiles(oldFile, newFile, {
      labels: opts.labels,
      ...(opts.full ? { full: true } : {}),
      ...(opts.remarks ? { remarks: true } : {}),
      ...(opts.author ? { author: opts.author } : {}),
      ...(opts.doc ? { doc: opts.doc } : {}),
    });
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    for (const d of err.diagnostics) io.err(formatDiagnostic(d));
    return err instanceof UnreadableInput ? 2 : 1;
  }
  try {
    // The same writer as build: atomic, with a manifest, and an edited comparison is not overwritten.
    await writeOutputFolder(
      opts.output,
      result.files,
      {
        version: 1,
        tool: `hinagata ${packageVersion()}`,
        template: { id: result.diff.template, version: '' },
        config: {
          file: `${path.basename(oldFile)} → ${path.basename(newFile)}`,
          sha256: sha256(Buffer.concat([await readFile(oldFile), await readFile(newFile)])),
        },
        built: `${result.diff.date}T00:00:00.000Z`,
      },
      { force: opts.force ?? false },
    );
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    for (const d of err.diagnostics) io.err(formatDiagnostic(d));
    return 1;
  }
  const s = result.diff.summary;
  if (opts.format === 'json') {
    io.out(
      JSON.stringify(
        {
          version: 1,
          old: oldFile,
          new: newFile,
          output: opts.output,
          files: result.files.map((f) => f.name),
          summary: s,
        },
        null,
        2,
      ),
    );
    return 0;
  }
  const none =
    s.added.length + s.removed.length + s.moved.length + s.changed.length + s.renumbered.length ===
    0;
  if (none) io.out('改正前と改正後に違いはありません（no change）');
  const list = (label: string, items: string[]) => {
    if (items.length > 0) io.out(`${label}（${items.length}）: ${items.join('、')}`);
  };
  list('新設', s.added);
  list('削除', s.removed);
  list('移動', s.moved);
  list('改正', s.changed);
  list('条番号の変更', s.renumbered);
  io.out(`→ ${opts.output}${path.sep}（${result.files.map((f) => f.name).join('、')}）`);
  return 0;
}
