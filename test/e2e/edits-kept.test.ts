// Edits are never lost: every --force keeps the edited file under a new backup name (.bak,
// .bak.2 …) recorded in the manifest, and a partial rebuild (some formats or documents) keeps
// every file it does not rewrite in the manifest with its recorded hash, so an edit to it is still
// reported by verify and still stops the next build that would overwrite it.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256, type Manifest } from '../../src/output/folder.js';
import { repo, runCli, tempDir } from '../helpers/cli.js';

const sample = path.join(repo, 'examples', 'sample.yaml');

function manifestOf(dir: string): Manifest {
  return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

function append(file: string, text: string): string {
  const edited = `${readFileSync(file, 'utf8')}\n${text}`;
  writeFileSync(file, edited);
  return edited;
}

describe('edits kept', () => {
  it('should keep every edit across --force runs as .bak, .bak.2 …, recorded in the manifest', async () => {
    const out = tempDir();
    const args = ['build', sample, '-o', out, '--docs', 'guideline', '--format', 'md'];
    expect((await runCli(args)).code).toBe(0);
    const dir = path.join(out, 'sample');
    const md = path.join(dir, 'guideline.md');

    const first = append(md, '一回目の編集');
    expect((await runCli([...args, '--force'])).code).toBe(0);
    const second = append(md, '二回目の編集');
    const forced = await runCli([...args, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain(path.join(dir, 'guideline.md.bak.2'));

    expect(readFileSync(`${md}.bak`, 'utf8')).toBe(first);
    expect(readFileSync(`${md}.bak.2`, 'utf8')).toBe(second);
    expect(manifestOf(dir).backups).toEqual({
      'guideline.md.bak': { of: 'guideline.md', sha256: sha256(first) },
      'guideline.md.bak.2': { of: 'guideline.md', sha256: sha256(second) },
    });
    const verify = await runCli(['verify', dir]);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain('guideline.md.bak、guideline.md.bak.2');

    // An ordinary rebuild carries the backups and their records over.
    expect((await runCli(args)).code).toBe(0);
    expect(Object.keys(manifestOf(dir).backups ?? {})).toHaveLength(2);

    // The refusal names the backup a --force would make.
    append(md, '三回目の編集');
    const refused = await runCli(args);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('guideline.md.bak.3');
  });

  it('should keep an edited file it does not rewrite protected (partial rebuild by format)', async () => {
    const out = tempDir();
    const build = (format: string, ...more: string[]) =>
      runCli(['build', sample, '-o', out, '--docs', 'guideline', '--format', format, ...more]);
    expect((await build('md,html')).code).toBe(0);
    const dir = path.join(out, 'sample');
    const recorded = manifestOf(dir).files['guideline.html'];
    const edited = append(path.join(dir, 'guideline.html'), '<!-- 顧客の編集 -->');

    const partial = await build('md');
    expect(partial.code).toBe(0);
    expect(manifestOf(dir).files['guideline.html']).toBe(recorded);
    const verify = await runCli(['verify', dir]);
    expect(verify.code).toBe(1);
    expect(verify.stdout).toContain('guideline.html: 変更されています');

    const full = await build('md,html');
    expect(full.code).toBe(1);
    expect(full.stderr).toContain('guideline.html');
    expect(readFileSync(path.join(dir, 'guideline.html'), 'utf8')).toBe(edited);
    expect((await build('md,html', '--force')).code).toBe(0);
    expect(readFileSync(path.join(dir, 'guideline.html.bak'), 'utf8')).toBe(edited);
    expect((await runCli(['verify', dir])).code).toBe(0);
  });

  it('should keep files of documents it does not rebuild, and report a deleted one', async () => {
    const out = tempDir();
    const build = (docs: string) =>
      runCli(['build', sample, '-o', out, '--docs', docs, '--format', 'md']);
    expect((await build('guideline,commentary')).code).toBe(0);
    const dir = path.join(out, 'sample');
    append(path.join(dir, 'commentary.md'), '担当者の注記');
    expect((await build('guideline')).code).toBe(0);
    const verify = await runCli(['verify', dir]);
    expect(verify.code).toBe(1);
    expect(verify.stdout).toContain('commentary.md: 変更されています');

    rmSync(path.join(dir, 'commentary.md'));
    expect((await build('guideline')).code).toBe(0);
    const gone = await runCli(['verify', dir]);
    expect(gone.code).toBe(1);
    expect(gone.stdout).toContain('commentary.md: ありません');
    expect((await build('guideline,commentary')).code).toBe(0);
    expect((await runCli(['verify', dir])).code).toBe(0);
  });
});
