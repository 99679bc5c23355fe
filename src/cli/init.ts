// `hinagata init [DIR]`: writes a commented starter config that builds as it is.
import { access, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  defaultTemplateId,
  hasTemplate,
  listTemplates,
  loadTemplate,
  readPackFile,
} from '../source/clauses.js';
import { packageRoot } from '../source/paths.js';
import type { Io } from './main.js';
import { UsageError } from './usage.js';

export const STARTER_NAME = 'hinagata.yaml';

export async function runInit(
  dir: string,
  opts: { force?: boolean; template?: string },
  io: Io,
): Promise<number> {
  const id = opts.template ?? defaultTemplateId();
  if (!hasTemplate(id))
    throw new UsageError(
      `テンプレート ${id} はありません（使えるテンプレート: ${listTemplates().join(', ')}）`,
    );
  const pack = loadTemplate(id);
  const target = path.join(dir, STARTER_NAME);
  if (!opts.force) {
    const exists = await access(target).then(
      () => true,
      () => false,
    );
    if (exists) {
      io.err(`${target} は既にあります。上書きするときは --force を付けてください`);
      return 1;
    }
  }
  const root = packageRoot();
  const starter = readPackFile(pack, pack.starter).text;
  // Point editors at the JSON Schema so fields are completed and checked while typing.
  const schema = path
    .relative(path.resolve(dir), path.join(root, 'schema', 'hinagata.schema.json'))
    .split(path.sep)
    .join('/');
  await mkdir(dir, { recursive: true });
  await writeFile(target, `# yaml-language-server: $schema=${schema}\n${starter}`);
  io.out(
    `${target} を書き出しました。会社名などを書き換えてから hinagata build ${target} を実行してください`,
  );
  return 0;
}
