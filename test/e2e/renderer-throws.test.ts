// A renderer that fails halfway leaves the previous outputs exactly as they were.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { repo, runCli, tempDir } from '../helpers/cli.js';

vi.mock('../../src/render/pdf/render.js', () => ({
  renderPdf: () => Promise.reject(new Error('renderer failed halfway')),
}));

describe('a renderer failing midway', () => {
  it('should leave the previous outputs untouched and write nothing new', async () => {
    const out = tempDir();
    const sample = path.join(repo, 'examples', 'sample.yaml');
    expect(
      (await runCli(['build', sample, '-o', out, '--docs', 'guideline', '--format', 'md,html']))
        .code,
    ).toBe(0);
    const dir = path.join(out, 'sample');
    const before = Object.fromEntries(
      readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]),
    );
    // docx renders first, then PDF fails: nothing of this run may appear.
    const run = await runCli([
      'build',
      sample,
      '-o',
      out,
      '--docs',
      'guideline',
      '--format',
      'docx,pdf,md',
    ]);
    expect(run.code).not.toBe(0);
    expect(
      Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(path.join(dir, f), 'utf8')])),
    ).toEqual(before);
    expect(readdirSync(out).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});
