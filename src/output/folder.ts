// Writing one deliverable folder safely.
// - Never overwrite an edited file silently: the manifest records each file's hash; a file whose
//   content is no longer what hinagata wrote is reported (exit 1) unless --force, and then kept
//   as <name>.bak (then .bak.2, .bak.3 …: a backup is never overwritten), recorded in the
//   manifest's `backups`. Files a build does not rewrite (other formats or documents, notes) are
//   carried over with their recorded hash, so an edited one stays protected and `verify` still
//   reports it.
// - One writer at a time: the lock <parent>/.<name>.lock (lock.ts) is held from before recovery to
//   after the swap; a second build waits for it (HINAGATA_LOCK_WAIT seconds, default 30), then
//   gives up with the holder's pid and start time.
// - Atomic: the new folder is staged beside the old one as .<name>.staging-<pid>-<random> and
//   swapped in with two renames (old → .<name>.previous-<pid>-<random>, staging → <name>), then
//   the previous folder is removed. A kill at any point leaves the old or the new complete folder,
//   or — between the two renames — the old one under its previous-name, which the next build
//   (even one whose config is invalid) renames back and `verify` explains. Leftovers are cleaned
//   only under the lock and only when their owner (the pid in the name) is dead.
// - Folders are created with mkdir (the umask applies); a rebuilt folder and each rewritten file
//   keep the mode of the one they replace.
import { createHash, randomBytes } from 'node:crypto';
import { chmod, cp, mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError, type Diagnostic } from '../diagnostics/diagnostic.js';
import {
  acquireLock,
  describeHolder,
  LockBusyError,
  LockLostError,
  lockPathFor,
  pidAlive,
  readLock,
  staleReason,
  STALE_MS,
  type LockHandle,
  type LockInfo,
} from './lock.js';

export const MANIFEST = 'manifest.json';

export interface OutputFile {
  name: string;
  data: string | Uint8Array;
}

export interface BackupRecord {
  /** The file whose edited content this backup holds. */
  of: string;
  sha256: string;
}

