// Reads an override file (`overrides: { records: ./my-records.md }`): only a file inside the
// config's folder (or a folder below it), after symbolic links are followed; at most 32 KB; UTF-8;
// without invisible bidirectional or zero-width characters.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { decodeConfig } from './decode.js';
import { invisibleCharacterMessage } from './schema.js';

/**
 * An override is one article (the longest in the library is 5.5 KB, about 1,800 characters).
 * 32 KB is some 10,000 characters and adds about a second to a build; a 256 KB override made the
 * sample take 21 s.
 */
export const MAX_OVERRIDE_BYTES = 32 * 1024;

export type OverrideRead = { text: string } | { rule: string; message: string; hint?: string };

const RELATIVE_HINT = 'パスは設定ファイルのあるフォルダからの相対パスで書いてください';

function inside(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return rel !== '' && !rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel);
}

/** The text of override `rel` of a config in `baseDir`, or why it cannot be used. */
export function readOverrideFile(baseDir: string, rel: string): OverrideRead {
  const abs = path.resolve(baseDir, rel);
  const outside = {
    rule: 'config/override-outside',
    message: `差替えファイル「${rel}」は設定ファイルのフォルダの外にあります。差替えファイルは設定ファイルと同じフォルダ（又はその下のフォルダ）に置いてください`,
    hint: `ファイルを ${baseDir} の中にコピーし、./ から始まる相対パスで書いてください`,
  };
  if (!inside(baseDir, abs)) return outside;
  let real: string;
  try {
    real = realpathSync(abs);
    const info = statSync(real);
    if (!info.isFile())
      return {
        rule: 'config/override-unreadable',
        message: `差替えファイル「${rel}」はファイルではありません（フォルダ等）`,
        hint: 'Markdown ファイル（.md）のパスを書いてください',
      };
    if (info.size > MAX_OVERRIDE_BYTES)
      return {
        rule: 'config/override-too-large',
        message: `差替えファイル「${rel}」が大きすぎます（${Math.ceil(info.size / 1024)} KB、上限 ${MAX_OVERRIDE_BYTES / 1024} KB）`,
        hint: '差替えファイルには一つの条の文言だけを書いてください',
      };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return {
      rule: 'config/override-unreadable',
      message:
        code === 'ENOENT'
          ? `差替えファイル「${rel}」が見つかりません`
          : `差替えファイル「${rel}」を読めません（${code ?? 'error'}）`,
      hint: RELATIVE_HINT,
    };
  }
  // A symbolic link inside the folder may still point outside it.
  let realBase: string;
  try {
    realBase = realpathSync(baseDir);
  } catch {
    realBase = baseDir;
  }
  if (!inside(realBase, real))
    return {
      ...outside,
      message: `差替えファイル「${rel}」はシンボリックリンクで、その先（${real}）が設定ファイルのフォルダの外にあります。差替えファイルは設定ファイルと同じフォルダ（又はその下のフォルダ）に置いてください`,
    };
  let buf: Buffer;
  try {
    buf = readFileSync(real);
  } catch (err) {
    return {
      rule: 'config/override-unreadable',
      message: `差替えファイル「${rel}」を読めません（${(err as NodeJS.ErrnoException).code ?? 'error'}）`,
      hint: RELATIVE_HINT,
    };
  }
  const decoded = decodeConfig(buf, `差替えファイル「${rel}」`);
  if (!('text' in decoded))
    return {
      rule: decoded.rule,
      message: `${decoded.message}${decoded.position ? `（${decoded.position.line}行目）` : ''}`,
      ...(decoded.hint ? { hint: decoded.hint } : {}),
    };
  return checkOverrideText(decoded.text, `差替えファイル「${rel}」`);
}

/** Refuses invisible bidirectional and zero-width characters in an override, with the line. */
export function checkOverrideText(text: string, what: string): OverrideRead {
  const body = text.replace(/^\uFEFF/, '');
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const message = invisibleCharacterMessage(`${what}の${i + 1}行目`, lines[i]!);
    if (message) return { rule: 'config/invisible-character', message };
  }
  return { text: body };
}
