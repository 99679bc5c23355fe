// Two builds into one output folder: the folder's lock makes the second wait (or give up with the
// holder named), every build that exits 0 leaves a folder that verifies, a stale lock is taken
// over, and a staging folder another live process owns is never removed. Real processes run the
// built CLI (bin/hinagata.js → dist, as after `npm ci`); HINAGATA_TEST_STEP pauses one of them
// inside its write (src/output/folder.ts).
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writeOutputFolder } from '../../src/output/folder.js';
import { repo, runCli, tempDir } from '../helpers/cli.js';

const bin = path.join(repo, 'bin', 'hinagata.js');
const quick = ['--docs', 'guideline', '--format', 'md,html'];

interface Done {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}
interface Proc {
  pid: number;
  done: Promise<Done>;
  stderr: () => string;
}

/** Runs the built CLI as a real process. */
function start(args: string[], env: Record<string, string> = {}): Proc {
  const child = spawn(process.execPath, [bin, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return {
    pid: child.pid!,
    stderr: () => stderr,
    done: new Promise((resolve) =>
      child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
    ),
  };
}

async function waitFor(what: string, cond: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
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

/** Two configs with the same file name (client.yaml) and different outputs, and their builds. */
let cfgA: string;
let cfgB: string;
let refA: Record<string, string>;
let refB: Record<string, string>;

beforeAll(async () => {
  assertBuilt();
  const root = tempDir('hinagata-conc-');
  const sample = readFileSync(path.join(repo, 'examples', 'sample.yaml'), 'utf8');
  cfgA = path.join(root, 'a', 'client.yaml');
  cfgB = path.join(root, 'b', 'client.yaml');
  mkdirSync(path.dirname(cfgA));
  mkdirSync(path.dirname(cfgB));
  writeFileSync(cfgA, sample);
  writeFileSync(cfgB, sample.replace('years: 5', 'years: 7'));
  for (const [cfg, set] of [
    [cfgA, (s: Record<string, string>) => (refA = s)],
    [cfgB, (s: Record<string, string>) => (refB = s)],
  ] as const) {
    const out = tempDir();
    expect((await runCli(['build', cfg, '-o', out, ...quick])).code).toBe(0);
    set(snapshot(path.join(out, 'client')));
  }
  expect(refA).not.toEqual(refB);
});

afterEach(() => {
  delete process.env['HINAGATA_LOCK_WAIT'];
});

describe('two builds into one output folder', () => {
  it('should leave a complete, verified folder after many random races of real processes', async () => {
    for (let round = 0; round < 4; round++) {
      const out = tempDir();
      const procs: Proc[] = [];
      for (const cfg of round % 2 ? [cfgA, cfgB] : [cfgB, cfgA]) {
        procs.push(start(['build', cfg, '-o', out, ...quick, '--quiet']));
        await new Promise((r) => setTimeout(r, Math.random() * 40));
      }
      const runs = await Promise.all(procs.map((p) => p.done));
      for (const r of runs) expect(r.code, r.stderr).toBe(0);
      const final = snapshot(path.join(out, 'client'));
      expect([refA, refB]).toContainEqual(final);
      expect((await runCli(['verify', path.join(out, 'client')])).code).toBe(0);
      expect(readdirSync(out)).toEqual(['client']);
    }
  });

  it('should serialise many concurrent writers in one process', async () => {
    const dir = path.join(tempDir(), 'client');
    const meta = {
      version: 1 as const,
      tool: 'test',
      template: { id: 't', version: '1' },
      config: { file: 'x', sha256: '0' },
      built: '2026-01-01T00:00:00.000Z',
    };
    const writes = Array.from({ length: 20 }, (_, i) =>
      writeOutputFolder(dir, [{ name: 'a.txt', data: `writer ${i}\n`.repeat(i + 1) }], meta),
    );
    const results = await Promise.all(writes);
    expect(results).toHaveLength(20);
    expect((await runCli(['verify', dir])).code).toBe(0);
    expect(readdirSync(path.dirname(dir))).toEqual(['client']);
  });

  it('should make a second build wait at every step of the first, then write after it', async () => {
    // One interleaving per step at which the first build is held, each in its own folder.
    const steps = ['locked', 'staged', 'renamed-old', 'renamed-new'] as const;
    await Promise.all(
      steps.map(async (at) => {
        const out = tempDir();
        expect((await runCli(['build', cfgA, '-o', out, ...quick])).code).toBe(0);
        const pause = path.join(tempDir(), 'pause');
        const a = start(['build', cfgB, '-o', out, ...quick], {
          HINAGATA_TEST_STEP: `${at}:pause:${pause}`,
        });
        await waitFor(`A at ${at}`, () => existsSync(pause));
        const b = start(['build', cfgA, '-o', out, ...quick]);
        await waitFor(`B waiting (${at})`, () => b.stderr().includes('待っています'));
        expect(b.stderr()).toContain(`pid ${a.pid}`);
        expect(b.stderr()).toContain(path.join(out, 'client'));
        if (at === 'renamed-old') {
          // Mid-swap the folder is absent; verify says why instead of 「manifest.json がありません」.
          const v = await runCli(['verify', path.join(out, 'client')]);
          expect(v.code).toBe(2);
          expect(v.stderr).toContain('書き出しています');
          expect(v.stderr).toContain('.client.previous-');
        }
        rmSync(pause);
        const [ra, rb] = await Promise.all([a.done, b.done]);
        expect(ra.code, ra.stderr).toBe(0);
        expect(rb.code, rb.stderr).toBe(0);
        expect(snapshot(path.join(out, 'client')), at).toEqual(refA); // B wrote last
        expect((await runCli(['verify', path.join(out, 'client')])).code).toBe(0);
        expect(readdirSync(out)).toEqual(['client']);
      }),
    );
  });

  it('should give up after HINAGATA_LOCK_WAIT naming the folder and the holder', async () => {
    const out = tempDir();
    expect((await runCli(['build', cfgA, '-o', out, ...quick])).code).toBe(0);
    const pause = path.join(tempDir(), 'pause');
    const a = start(['build', cfgB, '-o', out, ...quick], {
      HINAGATA_TEST_STEP: `staged:pause:${pause}`,
    });
    await waitFor('A staged', () => existsSync(pause));
    const b = await start(['build', cfgA, '-o', out, ...quick], { HINAGATA_LOCK_WAIT: '0.5' }).done;
    expect(b.code).toBe(1);
    expect(b.stderr).toContain('[output/busy]');
    expect(b.stderr).toContain(path.join(out, 'client'));
    expect(b.stderr).toMatch(
      new RegExp(`pid ${a.pid}、\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d 開始`),
    );
    expect(b.stderr).toContain('HINAGATA_LOCK_WAIT');
    expect(b.stderr).not.toContain('内部エラー');
    rmSync(pause);
    expect((await a.done).code).toBe(0);
    expect(snapshot(path.join(out, 'client'))).toEqual(refB);
    expect(readdirSync(out)).toEqual(['client']);
  });

  it('should take over a lock whose owner is dead, or that has not been touched for 30 s', async () => {
    const out = tempDir();
    const lock = path.join(out, '.client.lock');
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    const owner = (pid: number) =>
      JSON.stringify({
        pid,
        host: hostname(),
        started: new Date().toISOString(),
        token: 'x',
        command: '',
      });

    writeFileSync(lock, owner(dead));
    const first = await runCli(['build', cfgA, '-o', out, ...quick]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain('もう動いていない');
    expect(first.stderr).toContain(`pid ${dead}`);
    expect(existsSync(lock)).toBe(false);

    writeFileSync(lock, owner(process.pid)); // alive, but its heartbeat stopped a minute ago
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    const second = await runCli(['build', cfgB, '-o', out, ...quick]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain('30 秒以上更新のない');
    expect(snapshot(path.join(out, 'client'))).toEqual(refB);

    const fresh = owner(process.pid); // alive and fresh: not stolen
    writeFileSync(lock, fresh);
    process.env['HINAGATA_LOCK_WAIT'] = '0.3';
    const third = await runCli(['build', cfgA, '-o', out, ...quick]);
    expect(third.code).toBe(1);
    expect(readFileSync(lock, 'utf8')).toBe(fresh);
    expect(snapshot(path.join(out, 'client'))).toEqual(refB);
  });

  it("should never remove a staging folder a live process owns, only dead owners' leftovers", async () => {
    const out = tempDir();
    expect((await runCli(['build', cfgA, '-o', out, ...quick])).code).toBe(0);
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
      const live = `.client.staging-${sleeper.pid}-0123456789ab`;
      const gone = [`.client.staging-${dead}-0123456789ab`, '.client.staging-Ab12Cd']; // 0.1.0 name
      for (const name of [live, ...gone]) {
        mkdirSync(path.join(out, name));
        writeFileSync(path.join(out, name, 'guideline.md'), 'half written');
      }
      const deadPrevious = `.client.previous-${dead}-0123456789ab`;
      mkdirSync(path.join(out, deadPrevious));
      const v = await runCli(['verify', path.join(out, 'client')]);
      expect(v.stderr).toContain(`動いている hinagata（pid ${sleeper.pid}）が書き出し中`);
      expect(v.stderr).toContain('次の hinagata build で消えます');
      expect((await runCli(['build', cfgB, '-o', out, ...quick])).code).toBe(0);
      expect(readdirSync(out).sort()).toEqual([live, 'client'].sort());
      expect(readFileSync(path.join(out, live, 'guideline.md'), 'utf8')).toBe('half written');
    } finally {
      sleeper.kill('SIGKILL');
    }
  });
});
