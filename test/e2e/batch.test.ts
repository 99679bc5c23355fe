// Batch builds: many configs, folders and globs, workers; a bad config does not stop the others;
// batch outputs are byte-identical to single builds.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repo, runCli, tempDir } from '../helpers/cli.js';

const sample = readFileSync(path.join(repo, 'examples/sample.yaml'), 'utf8');
const quick = ['--docs', 'guideline,record-form', '--format', 'docx,pdf,md'];

function clients(n: number, bad?: number): string {
  const dir = path.join(tempDir('hinagata-batch-'), 'clients');
  mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= n; i++) {
    const text = sample
      .replace('株式会社サンプル商事', `株式会社顧客${i}`)
      .replace('years: 5', `years: ${i}`);
    writeFileSync(
      path.join(dir, `client-${i}.yaml`),
      i === bad ? text.replace('court: 東京地方裁判所', 'court: 3') : text,
    );
  }
  return dir;
}

describe('batch builds', () => {
  it('should build the good configs of a folder, report the bad one with its diagnostics and exit 1', async () => {
    const dir = clients(4, 3);
    const out = tempDir();
    const run = await runCli(['build', dir, '-o', out, '--jobs', '2', ...quick]);
    expect(run.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['client-1', 'client-2', 'client-4']);
    expect(run.stderr).toContain('client-3.yaml');
    expect(run.stderr).toContain('jurisdiction.court');
    expect(run.stderr).toMatch(/4件中 3件を書き出しました/);
  });

  it('should print one JSON line per client with --json', async () => {
    const dir = clients(3, 2);
    const run = await runCli([
      'build',
      path.join(dir, '*.yaml'),
      '-o',
      tempDir(),
      '--json',
      ...quick,
    ]);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            config: string;
            ok: boolean;
            outputs: string[];
            ms: number;
            diagnostics: { rule: string }[];
          },
      );
    expect(lines).toHaveLength(3);
    const byName = Object.fromEntries(lines.map((l) => [path.basename(l.config), l]));
    expect(byName['client-1.yaml']?.ok).toBe(true);
    expect(byName['client-1.yaml']?.outputs.length).toBe(5);
    expect(byName['client-2.yaml']?.ok).toBe(false);
    expect(byName['client-2.yaml']?.diagnostics.length).toBeGreaterThan(0);
    expect(typeof byName['client-3.yaml']?.ms).toBe('number');
  });

  it('should write exactly the bytes of single builds when building on workers', async () => {
    const dir = clients(3);
    const batch = tempDir();
    expect(
      (await runCli(['build', dir, '-o', batch, '--jobs', '2', '--quiet', ...quick])).code,
    ).toBe(0);
    const single = tempDir();
    for (const f of readdirSync(dir))
      expect(
        (await runCli(['build', path.join(dir, f), '-o', single, '--jobs', '1', ...quick])).code,
      ).toBe(0);
    for (const client of readdirSync(single)) {
      for (const file of readdirSync(path.join(single, client))) {
        expect(
          readFileSync(path.join(batch, client, file)).equals(
            readFileSync(path.join(single, client, file)),
          ),
          `${client}/${file}`,
        ).toBe(true);
      }
    }
  });
});
