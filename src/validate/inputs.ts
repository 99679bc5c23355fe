// What `hinagata validate` can read: a config (assembled first), a .docx or a .md.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { assemble } from '../assemble/assemble.js';
import { decodeConfig } from '../config/decode.js';
import { ConfigUnreadable, loadConfigFile } from '../config/load.js';
import { UserError } from '../diagnostics/diagnostic.js';
import type { Document } from '../model/types.js';
import { readDocx } from '../read/docx.js';
import { readMarkdown } from '../read/markdown.js';

export interface ValidationInput {
  doc: Document;
  placeLabel: (line: number) => string;
}

/**
 * Raised when a file cannot be read at all (exit 2): missing, a folder, no permission, not a Word
 * file, or a config that is too large or not UTF-8; as opposed to an invalid config (exit 1).
 */
export class UnreadableInput extends UserError {}

export async function readInput(file: string): Promise<ValidationInput> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.yaml' || ext === '.yml' || ext === '.json') {
    let loaded;
    try {
      loaded = await loadConfigFile(file);
    } catch (err) {
      // Missing, a folder, unreadable, too large or not UTF-8: exit 2, as for any other input.
      if (err instanceof ConfigUnreadable) throw new UnreadableInput(err.diagnostics);
      throw err;
    }
    return { doc: assemble(loaded).document, placeLabel: (n) => `${n}行目` };
  }
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UnreadableInput([
      {
        rule: 'input/unreadable',
        severity: 'error',
        file,
        message:
          code === 'ENOENT'
            ? 'ファイルが見つかりません'
            : `ファイルを読めません（${code ?? 'error'}）`,
      },
    ]);
  }
  if (ext === '.docx') {
    try {
      return { doc: readDocx(data, file), placeLabel: (n) => `段落 ${n}` };
    } catch (err) {
      if (err instanceof UserError) throw new UnreadableInput(err.diagnostics);
      throw err;
    }
  }
  if (ext === '.md' || ext === '.markdown') {
    // UTF-8 only, as configs: UTF-16 or Shift_JIS is named rather than read as mojibake.
    const decoded = decodeConfig(data, 'Markdown ファイル');
    if (!('text' in decoded)) throw new UnreadableInput([{ ...decoded, file }]);
    return {
      doc: readMarkdown(decoded.text.replace(/^\uFEFF/, ''), file),
      placeLabel: (n) => `${n}行目`,
    };
  }
  throw new UnreadableInput([
    {
      rule: 'input/unknown-type',
      severity: 'error',
      file,
      message: `検査できない種類のファイルです（${ext || '拡張子なし'}）`,
      hint: '設定ファイル（.yaml/.json）、Word 文書（.docx）又は Markdown（.md）を指定してください',
    },
  ]);
}