export interface Manifest {
  version: 1;
  tool: string;
  template: { id: string; version: string };
  config: { file: string; sha256: string };
  /** Build time from the config's dates or SOURCE_DATE_EPOCH (never the wall clock). */
  built: string;
  files: Record<string, string>;
  /** Edited files kept by --force (name → what it backs up and its hash). */
  backups?: Record<string, BackupRecord>;
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

export type ManifestState =
  { state: 'ok'; manifest: Manifest } | { state: 'missing' } | { state: 'corrupt'; reason: string };

export async function loadManifest(dir: string): Promise<ManifestState> {
  let text;
  try {
    text = await readFile(path.join(dir, MANIFEST), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { state: 'missing' };
    return { state: 'corrupt', reason: `読めません（${code ?? String(err)}）` };
  }
  try {
    const manifest = JSON.parse(text) as Manifest;
    if (
      typeof manifest !== 'object' ||
      manifest === null ||
      typeof manifest.files !== 'object' ||
      manifest.files === null ||
      Object.values(manifest.files).some((h) => typeof h !== 'string')
    )
      return { state: 'corrupt', reason: 'files の記録がありません' };
    return { state: 'ok', manifest };
  } catch (err) {
    return { state: 'corrupt', reason: `JSON として読めません（${(err as Error).message}）` };
  }
}

export async function readManifest(dir: string): Promise<Manifest | undefined> {
  const m = await loadManifest(dir);
  return m.state === 'ok' ? m.manifest : undefined;
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
    if (recorded === undefined ? current !== sha256(f.data) : current !== recorded)
      edited.push(f.name);
  }
  return edited;
}

/** guideline.docx → guideline.docx.bak, or .bak.N one past the highest taken. */
export function nextBackupName(name: string, taken: Iterable<string>): string {
  let highest = 0;
  for (const t of taken) {
    if (t === `${name}.bak`) highest = Math.max(highest, 1);
    else if (t.startsWith(`${name}.bak.`)) {
      const n = Number(t.slice(name.length + 5));
      if (Number.isInteger(n) && n > 0) highest = Math.max(highest, n);
    }
  }
  return highest === 0 ? `${name}.bak` : `${name}.bak.${highest + 1}`;
}

// ---------------------------------------------------------------------------------------------
// Leftovers beside the folder.

export interface Leftover {
  kind: 'staging' | 'previous';
  name: string;
  path: string;
  /** The pid in the name (absent in names written by hinagata 0.1.0). */
  pid: number | undefined;
  /** Its owner process still exists: never touched by anyone else. */
  alive: boolean;
  ctimeMs: number;
}

function siblingPrefix(target: string, kind: Leftover['kind']): string {
  return `.${path.basename(target)}.${kind}-`;
}

function newSibling(target: string, kind: Leftover['kind']): string {
  return path.join(
    path.dirname(target),
    `${siblingPrefix(target, kind)}${process.pid}-${randomBytes(6).toString('hex')}`,
  );
}

export async function findLeftovers(target: string): Promise<Leftover[]> {
  const parent = path.dirname(target);
  const names = await readdir(parent).catch(() => [] as string[]);
  const out: Leftover[] = [];
  for (const kind of ['staging', 'previous'] as const) {
    const prefix = siblingPrefix(target, kind);
    for (const name of names.filter((n) => n.startsWith(prefix))) {
      const m = /^(\d+)-[0-9a-f]+$/.exec(name.slice(prefix.length));
      const pid = m ? Number(m[1]) : undefined;
      const info = await stat(path.join(parent, name)).catch(() => undefined);
      if (!info) continue;
      out.push({
        kind,
        name,
        path: path.join(parent, name),
        pid,
        alive: pid !== undefined && pidAlive(pid),
        ctimeMs: info.ctimeMs,
      });
    }
  }
  // Newest first: the most recent previous folder is the one to restore.
  return out.sort((a, b) => b.ctimeMs - a.ctimeMs);
}

// ---------------------------------------------------------------------------------------------
// Errors the user can act on.

export type OutputFailure = 'unwritable' | 'busy';

/** A write the file system refused, a folder another build holds, or a leftover in the way. */
export class OutputFolderError extends UserError {
  constructor(
    readonly kind: OutputFailure,
    diagnostics: Diagnostic[],
    readonly errno?: string,
  ) {
    super(diagnostics);
    this.name = 'OutputFolderError';
  }
}

const ERRNO: Record<string, [string, string]> = {
  ENOSPC: ['ディスクの空きが足りません', '空きを作ってからもう一度実行してください'],
  EDQUOT: [
    'ディスク使用量の上限（クォータ）に達しました',
    '不要なファイルを消すか、上限を上げてもらってください',
  ],
  EFBIG: [
    'ファイルの大きさの上限を超えました（ulimit -f 等）',
    '上限を上げてから（ulimit -f unlimited）もう一度実行してください',
  ],
  EACCES: ['書き込む権限がありません', 'フォルダの所有者と権限（ls -ld）を確かめてください'],
  EPERM: ['この操作は許可されていません', 'フォルダの所有者と権限（ls -ld）を確かめてください'],
  EROFS: ['読み取り専用のファイルシステムです', '書き込める場所を -o で指定してください'],
  ENOTDIR: ['途中にフォルダではなくファイルがあります', '-o で別のフォルダを指定してください'],
  EEXIST: ['同じ名前のファイルが既にあります', '-o で別のフォルダを指定してください'],
  EISDIR: ['ファイルを書く場所にフォルダがあります', 'そのフォルダを移すか消してください'],
  ENAMETOOLONG: ['パスが長すぎます', '短いパスの出力先を -o で指定してください'],
  EMFILE: [
    '開けるファイルの数の上限に達しました',
    '他のプログラムを閉じるか ulimit -n を上げてください',
  ],
  ENFILE: [
    '開けるファイルの数の上限に達しました',
    '他のプログラムを閉じてからもう一度実行してください',
  ],
  EIO: [
    '入出力エラーです（ディスクや接続の不具合）',
    'ディスクを確かめてからもう一度実行してください',
  ],
  EBUSY: [
    'ファイル又はフォルダが使用中です',
    '開いているプログラムを閉じてからもう一度実行してください',
  ],
  ENOENT: [
    '書き出しの途中でファイル又はフォルダがなくなりました（他のプログラムが変更しました）',
    'もう一度実行してください',
  ],
  ENOTEMPTY: [
    '書き出しの途中でフォルダが他のプログラムに変更されました',
    'もう一度実行してください',
  ],
  EXDEV: [
    '別のファイルシステムへは名前を付け替えられません',
    '出力先を一つのディスクの中にしてください',
  ],
};

/** 「ENOSPC: ディスクの空きが足りません」 and what to do, for any errno. */
export function explainErrno(code: string): { what: string; todo: string } {
  const known = ERRNO[code];
  return known
    ? { what: `${code}: ${known[0]}`, todo: known[1] }
    : {
        what: `${code}: OS が書き込みを拒みました`,
        todo: '原因を取り除いてからもう一度実行してください',
      };
}

function errnoOf(err: unknown): string | undefined {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

function unwritable(dir: string, err: unknown, intact: string): OutputFolderError {
  const code = errnoOf(err) ?? 'EIO';
  const { what, todo } = explainErrno(code);
  const where = (err as NodeJS.ErrnoException).path;
  return new OutputFolderError(
    'unwritable',
    [
      {
        rule: 'output/unwritable',
        severity: 'error',
        file: dir,
        message: `出力先 ${dir} に書き込めません（${what}${where ? `: ${where}` : ''}）。${intact}`,
        hint: todo,
      },
    ],
    code,
  );
}

function busy(dir: string, err: LockBusyError): OutputFolderError {
  return new OutputFolderError('busy', [
    {
      rule: 'output/busy',
      severity: 'error',
      file: dir,
      message: `別の hinagata（${describeHolder(err.holder)}）がこのフォルダに書き出しているため、${Math.round(err.waitedMs / 1000)} 秒待ちましたが書き出せませんでした。前回の出力はそのままです`,
      hint: `その処理が終わってからもう一度実行してください（待つ秒数は環境変数 HINAGATA_LOCK_WAIT で変えられます）。動いている処理がないのに続くときはロック ${err.lockPath} を消してください（持ち主の pid がないか ${STALE_MS / 1000} 秒以上更新のないロックは自動で引き継ぎます）`,
    },
  ]);
}

function lost(dir: string, err: LockLostError): OutputFolderError {
  return new OutputFolderError('busy', [
    {
      rule: 'output/busy',
      severity: 'error',
      file: dir,
      message: `書き出しが ${STALE_MS / 1000} 秒以上止まっていた間に、別の hinagata がこのフォルダのロック（${err.lockPath}）を引き継いだため、入れ替えをやめました。フォルダはもう一方の書き出しのままです`,
      hint: 'もう一方が終わってから、必要ならもう一度実行してください',
    },
  ]);
}

function blocked(dir: string, message: string, hint: string, errno?: string): OutputFolderError {
  return new OutputFolderError(
    'unwritable',
    [{ rule: 'output/leftover', severity: 'error', file: dir, message, hint }],
    errno,
  );
}

/** rm -rf; when refused, give the owner write permission on the folders (where it may) and retry. */
async function removeTree(p: string): Promise<void> {
  try {
    await rm(p, { recursive: true, force: true });
  } catch {
    const open = async (dir: string): Promise<void> => {
      const info = await stat(dir).catch(() => undefined);
      if (!info?.isDirectory()) return;
      await chmod(dir, (info.mode & 0o7777) | 0o700).catch(() => {});
      for (const name of await readdir(dir).catch(() => [] as string[]))
        await open(path.join(dir, name));
    };
    await open(p);
    await rm(p, { recursive: true, force: true });
  }
}

const q = (p: string) => `'${p.replace(/'/g, `'\\''`)}'`;

// ---------------------------------------------------------------------------------------------
// Recovery (always under the lock).

async function recover(target: string, dir: string, notes: Diagnostic[]): Promise<void> {
  const leftovers = await findLeftovers(target);
  for (const s of leftovers.filter((l) => l.kind === 'staging' && !l.alive)) {
    // A staging folder of a process that died before its swap: never part of the deliverable.
    await removeTree(s.path).catch((err: unknown) =>
      notes.push({
        rule: 'output/leftover',
        severity: 'warning',
        file: s.path,
        message: `書き出しの途中で止まった作業用フォルダを消せませんでした（${explainErrno(errnoOf(err) ?? 'EIO').what}）。出力には影響しません`,
        hint: `不要なので消してください: rm -rf ${q(s.path)}`,
      }),
    );
  }
  for (const p of leftovers.filter((l) => l.kind === 'previous')) {
    if (!(await exists(target))) {
      // Killed between the two renames: the old folder is whole under its temporary name.
      try {
        await rename(p.path, target);
      } catch (err) {
        throw blocked(
          dir,
          `${dir} がありません。前回の書き出しが途中で止まり、前回の出力が ${p.path} に残っていますが、元の名前に戻せませんでした（${explainErrno(errnoOf(err) ?? 'EIO').what}）`,
          `手で戻してください: mv ${q(p.path)} ${q(target)}（又は原因を取り除いて hinagata build をもう一度実行すると戻ります）`,
          errnoOf(err),
        );
      }
      notes.push({
        rule: 'output/restored',
        severity: 'info',
        file: dir,
        message: `前回の書き出しが途中で止まっていたため、残っていた前回の出力（${p.name}）を ${dir} に戻しました`,
      });
      continue;
    }
    if (p.alive) continue; // its owner still runs; it is not ours to remove
    const current = await loadManifest(target);
    const old = await loadManifest(p.path);
    if (current.state !== 'ok' && old.state === 'ok')
      throw blocked(
        dir,
        `${dir} に ${MANIFEST} がなく、その横に前回の書き出しが途中で止まったときの出力 ${p.path}（${MANIFEST} あり）が残っています。どちらを残すかを決めてください`,
        `前回の出力に戻すなら: mv ${q(target)} ${q(`${target}.old`)} && mv ${q(p.path)} ${q(target)}。今の ${dir} を使うなら: rm -rf ${q(p.path)}。その後でもう一度実行してください`,
      );
    await removeTree(p.path).catch((err: unknown) =>
      notes.push({
        rule: 'output/leftover',
        severity: 'warning',
        file: p.path,
        message: `前回の出力の残りを消せませんでした（${explainErrno(errnoOf(err) ?? 'EIO').what}）。${dir} は最新の出力です`,
        hint: `不要なので、権限を直してから消してください: chmod -R u+w ${q(p.path)} && rm -rf ${q(p.path)}`,
      }),
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Test seam: HINAGATA_TEST_STEP=<step>:kill (SIGKILL this process at that step) or
// <step>:pause:<file> (write <file>, holding the pid, and wait until someone deletes it). Steps,
// in order: locked, staged, renamed-old (between the two renames), renamed-new, done (before the
// lock is released). HINAGATA_TEST_KILL_BEFORE_SWAP=1 is the older spelling of staged:kill.

export const STEPS = ['locked', 'staged', 'renamed-old', 'renamed-new', 'done'] as const;
export type Step = (typeof STEPS)[number];

async function step(at: Step): Promise<void> {
  const spec =
    process.env['HINAGATA_TEST_STEP'] ??
    (process.env['HINAGATA_TEST_KILL_BEFORE_SWAP'] ? 'staged:kill' : undefined);
  if (!spec) return;
  const [name, action, ...rest] = spec.split(':');
  if (name !== at) return;
  if (action === 'kill') process.kill(process.pid, 'SIGKILL');
  if (action === 'pause' && rest.length > 0) {
    const file = rest.join(':');
    await writeFile(file, String(process.pid));
    while (await exists(file)) await new Promise((r) => setTimeout(r, 20));
  }
}

// ---------------------------------------------------------------------------------------------

/** Seconds to wait for another build's lock: HINAGATA_LOCK_WAIT, default 30. */
export function lockWaitMs(): number {
  const v = Number(process.env['HINAGATA_LOCK_WAIT'] ?? '30');
  return Number.isFinite(v) && v >= 0 ? v * 1000 : 30_000;
}

export interface WriteOptions {
  force?: boolean;
  /** Told once when another build holds the folder and this one starts waiting for it. */
  onWait?: (message: string) => void;
}

export interface WriteResult {
  written: string[];
  backups: string[];
  /** Warnings and notes (a stale lock taken over, a folder restored, a leftover not removable). */
  notes: Diagnostic[];
}

function waiting(dir: string, holder: LockInfo): string {
  return `${dir}: 別の hinagata（${describeHolder(holder)}）がこのフォルダに書き出しています。終わるのを待っています（最長 ${Math.round(lockWaitMs() / 1000)} 秒）…`;
}

async function withLock<T>(
  dir: string,
  target: string,
  options: { waitMs: number; onWait?: (message: string) => void },
  notes: Diagnostic[],
  body: (lock: LockHandle) => Promise<T>,
): Promise<T> {
  let lock;
  try {
    lock = await acquireLock(target, {
      waitMs: options.waitMs,
      onWait: (holder) => options.onWait?.(waiting(dir, holder)),
    });
  } catch (err) {
    if (err instanceof LockBusyError) throw busy(dir, err);
    throw unwritable(dir, err, '前回の出力はそのままです');
  }
  if (lock.tookOver)
    notes.push({
      rule: 'output/stale-lock',
      severity: 'info',
      file: dir,
      message: `${lock.tookOver.reason === 'dead' ? 'もう動いていない' : `${STALE_MS / 1000} 秒以上更新のない`} hinagata（${describeHolder(lock.tookOver.info)}）のロックを引き継ぎました`,
    });
  try {
    return await body(lock);
  } catch (err) {
    if (err instanceof LockLostError) throw lost(dir, err);
    throw err;
  } finally {
    await lock.release();
  }
}

/**
 * Before a build: if a build killed between its two renames left the folder only under its
 * previous-name, put it back now, so that even a build that then stops on an invalid config
 * restores it. Does not wait for a busy lock (its holder recovers), and does nothing unless the
 * folder is missing and a previous folder is there.
 */
export async function recoverOutputFolder(dir: string): Promise<Diagnostic[]> {
  const target = path.resolve(dir);
  const notes: Diagnostic[] = [];
  if (await exists(target)) return notes; // the writer cleans any leftovers under its lock
  if (!(await findLeftovers(target)).some((l) => l.kind === 'previous')) return notes;
  try {
    await withLock(dir, target, { waitMs: 0 }, notes, () => recover(target, dir, notes));
  } catch (err) {
    if (err instanceof OutputFolderError && err.kind === 'busy') return notes;
    throw err;
  }
  return notes;
}

export async function writeOutputFolder(
  dir: string,
  files: readonly OutputFile[],
  manifest: Omit<Manifest, 'files' | 'backups'>,
  options: WriteOptions = {},
): Promise<WriteResult> {
  const target = path.resolve(dir);
  const parent = path.dirname(target);
  try {
    await mkdir(parent, { recursive: true });
  } catch (err) {
    throw unwritable(dir, err, '何も書き出していません');
  }
  const notes: Diagnostic[] = [];
  return withLock(
    dir,
    target,
    { waitMs: lockWaitMs(), ...(options.onWait ? { onWait: options.onWait } : {}) },
    notes,
    async (lock) => {
      await step('locked');
      try {
        await recover(target, dir, notes);
        return await write(dir, target, files, manifest, options, notes, lock);
      } catch (err) {
        // Reading the old folder failed (write() wraps its own errors): nothing was changed.
        if (err instanceof UserError || err instanceof LockLostError || !errnoOf(err)) throw err;
        throw unwritable(dir, err, '前回の出力はそのままです');
      }
    },
  );
}

async function write(
  dir: string,
  target: string,
  files: readonly OutputFile[],
  manifest: Omit<Manifest, 'files' | 'backups'>,
  options: WriteOptions,
  notes: Diagnostic[],
  lock: LockHandle,
): Promise<WriteResult> {
  const old = (await exists(target)) ? await stat(target) : undefined;
  const oldNames = old ? await readdir(target) : [];
  const previousManifest = old ? await readManifest(target) : undefined;
  const edited = await editedFiles(target, files);
  const taken = new Set([...oldNames, ...Object.keys(previousManifest?.backups ?? {})]);
  const backupNames = new Map<string, string>();
  for (const name of edited) {
    const bak = nextBackupName(name, taken);
    taken.add(bak);
    backupNames.set(name, bak);
  }
  if (edited.length > 0 && !options.force) {
    throw new UserError(
      edited.map((name) => ({
        rule: 'output/edited',
        severity: 'error',
        file: path.join(dir, name),
        message: '前回の出力から内容が変更されているため、上書きしませんでした',
        hint: `変更を新しい版に移すには hinagata diff で比べてください（上書きするときは --force。元のファイルは ${backupNames.get(name)} として残ります）`,
      })),
    );
  }

  const staging = newSibling(target, 'staging');
  let previous: string | undefined;
  let swapped = false;
  try {
    await mkdir(staging);
    // Carry over whatever else the folder holds (other formats, notes, earlier backups…). A file
    // of an earlier build keeps its recorded hash whatever it now holds, so an edit made to it
    // is still reported by verify and still protected from the next build that writes it.
    const hashes: Record<string, string> = {};
    const backups: Record<string, BackupRecord> = {};
    for (const name of oldNames) {
      if (files.some((f) => f.name === name) || name === MANIFEST) continue;
      await cp(path.join(target, name), path.join(staging, name), {
        recursive: true,
        preserveTimestamps: true,
      });
      const recorded = previousManifest?.files[name];
      if (recorded !== undefined) hashes[name] = recorded;
      const backup = previousManifest?.backups?.[name];
      if (backup) backups[name] = backup;
    }
    // A recorded file that is gone and not rewritten stays recorded: verify reports it missing.
    for (const [name, hash] of Object.entries(previousManifest?.files ?? {}))
      if (!files.some((f) => f.name === name) && !oldNames.includes(name)) hashes[name] = hash;
    const kept: string[] = [];
    for (const [name, bak] of backupNames) {
      const data = await readFile(path.join(target, name));
      await cp(path.join(target, name), path.join(staging, bak), { preserveTimestamps: true });
      backups[bak] = { of: name, sha256: sha256(data) };
      kept.push(bak);
    }
    for (const f of files) {
      const file = path.join(staging, f.name);
      await writeFile(file, f.data);
      if (oldNames.includes(f.name)) {
        const mode = (await stat(path.join(target, f.name))).mode & 0o7777;
        await chmod(file, mode);
      }
      hashes[f.name] = sha256(f.data);
    }
    const full: Manifest = {
      ...manifest,
      files: hashes,
      ...(Object.keys(backups).length > 0 ? { backups } : {}),
    };
    await writeFile(path.join(staging, MANIFEST), `${JSON.stringify(full, null, 2)}\n`);
    await step('staged');
    // A build stopped (Ctrl-Z) long enough for its lock to be taken over must not swap.
    await lock.assertHeld();
    // The rebuilt folder keeps the old one's mode (set last: it may forbid writing into it).
    if (old) await chmod(staging, old.mode & 0o7777);
    // The swap: old folder aside, staged folder in, old folder removed.
    if (old) {
      previous = newSibling(target, 'previous');
      await rename(target, previous);
    }
    await step('renamed-old');
    try {
      await rename(staging, target);
    } catch (err) {
      if (previous)
        await rename(previous, target).catch(() => {
          throw blocked(
            dir,
            `${dir} を書き出せず（${explainErrno(errnoOf(err) ?? 'EIO').what}）、前回の出力を元の名前に戻すこともできませんでした。前回の出力は ${previous} にあります`,
            `手で戻してください: mv ${q(previous!)} ${q(target)}`,
            errnoOf(err),
          );
        });
      previous = undefined;
      throw err;
    }
    swapped = true;
    await step('renamed-new');
    if (previous) {
      const leftover = previous;
      await removeTree(leftover).catch((err: unknown) =>
        notes.push({
          rule: 'output/leftover',
          severity: 'warning',
          file: leftover,
          message: `新しい出力は書き出しましたが、前回の出力を消せませんでした（${explainErrno(errnoOf(err) ?? 'EIO').what}）`,
          hint: `不要なので、権限を直してから消してください: chmod -R u+w ${q(leftover)} && rm -rf ${q(leftover)}`,
        }),
      );
    }
    await step('done');
    return { written: files.map((f) => path.join(dir, f.name)), backups: kept, notes };
  } catch (err) {
    if (err instanceof UserError || err instanceof LockLostError) throw err;
    if (swapped || !errnoOf(err)) throw err;
    throw unwritable(dir, err, old ? '前回の出力はそのままです' : '何も書き出していません');
  } finally {
    if (!swapped) {
      await chmod(staging, 0o700).catch(() => {});
      await rm(staging, { recursive: true, force: true }).catch(() => {});
    }
  }
}

// ---------------------------------------------------------------------------------------------
// verify

export interface VerifyResult {
  ok: string[];
  changed: string[];
  missing: string[];
  /** --force backups: as recorded, changed since, or gone (none of these fails verify). */
  backups: { ok: string[]; changed: string[]; missing: string[] };
}

async function check(dir: string, manifest: Manifest): Promise<VerifyResult> {
  const result: VerifyResult = {
    ok: [],
    changed: [],
    missing: [],
    backups: { ok: [], changed: [], missing: [] },
  };
  const sort = async (name: string, hash: string, into: Omit<VerifyResult, 'backups'>) => {
    const file = path.join(dir, name);
    if (!(await exists(file))) into.missing.push(name);
    else if (sha256(await readFile(file)) !== hash) into.changed.push(name);
    else into.ok.push(name);
  };
  for (const [name, hash] of Object.entries(manifest.files)) await sort(name, hash, result);
  for (const [name, b] of Object.entries(manifest.backups ?? {}))
    await sort(name, b.sha256, result.backups);
  return result;
}

/** Compares a deliverable folder with its manifest. */
export async function verifyFolder(dir: string): Promise<VerifyResult | undefined> {
  const m = await loadManifest(dir);
  return m.state === 'ok' ? check(dir, m.manifest) : undefined;
}

export interface FolderReport {
  folder: 'ok' | 'missing' | 'not-a-folder';
  manifest: ManifestState;
  result: VerifyResult | undefined;
  leftovers: (Leftover & { manifest: ManifestState; result: VerifyResult | undefined })[];
  lock: (LockInfo & { path: string; stale: 'dead' | 'old' | undefined }) | undefined;
}

/** Everything verify explains: the folder, its manifest, and what a build left beside it. */
export async function inspectFolder(dir: string): Promise<FolderReport> {
  const target = path.resolve(dir);
  const info = await stat(target).catch(() => undefined);
  const folder = !info ? 'missing' : info.isDirectory() ? 'ok' : 'not-a-folder';
  const manifest: ManifestState =
    folder === 'ok' ? await loadManifest(target) : { state: 'missing' };
  const leftovers = [];
  for (const l of await findLeftovers(target)) {
    const m = await loadManifest(l.path);
    leftovers.push({
      ...l,
      manifest: m,
      result: m.state === 'ok' ? await check(l.path, m.manifest) : undefined,
    });
  }
  const lockPath = lockPathFor(target);
  const lock = await readLock(lockPath).catch(() => undefined);
  return {
    folder,
    manifest,
    result: manifest.state === 'ok' ? await check(target, manifest.manifest) : undefined,
    leftovers,
    lock: lock ? { ...lock, path: lockPath, stale: staleReason(lock) } : undefined,
  };
}
