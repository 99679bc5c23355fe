// Faults: a build SIGKILLed at each step of its write (HINAGATA_TEST_STEP, src/output/folder.ts)
// leaves the old or the new complete folder — between the two renames, the old one under its
// temporary name, which verify explains and the next build (even an invalid one) puts back; write
// errors (EFBIG, EACCES) are user errors with the errno, not as an internal error, never 内部エラー; an old
// folder that cannot be removed no longer fails every later build; the umask is respected.
// Real processes run the built CLI (bin/hinagata.js → dist, as after `npm ci`).
import { spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repo, runCli, tempDir } from '../helpers/cli.js';

const bin = path.join(repo, 'bin', 'hinagata.js');
const quick = ['--docs', 'guideline', '--format', 'md,html'];

interface Done {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a real process; `shell` is run by bash first (ulimit, umask). */
function run(
  args: string[],
  opts: { env?: Record<string, string>; shell?: string; uid?: number; gid?: number } = {},
): Promise<Done> {
  const child = spawn(
    'bash',
    ['-c', `${opts.shell ?? ':'}; exec "$0" "$@"`, process.execPath, bin, ...args],
    {
      env: { ...process.env, ...opts.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(opts.uid !== undefined ? { uid: opts.uid, gid: opts.gid ?? opts.uid } : {}),
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
}

/** The tests run the built CLI: refuse to test a dist older than the sources it is built from. */
function assertBuilt(): void {
  for (const f of ['output/folder', 'output/lock', 'batch/one', 'cli/build', 'cli/verify']) {
    const js = path.join(repo, 'dist', 'src', `${f}.js`);
    const ts = path.join(repo, 'src', `${f}.ts`);
    if (!existsSync(js) || statSync(js).mtimeMs < statSync(ts).mtimeMs)
      throw new Error(`dist/src/${f}.js is older than src/${f}.ts: run npm run build first`);
  }
}

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]),
  );
}

let cfgA: string;
let cfgB: string;
let cfgBad: string;
let refA: Record<string, string>;
let refB: Record<string, string>;

beforeAll(async () => {
  assertBuilt();
  const root = tempDir('hinagata-faults-');
  chmodSync(root, 0o755); // readable by the unprivileged user of the permission test
  const sample = readFileSync(path.join(repo, 'examples', 'sample.yaml'), 'utf8');
  const put = (dir: string, text: string) => {
    mkdirSync(path.join(root, dir));
    writeFileSync(path.join(root, dir, 'client.yaml'), text);
    return path.join(root, dir, 'client.yaml');
  };
  cfgA = put('a', sample);
  cfgB = put('b', sample.replace('years: 5', 'years: 7'));
  cfgBad = put('bad', sample.replace('court: 東京地方裁判所', 'court: 3'));
  const out = tempDir();
  expect((await runCli(['build', cfgA, '-o', out, ...quick])).code).toBe(0);
  refA = snapshot(path.join(out, 'client'));
  const outB = tempDir();
  expect((await runCli(['build', cfgB, '-o', outB, ...quick])).code).toBe(0);
  refB = snapshot(path.join(outB, 'client'));
});

describe('a build killed at each step of its write', () => {
  const expected = {
    locked: 'old',
    staged: 'old',
    'renamed-old': 'missing',
    'renamed-new': 'new',
    done: 'new',
  } as const;

  it('should leave the old or the new complete folder, and the next build recovers', async () => {
    await Promise.all(
      Object.entries(expected).map(async ([at, state]) => {
        const out = tempDir();
        const dir = path.join(out, 'client');
        expect((await runCli(['build', cfgA, '-o', out, ...quick])).code).toBe(0);
        const killed = await run(['build', cfgB, '-o', out, ...quick], {
          env: { HINAGATA_TEST_STEP: `${at}:kill` },
        });
        expect(killed.signal, at).toBe('SIGKILL');
        if (state === 'missing') {
          expect(existsSync(dir), at).toBe(false);
          const verify = await runCli(['verify', dir]);
          expect(verify.code).toBe(2);
          expect(verify.stderr).toContain('フォルダがありません');
          expect(verify.stderr).toContain('.client.previous-');
          expect(verify.stderr).toContain('2件のファイルはすべて書き出したときのまま');
          expect(verify.stderr).toContain('hinagata build をもう一度実行すると元に戻ります');
          expect(verify.stderr).toContain('mv ');
          // Even a build that stops on an invalid config puts the old folder back.
          const bad = await runCli(['build', cfgBad, '-o', out, ...quick]);
          expect(bad.code).toBe(1);
          expect(bad.stderr).toContain('[output/restored]');
          expect(snapshot(dir), at).toEqual(refA);
        } else {
          expect(snapshot(dir), at).toEqual(state === 'old' ? refA : refB);
        }
        expect((await runCli(['verify', dir])).code, at).toBe(0);
        const next = await runCli(['build', cfgB, '-o', out, ...quick]);
        expect(next.code, next.stderr).toBe(0);
        expect(snapshot(dir), at).toEqual(refB);
        expect(readdirSync(out), at).toEqual(['client']); // staging, previous and lock cleaned
      }),
    );
  });
});

