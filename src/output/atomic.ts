// Writes a set of files into a folder so that a failure never leaves a half-written file: every
// file is first written into a staging folder beside the target and then renamed into place.
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface OutputFile {
  name: string;
  data: string | Uint8Array;
}

export async function writeFilesAtomically(dir: string, files: readonly OutputFile[]): Promise<string[]> {
  const parent = path.dirname(path.resolve(dir));
  await mkdir(parent, { recursive: true });
  const staging = await mkdtemp(path.join(parent, `.${path.basename(dir)}.tmp-`));
  try {
    for (const f of files) await writeFile(path.join(staging, f.name), f.data);
    await mkdir(dir, { recursive: true });
    const written: string[] = [];
    for (const f of files) {
      const target = path.join(dir, f.name);
      await rename(path.join(staging, f.name), target);
      written.push(target);
    }
    return written;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
