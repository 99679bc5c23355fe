// One lock per output folder: the file <parent>/.<name>.lock, created with O_EXCL (open 'wx'),
// holding the owner's pid, host, start time, command and a random token. While it holds the lock
// the owner touches the file every HEARTBEAT_MS. A lock is stale, and is taken over, when its
// owner's pid no longer exists on this host or the file has not been touched for STALE_MS (an
// owner on another host, a hung or stopped process, a reused pid).
//
// Why not a library: proper-lockfile (the usual choice) decides staleness by mtime only, never by
// pid, and would be a new dependency (package.json is not ours to change here). Taking a stale lock
// over is done under a second, short-lived O_EXCL guard (<lock>.takeover, a directory), so two
// processes that both find the same stale lock cannot both remove it and then both win: each
// re-reads the lock under the guard and removes it only if it is still the same stale file, then
// competes for the new lock with an ordinary O_EXCL create that exactly one wins.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rmdir, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';

export const HEARTBEAT_MS = 2_000;
export const STALE_MS = 30_000;
/** A takeover guard older than this was left by a process that died inside the takeover. */
const GUARD_STALE_MS = 10_000;

export interface LockOwner {
  pid: number;
  host: string;
  /** ISO time the lock was taken. */
  started: string;
  token: string;
  command: string;
}

export interface LockInfo {
  /** Undefined while the holder is still writing the file, or when it is not ours to read. */
  owner: LockOwner | undefined;
  mtimeMs: number;
  ino: number;
}

export function lockPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.lock`);
}

/** Whether a process with this pid exists (EPERM: it exists but belongs to another user). */
export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export async function readLock(lockPath: string): Promise<LockInfo | undefined> {
  let info;
  try {
    info = await stat(lockPath);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
  let owner: LockOwner | undefined;
  try {
    const parsed = JSON.parse(await readFile(lockPath, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.token === 'string')
      owner = {
        pid: parsed.pid,
        host: String(parsed.host ?? ''),
        started: String(parsed.started ?? ''),
        token: parsed.token,
        command: String(parsed.command ?? ''),
      };
  } catch {
    owner = undefined; // being written (a fresh lock) or damaged (then it goes stale by age)
  }
  return { owner, mtimeMs: info.mtimeMs, ino: info.ino };
}

/** Why a lock may be taken over, or undefined while its owner is alive and keeps it fresh. */
export function staleReason(info: LockInfo, now = Date.now()): 'dead' | 'old' | undefined {
  if (info.owner && info.owner.host === hostname() && !pidAlive(info.owner.pid)) return 'dead';
  if (now - info.mtimeMs > STALE_MS) return 'old';
  return undefined;
}

export class LockBusyError extends Error {
  constructor(
    readonly lockPath: string,
    readonly holder: LockInfo,
    readonly waitedMs: number,
  ) {
    super(`lock ${lockPath} is held`);
    this.name = 'LockBusyError';
  }
}

export class LockLostError extends Error {
  constructor(readonly lockPath: string) {
    super(`lock ${lockPath} was taken over`);
    this.name = 'LockLostError';
  }
}

export interface LockHandle {
  path: string;
  owner: LockOwner;
  /** The stale lock this one replaced, if any. */
  tookOver: { info: LockInfo; reason: 'dead' | 'old' } | undefined;
  /** Throws LockLostError unless the lock file is still this handle's. */
  assertHeld(): Promise<void>;
  release(): Promise<void>;
}

export interface AcquireOptions {
  waitMs: number;
  /** Called once, when the lock is busy and this call starts waiting. */
  onWait?: (holder: LockInfo) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function sameFile(a: LockInfo, b: LockInfo): boolean {
  return a.ino === b.ino && a.mtimeMs === b.mtimeMs && a.owner?.token === b.owner?.token;
}

/** Removes `seen` if, under the takeover guard, it is still the lock file and still stale. */
async function takeOver(lockPath: string, seen: LockInfo): Promise<boolean> {
  const guard = `${lockPath}.takeover`;
  try {
    await mkdir(guard);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const info = await stat(guard).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > GUARD_STALE_MS) await rmdir(guard).catch(() => {});
    return false; // another process is taking over; the caller looks again
  }
  try {
    const now = await readLock(lockPath);
    if (!now || !sameFile(now, seen) || !staleReason(now)) return false;
    await unlink(lockPath).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    });
    return true;
  } finally {
    await rmdir(guard).catch(() => {});
  }
}

export async function acquireLock(target: string, options: AcquireOptions): Promise<LockHandle> {
  const lockPath = lockPathFor(target);
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    started: new Date().toISOString(),
    token: randomBytes(12).toString('hex'),
    command: process.argv.slice(1).join(' ').slice(0, 300),
  };
  const deadline = Date.now() + options.waitMs;
  let told = false;
  let tookOver: LockHandle['tookOver'];
  for (;;) {
    try {
      await writeFile(lockPath, `${JSON.stringify(owner)}\n`, { flag: 'wx' });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const info = await readLock(lockPath);
    if (!info) continue; // released meanwhile
    const reason = staleReason(info);
    if (reason) {
      if (await takeOver(lockPath, info)) tookOver = { info, reason };
      else await sleep(20 + Math.random() * 40); // another process is taking it over
      continue;
    }
    const left = deadline - Date.now();
    if (left <= 0) throw new LockBusyError(lockPath, info, options.waitMs);
    if (!told) {
      told = true;
      options.onWait?.(info);
    }
    await sleep(Math.min(left, 40 + Math.random() * 80));
  }
  const heartbeat = setInterval(() => {
    const now = new Date();
    utimes(lockPath, now, now).catch(() => {});
  }, HEARTBEAT_MS);
  heartbeat.unref();
  const mine = async () => (await readLock(lockPath).catch(() => undefined))?.owner?.token;
  return {
    path: lockPath,
    owner,
    tookOver,
    async assertHeld() {
      if ((await mine()) !== owner.token) throw new LockLostError(lockPath);
    },
    async release() {
      clearInterval(heartbeat);
      if ((await mine()) === owner.token) await unlink(lockPath).catch(() => {});
    },
  };
}

/** 2026-05-01 10:00:00 (local time), for messages. */
export function localTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso || '不明';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/** 「pid 123、2026-05-01 10:00:00 開始」, with the host when it is another machine's. */
export function describeHolder(info: LockInfo): string {
  const o = info.owner;
  if (!o) return `持ち主不明、${localTime(new Date(info.mtimeMs).toISOString())} 更新`;
  const host = o.host && o.host !== hostname() ? `ホスト ${o.host}、` : '';
  return `pid ${o.pid}、${host}${localTime(o.started)} 開始`;
}
