// `hinagata verify DIR...`: is each deliverable exactly what hinagata wrote? Exit 1 when a file
// differs from its manifest or is missing, 2 when a folder has no manifest.
import path from 'node:path';
import { MANIFEST, verifyFolder } from '../output/folder.js';
import type { Io } from './main.js';

export async function runVerify(dirs: readonly string[], io: Io): Promise<number> {
  let code = 0;
  for (const dir of dirs) {
    const result = await verifyFolder(dir);
    if (!result) {
      io.err(
        `${dir}: ${MANIFEST} がありません（hinagata build が書き出したフォルダを指定してください）`,
      );
      code = Math.max(code, 2);
      continue;
    }
    for (const name of result.changed) io.out(`${path.join(dir, name)}: 変更されています`);
    for (const name of result.missing) io.out(`${path.join(dir, name)}: ありません`);
    if (result.changed.length + result.missing.length > 0) code = Math.max(code, 1);
    else io.out(`${dir}: ${result.ok.length}件のファイルはすべて書き出したときのままです`);
  }
  return code;
}
