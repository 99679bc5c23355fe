// The CLI end to end: real files written to a temp folder, read back.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repo, runCli, sampleWithOverrides, tempDir } from '../helpers/cli.js';

const sample = path.join(repo, 'examples', 'sample.yaml');

describe('hinagata CLI', () => {
  it('should print help for the program and every command, exit 0', async () => {
    for (const args of [['--help'], ['build', '--help'], ['init', '--help']]) {
      const run = await runCli(args);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Usage: hinagata/);
    }
  });

  it('should build the sample into DIR/<config name>/ as Word, PDF, Markdown and HTML', async () => {
    const out = tempDir();
    const run = await runCli(['build', sample, '-o', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readdirSync(path.join(out, 'sample')).sort()).toEqual([
      'commentary.docx',
      'commentary.html',
      'commentary.md',
      'commentary.pdf',
      'guideline.docx',
      'guideline.html',
      'guideline.md',
      'guideline.pdf',
      'manifest.json',
      'record-form.docx',
      'record-form.pdf',
    ]);
    const md = readFileSync(path.join(out, 'sample', 'guideline.md'), 'utf8');
    expect(md).toMatch(/^# 顧客相談ガイドライン/);
    expect(md).toContain('## 第１条（目的）');
    expect(md).toContain('## 附則');
    const html = readFileSync(path.join(out, 'sample', 'guideline.html'), 'utf8');
    expect(html).toContain('<html lang="ja">');
    expect(html).toContain('@page { size: A4;');
  });

  it('should write only the formats asked for', async () => {
    const out = tempDir();
    expect(
      (await runCli(['build', sample, '-o', out, '--format', 'html', '--docs', 'guideline'])).code,
    ).toBe(0);
    expect(readdirSync(path.join(out, 'sample'))).toEqual(['guideline.html', 'manifest.json']);
    expect(
      (
        await runCli([
          'build',
          sample,
          '-o',
          out,
          '--format',
          'pdf',
          '--docs',
          'record-form,commentary',
        ])
      ).code,
    ).toBe(0);
    expect(readdirSync(path.join(out, 'sample')).sort()).toEqual([
      'commentary.pdf',
      'guideline.html',
      'manifest.json',
      'record-form.pdf',
    ]);
    expect((await runCli(['build', sample, '-o', out, '--docs', 'memo'])).code).toBe(2);
  });

  it('should exit 2 for an unknown format or option, writing nothing', async () => {
    const out = tempDir();
    const bad = await runCli(['build', sample, '-o', out, '--format', 'rtf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('rtf');
    expect((await runCli(['build', sample, '--frmat', 'md'])).code).toBe(2);
    expect((await runCli(['frobnicate'])).code).toBe(2);
    expect(readdirSync(out)).toEqual([]);
  });

  it('should exit 1 for an invalid config with path and line, no stack trace, and write nothing', async () => {
    const out = tempDir();
    const config = path.join(repo, 'test/fixtures/configs/bad/unknown-key/config.yaml');
    const run = await runCli(['build', config, '-o', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('config.yaml:4:3');
    expect(run.stderr).toContain('desk.nmae');
    expect(run.stderr).toContain('「name」の誤りではありませんか');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(out)).toEqual([]);
  });

  it('should exit 1 for a missing config file with a clear message', async () => {
    const run = await runCli(['build', path.join(tempDir(), 'nope.yaml'), '-o', tempDir()]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('設定ファイルが見つかりません');
  });

  it('should exit 2 naming a folder or a pattern that holds no config, never skipping it', async () => {
    const empty = tempDir();
    const sample = path.join(repo, 'examples/sample.yaml');
    const folder = await runCli(['build', sample, empty, '-o', tempDir()]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain(
      `フォルダ ${empty} には設定ファイル（.yaml、.yml 又は .json）がありません`,
    );
    const pattern = await runCli(['build', path.join(empty, '*.yaml'), '-o', tempDir()]);
    expect(pattern.code).toBe(2);
    expect(pattern.stderr).toContain(
      'に当てはまる設定ファイル（.yaml、.yml 又は .json）がありません',
    );
  });

  it('should build the good configs and report the bad one when given several', async () => {
    const out = tempDir();
    const bad = path.join(repo, 'test/fixtures/configs/bad/wrong-type/config.yaml');
    const run = await runCli([
      'build',
      sample,
      bad,
      path.join(repo, 'examples/email-only.yaml'),
      '-o',
      out,
    ]);
    expect(run.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['email-only', 'sample']);
    expect(run.stderr).toContain('records.callRecording');
  });

  it('should write a starter config with init that builds as it is, and not overwrite it', async () => {
    const dir = tempDir();
    const first = await runCli(['init', dir]);
    expect(first.code).toBe(0);
    const file = path.join(dir, 'hinagata.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toMatch(
      /^# yaml-language-server: \$schema=.*schema\/hinagata\.schema\.json$/,
    );
    const schemaPath = path.resolve(dir, text.split('\n')[0]!.replace(/^.*\$schema=/, ''));
    expect(existsSync(schemaPath)).toBe(true);
    // The starter's 「株式会社〇〇」 must be filled in: building it as it is names the placeholder
    // at its field (the config is refused before anything is assembled).
    const out = tempDir();
    const unfilled = await runCli([
      'build',
      file,
      '-o',
      out,
      '--docs',
      'guideline',
      '--format',
      'md',
    ]);
    expect(unfilled.code).toBe(1);
    expect(unfilled.stderr).toMatch(
      /:9:\d+: エラー \[config\/placeholder\] company\.name: 埋められていない箇所「〇〇」/,
    );
    writeFileSync(file, readFileSync(file, 'utf8').replace('株式会社〇〇', '株式会社テスト'));
    expect(
      (await runCli(['build', file, '-o', out, '--docs', 'guideline', '--format', 'md'])).code,
    ).toBe(0);
    expect(existsSync(path.join(out, path.basename(dir), 'guideline.md'))).toBe(true); // hinagata.yaml is named after its folder
    const again = await runCli(['init', dir]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('--force');
  });

  it('should build a company override and resolve its references by id', async () => {
    const dir = tempDir();
    sampleWithOverrides(dir, {
      records: {
        file: 'clauses/records.md',
        text: '---\ntitle: 相談内容の記録\n---\n{{company.short}}は、相談の内容を記録する。\n\n{{company.short}}は、{{ref "intake-refusal"}}に該当する相談についても、その経過を記録する。\n\n{{#if records.callRecording}}\n{{label "recording"}}{{company.short}}は、通話を録音する。\n{{/if}}\n',
      },
    });
    const out = tempDir();
    // The short override lost required provisions: the build refuses, naming them…
    const refused = await runCli([
      'build',
      path.join(dir, 'acme.yaml'),
      '-o',
      out,
      '--format',
      'md',
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('[P-RECORD-NO-PUBLISH]');
    expect(readdirSync(out)).toEqual([]);
    // …and writes it, errors shown as warnings, when the company insists.
    const run = await runCli([
      'build',
      path.join(dir, 'acme.yaml'),
      '-o',
      out,
      '--format',
      'md',
      '--force',
    ]);
    expect(run.code).toBe(0);
    // The commentary cannot know the company's wording: references into it are flagged, not fatal.
    expect(run.stderr).not.toContain('エラー');
    const md = readFileSync(path.join(out, 'acme', 'guideline.md'), 'utf8');
    expect(md).toContain('## 第１１条（相談内容の記録）');
    expect(md).toContain('当社は、第５条に該当する相談についても、その経過を記録する。');
    // The intake article's reference to the labelled 項 follows the override.
    expect(md).toContain('第１１条第３項に定めるところにより');
  });

  it('should refuse an override that drops a 項 another article refers to', async () => {
    const dir = tempDir();
    sampleWithOverrides(dir, {
      records: { file: 'records.md', text: '{{company.short}}は、相談の内容を記録する。\n' },
    });
    const out = tempDir();
    const run = await runCli(['build', path.join(dir, 'acme.yaml'), '-o', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[C-XREF]');
    expect(run.stderr).toContain('recording');
    expect(readdirSync(out)).toEqual([]);
  });

  it('should reject an unknown name in an override with its file, line and column', async () => {
    const dir = tempDir();
    sampleWithOverrides(dir, {
      records: {
        file: 'records.md',
        text: '当社は、相談を記録する。\n\n{{company.shortname}}は、録音する。\n',
      },
    });
    const out = tempDir();
    const run = await runCli(['build', path.join(dir, 'acme.yaml'), '-o', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/records\.md:3:\d+: エラー \[template\/handlebars\]/);
    expect(run.stderr).toContain('shortname');
    expect(readdirSync(out)).toEqual([]);
  });
});
