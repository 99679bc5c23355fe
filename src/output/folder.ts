// Writing one deliverable folder safely.
// - Never overwrite an edited file silently: the manifest records each file's hash; a file whose
//   content is no longer what hinagata wrote is reported (exit 1) unless --force, and then kept
//   as <name>.bak.
// - Atomic: the new folder is staged beside the old one (other files the folder holds are carried
//   over) and swapped in with two renames; a failure before the swap leaves the old folder as it
//   was, and a swap interrupted between the renames is undone on the next run.
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../diagnostics/diagnostic.js';

export const MANIFEST = 'manifest.json';

export interface OutputFile {
  name: string;
  data: string | Uint8Array;
}

export interface Manifest {
  version: 1;
  tool: string;
  template: { id: string; version: string };
  config: { file: string; sha256: string };
  /** Build time from the config's dates or SOURCE_DATE_EPOCH (never the wall clock). */
  built: string;
  files: Record<string, string>;
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

export async function readManifest(dir: string): Promise<Manifest | undefined> {
  try {
    return JSON.parse(await readFile(path.join(dir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

/** Files in `dir` that hinagata would overwrite but someone has changed since it wrote them. */
export async function editedFiles(dir: string, files: readonly OutputFile[]): Promise<string[]> {
  const manifest = await readManifest(dir);
  const edited: string[] = [];
  for (const f of files) {
    const target = path.join(dir, f.name);
    if (!(await exists(target))) continue;
    const current = sha256(await readFile(target));
    const recorded = manifest?.files[f.name];
    // Without a record, a file is ours only if it already holds exactly what would be written.
    if (recorded === undefined ? current !== sha256(f.data) : current !== recorded) edited.push(f.name);
  }
  return edited;
}

/** A swap interrupted between its two renames left the old folder under a temporary name. */
async function recoverInterruptedSwap(dir: string): Promise<void> {
  const parent = path.dirname(dir);
  const prefix = `.${path.basename(dir)}.previous-`;
  const names = await readdir(parent).catch(() => [] as string[]);
  // A staging folder left by a process that died before its swap is simply discarded.
  for (const name of names.filter((n) => n.startsWith(`.${path.basename(dir)}.staging-`))) {
    await rm(path.join(parent, name), { recursive: true, force: true });
  }
  for (const name of names.filter((n) => n.startsWith(prefix)).sort()) {
    const previous = path.join(parent, name);
    if (!(await exists(dir))) await rename(previous, dir);
    else await rm(previous, { recursive: true, force: true });
  }
}

export interface WriteOptions {
  force?: boolean;
  /** Test hook: stop (as a killed process would) after staging, before the swap. */
  beforeSwap?: () => Promise<void> | void;
}

export async function writeOutputFolder(dir: string, files: readonly OutputFile[], manifest: Omit<Manifest, 'files'>, options: WriteOptions = {}): Promise<{ written: string[]; backups: string[] }> {
  const target = path.resolve(dir);
  const parent = path.dirname(target);
  await mkdir(parent, { recursive: true });
  await recoverInterruptedSwap(target);

  const edited = await editedFiles(target, files);
  if (edited.length > 0 && !options.force) {
    throw new UserError(
      edited.map((name) => ({
        rule: 'output/edited',
        severity: 'error',
        file: path.join(dir, name),
        message: '前回の出力から内容が変更されているため、上書きしませんでした',
        hint: `変更を新しい版に移すには hinagata diff で比べてください（上書きするときは --force。元のファイルは ${name}.bak として残ります）`,
      })),
    );
  }

  const staging = await mkdtemp(path.join(parent, `.${path.basename(target)}.staging-`));
  try {
    // Carry over whatever else the folder holds (other formats, notes, earlier backups…); files
    // of an earlier build keep their manifest record while they are unchanged.
    const previousManifest = await readManifest(target);
    const hashes: Record<string, string> = {};
    if (await exists(target)) {
      for (const name of await readdir(target)) {
        if (files.some((f) => f.name === name) || name === MANIFEST) continue;
        await cp(path.join(target, name), path.join(staging, name), { recursive: true, preserveTimestamps: true });
        const recorded = previousManifest?.files[name];
        if (recorded && sha256(await readFile(path.join(target, name))) === recorded) hashes[name] = recorded;
      }
    }
    const backups: string[] = [];
    for (const name of edited) {
      await cp(path.join(target, name), path.join(staging, `${name}.bak`));
      backups.push(`${name}.bak`);
    }
    for (const f of files) {
      await writeFile(path.join(staging, f.name), f.data);
      hashes[f.name] = sha256(f.data);
    }
    const full: Manifest = { ...manifest, files: hashes };
    await writeFile(path.join(staging, MANIFEST), `${JSON.stringify(full, null, 2)}\n`);
    await options.beforeSwap?.();
    // The swap: old folder aside, staged folder in, old folder removed.
    let previous: string | undefined;
    if (await exists(target)) {
      previous = await mkdtemp(path.join(parent, `.${path.basename(target)}.previous-`));
      await rm(previous, { recursive: true });
      await rename(target, previous);
    }
    await rename(staging, target);
    if (previous) await rm(previous, { recursive: true, force: true });
    return { written: files.map((f) => path.join(dir, f.name)), backups };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

export interface VerifyResult {
  ok: string[];
  changed: string[];
  missing: string[];
}

/** Compares a deliverable folder with its manifest. */
export async function verifyFolder(dir: string): Promise<VerifyResult | undefined> {
  const manifest = await readManifest(dir);
  if (!manifest) return undefined;
  const result: VerifyResult = { ok: [], changed: [], missing: [] };
  for (const [name, hash] of Object.entries(manifest.files)) {
    const file = path.join(dir, name);
    if (!(await exists(file))) result.missing.push(name);
    else if (sha256(await readFile(file)) !== hash) result.changed.push(name);
    else result.ok.push(name);
  }
  return result;
}
