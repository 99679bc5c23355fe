// Never wrong, never lost: manifests, no silent overwrite of edited files, atomic folders (a killed
// build leaves the previous outputs as they were), hinagata verify.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repo, runCli, tempDir } from '../helpers/cli.js';

const sample = path.join(repo, 'examples', 'sample.yaml');
const quick = ['--docs', 'guideline', '--format', 'md,html'];

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]),
  );
}

describe('safety', () => {
  it('should write a manifest that verify checks, exit 1 when a file was changed', async () => {
    const out = tempDir();
    expect((await runCli(['build', sample, '-o', out, ...quick])).code).toBe(0);
    const dir = path.join(out, 'sample');
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
      version: number;
      config: { sha256: string };
      built: string;
      files: Record<string, string>;
    };
    expect(manifest.version).toBe(1);
    expect(Object.keys(manifest.files).sort()).toEqual(['guideline.html', 'guideline.md']);
    expect(manifest.built).toBe('2026-10-01T00:00:00.000Z'); // from the config, not the clock
    expect(manifest.config.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await runCli(['verify', dir])).code).toBe(0);
    writeFileSync(
      path.join(dir, 'guideline.md'),
      `${readFileSync(path.join(dir, 'guideline.md'), 'utf8')}\n追記`,
    );
    const verify = await runCli(['verify', dir]);
    expect(verify.code).toBe(1);
    expect(verify.stdout).toContain('guideline.md: 変更されています');
    expect((await runCli(['verify', out])).code).toBe(2);
  });

  it('should refuse to overwrite an edited output, and keep it as .bak with --force', async () => {
    const out = tempDir();
    await runCli(['build', sample, '-o', out, ...quick]);
    const dir = path.join(out, 'sample');
    const edited = `${readFileSync(path.join(dir, 'guideline.md'), 'utf8')}\n当社独自の追記`;
    writeFileSync(path.join(dir, 'guideline.md'), edited);
    const before = snapshot(dir);
    const refused = await runCli(['build', sample, '-o', out, ...quick]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('guideline.md');
    expect(refused.stderr).toContain('hinagata diff');
    expect(snapshot(dir)).toEqual(before);
    const forced = await runCli(['build', sample, '-o', out, ...quick, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(path.join(dir, 'guideline.md.bak'), 'utf8')).toBe(edited);
    expect(readFileSync(path.join(dir, 'guideline.md'), 'utf8')).not.toContain('当社独自の追記');
    expect((await runCli(['verify', dir])).code).toBe(0);
  });

  it('should rebuild an unedited folder without complaint, keeping files it does not write', async () => {
    const out = tempDir();
    await runCli(['build', sample, '-o', out, ...quick]);
    const dir = path.join(out, 'sample');
    writeFileSync(path.join(dir, 'メモ.txt'), '担当者のメモ');
    expect(
      (await runCli(['build', sample, '-o', out, '--docs', 'guideline', '--format', 'md'])).code,
    ).toBe(0);
    expect(readFileSync(path.join(dir, 'メモ.txt'), 'utf8')).toBe('担当者のメモ');
    expect(existsSync(path.join(dir, 'guideline.html'))).toBe(true);
    expect((await runCli(['verify', dir])).code).toBe(0);
  });

  it('should leave the previous outputs untouched when the process is killed before the swap', async () => {
    const out = tempDir();
    await runCli(['build', sample, '-o', out, ...quick]);
    const dir = path.join(out, 'sample');
    const before = snapshot(dir);
    const changed = path.join(tempDir(), 'sample.yaml');
    writeFileSync(changed, readFileSync(sample, 'utf8').replace('years: 5', 'years: 7'));
    const killed = spawnSync(
      process.execPath,
      [path.join(repo, 'bin', 'hinagata.js'), 'build', changed, '-o', out, ...quick],
      {
        env: { ...process.env, HINAGATA_TEST_KILL_BEFORE_SWAP: '1' },
        encoding: 'utf8',
      },
    );
    expect(killed.signal).toBe('SIGKILL');
    expect(snapshot(dir)).toEqual(before);
    // The next build clears what the killed one left and completes.
    expect((await runCli(['build', changed, '-o', out, ...quick])).code).toBe(0);
    expect(readFileSync(path.join(dir, 'guideline.md'), 'utf8')).toContain('７年間');
    expect(readdirSync(out).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('should report an output folder that cannot be written, without a stack trace', async () => {
    const blocker = path.join(tempDir(), 'not-a-folder');
    writeFileSync(blocker, 'x');
    const run = await runCli(['build', sample, '-o', path.join(blocker, 'out'), ...quick]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('書き込めません');
    expect(run.stderr).toContain('ENOTDIR');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