describe('write errors', () => {
  it('should answer EFBIG (file-size limit) with the errno, not as an internal error, old folder intact', async () => {
    const out = tempDir();
    expect((await runCli(['build', cfgA, '-o', out, ...quick])).code).toBe(0);
    const limited = await run(['build', cfgB, '-o', out, ...quick], { shell: 'ulimit -f 16' });
    expect(limited.code).toBe(1);
    expect(limited.stderr).toContain('EFBIG');
    expect(limited.stderr).toContain('ulimit -f');
    expect(limited.stderr).toContain('前回の出力はそのままです');
    expect(limited.stderr).not.toContain('内部エラー');
    expect(snapshot(path.join(out, 'client'))).toEqual(refA);
    expect(readdirSync(out)).toEqual(['client']);
  });

  it.skipIf(process.getuid?.() !== 0)(
    'should not fail every later build when the old folder cannot be removed (run as nobody)',
    async () => {
      const nobody = 65534;
      const out = tempDir();
      chmodSync(out, 0o755);
      expect((await runCli(['build', cfgA, '-o', out, ...quick])).code).toBe(0);
      const dir = path.join(out, 'client');
      for (const f of readdirSync(dir)) chmodSync(path.join(dir, f), 0o444);
      chmodSync(dir, 0o555); // root's, not writable by nobody; its parent is nobody's
      chownSync(out, nobody, nobody);
      for (let i = 0; i < 2; i++) {
        const r = await run(['build', cfgB, '-o', out, ...quick], { uid: nobody });
        expect(r.code, r.stderr).toBe(0);
        expect(r.stderr).toContain('[output/leftover]');
        expect(r.stderr).toMatch(/\.client\.previous-\d+-[0-9a-f]+/);
        expect(r.stderr).toContain('chmod -R u+w');
      }
      expect(snapshot(dir)).toEqual(refB);
      const verify = await runCli(['verify', dir]);
      expect(verify.code).toBe(0);
      expect(verify.stderr).toContain('前回の出力の残り');
    },
  );

  it('should name a leftover that blocks the build, and what to do', async () => {
    const out = tempDir();
    expect((await runCli(['build', cfgA, '-o', out, ...quick])).code).toBe(0);
    // A previous folder with its manifest beside a folder without one: the build will not guess.
    const previous = path.join(out, '.client.previous-999999999-0123456789ab');
    const dir = path.join(out, 'client');
    renameSync(dir, previous);
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'guideline.md'), '手で置いたもの');
    const verify = await runCli(['verify', dir]);
    expect(verify.code).toBe(2);
    expect(verify.stderr).toContain('manifest.json がありません');
    expect(verify.stderr).toContain(previous);
    const blocked = await runCli(['build', cfgB, '-o', out, ...quick]);
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain('[output/leftover]');
    expect(blocked.stderr).toContain(previous);
    expect(blocked.stderr).toContain('どちらを残すか');
    expect(readFileSync(path.join(dir, 'guideline.md'), 'utf8')).toBe('手で置いたもの');
  });

  it('should say what is wrong with a folder verify cannot check', async () => {
    const out = tempDir();
    expect((await runCli(['build', cfgA, '-o', out, ...quick])).code).toBe(0);
    const dir = path.join(out, 'client');
    writeFileSync(path.join(dir, 'manifest.json'), '{ broken');
    const broken = await runCli(['verify', dir]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('manifest.json が壊れています');
    const file = await runCli(['verify', path.join(dir, 'guideline.md')]);
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('フォルダではありません');
    const none = await runCli(['verify', path.join(out, 'nope')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('フォルダがありません');
  });
});

describe('modes', () => {
  it('should create folders and files by the umask, and keep the mode of a folder it replaces', async () => {
    for (const [umask, folder, file] of [
      ['022', 0o755, 0o644],
      ['027', 0o750, 0o640],
    ] as const) {
      const out = tempDir();
      const r = await run(['build', cfgA, '-o', out, ...quick], { shell: `umask ${umask}` });
      expect(r.code, r.stderr).toBe(0);
      const dir = path.join(out, 'client');
      expect(statSync(dir).mode & 0o777, umask).toBe(folder);
      expect(statSync(path.join(dir, 'guideline.md')).mode & 0o777, umask).toBe(file);
      expect(statSync(path.join(dir, 'manifest.json')).mode & 0o777, umask).toBe(file);
    }
    const out = tempDir();
    expect((await runCli(['build', cfgA, '-o', out, ...quick])).code).toBe(0);
    const dir = path.join(out, 'client');
    chmodSync(dir, 0o700); // a confidential client folder stays confidential
    chmodSync(path.join(dir, 'guideline.md'), 0o600);
    expect((await runCli(['build', cfgB, '-o', out, ...quick])).code).toBe(0);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(dir, 'guideline.md')).mode & 0o777).toBe(0o600);
  });
});
