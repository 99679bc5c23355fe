// The customer-harassment documents everywhere the engine goes: `build --docs`, the batch, the
// diff and its 新旧対照表, `init` for a pack, and the web app's list of documents.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { diffFiles } from '../../src/comparison.js';
import { defaultTemplateId, listTemplates, loadTemplate } from '../../src/source/clauses.js';
import { repo, runCli, tempDir } from '../helpers/cli.js';

const full = readFileSync(path.join(repo, 'examples/full-options.yaml'), 'utf8');
const docs = ['--docs', 'cushara-policy,employee-notice', '--format', 'docx,pdf,md,html'];

function twoVersions(): { oldFile: string; newFile: string } {
  const dir = tempDir('hinagata-cushara-');
  const oldFile = path.join(dir, 'old.yaml');
  const newFile = path.join(dir, 'new.yaml');
  writeFileSync(oldFile, full);
  writeFileSync(
    newFile,
    full
      .replace(
        'employeeDesk: 人事部ハラスメント相談窓口',
        'employeeDesk: 総務部相談デスク\n  measures: [warning, end, restrict, suspend, police]',
      )
      .replace(
        '- { date: 2026-10-01, summary: 改正労働施策総合推進法の施行に伴う改定 }',
        '- { date: 2026-10-01, summary: 改正労働施策総合推進法の施行に伴う改定 }\n    - { date: 2027-04-01, summary: 受付の拒絶の措置をやめる }',
      ),
  );
  return { oldFile, newFile };
}

describe('hinagata build --docs with the customer-harassment documents', () => {
  it('should offer them in --help and build them on request', async () => {
    const help = await runCli(['build', '--help']);
    expect(help.stdout).toContain('cushara-policy');
    expect(help.stdout).toContain('employee-notice');
    const dir = tempDir();
    const config = path.join(dir, 'acme.yaml');
    writeFileSync(config, full);
    const out = tempDir();
    const run = await runCli(['build', config, '-o', out, ...docs]);
    expect(run.code).toBe(0);
    expect(
      readdirSync(path.join(out, 'acme'))
        .filter((f) => f !== 'manifest.json')
        .sort(),
    ).toEqual([
      'cushara-policy.docx',
      'cushara-policy.html',
      'cushara-policy.md',
      'cushara-policy.pdf',
      'employee-notice.docx',
      'employee-notice.html',
      'employee-notice.md',
      'employee-notice.pdf',
    ]);
  });

  it('should build the pack default documents when --docs is not given', async () => {
    const out = tempDir();
    const run = await runCli([
      'build',
      path.join(repo, 'examples/full-options.yaml'),
      '-o',
      out,
      '--format',
      'md',
    ]);
    expect(run.code).toBe(0);
    const defaults = loadTemplate(defaultTemplateId())
      .documents.filter((d) => d.default)
      .map((d) => `${d.id}.md`);
    expect(
      readdirSync(path.join(out, 'full-options'))
        .filter((f) => f.endsWith('.md'))
        .sort(),
    ).toEqual(defaults.filter((f) => f !== 'record-form.md').sort());
  });

  it('should name the field when the notice lacks the employee desk, and write nothing', async () => {
    const out = tempDir();
    const run = await runCli([
      'build',
      path.join(repo, 'examples/sample.yaml'),
      '-o',
      out,
      '--docs',
      'employee-notice',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[config/required-for-document] harassment.employeeDesk:');
    expect(existsSync(path.join(out, 'sample'))).toBe(false);
  });

  it('should build them in a batch on workers, byte for byte as single builds', async () => {
    const dir = tempDir('hinagata-batch-');
    for (const n of [1, 2, 3])
      writeFileSync(
        path.join(dir, `client-${n}.yaml`),
        full.replace('株式会社フルオプション', `株式会社顧客${n}`),
      );
    const batch = tempDir();
    const run = await runCli(['build', dir, '-o', batch, '--jobs', '2', ...docs]);
    expect(run.code).toBe(0);
    const single = tempDir();
    expect(
      (await runCli(['build', path.join(dir, 'client-2.yaml'), '-o', single, ...docs])).code,
    ).toBe(0);
    for (const f of readdirSync(path.join(single, 'client-2')).filter((x) => x !== 'manifest.json'))
      expect(readFileSync(path.join(batch, 'client-2', f))).toEqual(
        readFileSync(path.join(single, 'client-2', f)),
      );
    expect(readFileSync(path.join(batch, 'client-3', 'cushara-policy.md'), 'utf8')).toContain(
      '株式会社顧客3',
    );
  });
});

describe('hinagata diff --doc on a section document', () => {
  it('should write the 新旧対照表 of the 基本方針 with the changed words marked', async () => {
    const { oldFile, newFile } = twoVersions();
    const r = await diffFiles(oldFile, newFile, { doc: 'cushara-policy' });
    expect(r.files.map((f) => f.name)).toEqual([
      'comparison.docx',
      'comparison.pdf',
      'comparison.html',
    ]);
    expect(r.diff.title).toBe('カスタマーハラスメントに対する基本方針');
    expect(r.diff.summary.changed).toEqual(['４\u3000カスタマーハラスメントへの対応']);
    const data = r.files.find((f) => f.name === 'comparison.html')!.data;
    const html = typeof data === 'string' ? data : strFromU8(data);
    expect(html).toContain('期間を定めて、以後の御相談の受付をお断りすること。');
    expect(html).toContain('４（カスタマーハラスメントへの対応）');
    expect(html).not.toContain('第４条');
  });

  it('should compare the notice through the CLI, and say what changed', async () => {
    const { oldFile, newFile } = twoVersions();
    const out = tempDir();
    const run = await runCli(['diff', oldFile, newFile, '-o', out, '--doc', 'employee-notice']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '改正（2）: ２\u3000相談の窓口、４\u3000カスタマーハラスメントを受けたときは',
    );
    expect(readdirSync(out).sort()).toEqual([
      'comparison.docx',
      'comparison.html',
      'comparison.pdf',
      'manifest.json',
    ]);
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as {
      template: { id: string };
    };
    expect(listTemplates()).toContain(manifest.template.id);
  });

  it('should refuse a section document read from a .docx', async () => {
    const run = await runCli([
      'diff',
      'a.docx',
      'b.docx',
      '-o',
      tempDir(),
      '--doc',
      'cushara-policy',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[diff/section-document-input]');
  });
});

describe('hinagata init for a pack', () => {
  it('should write the starter of the pack asked for, which names its 〇〇 and builds once filled', async () => {
    for (const id of listTemplates()) {
      const dir = tempDir();
      const run = await runCli(['init', dir, '--template', id]);
      expect(run.code).toBe(0);
      const written = readFileSync(path.join(dir, 'hinagata.yaml'), 'utf8');
      expect(written).toContain(
        readFileSync(path.join(repo, 'templates', id, loadTemplate(id).starter), 'utf8'),
      );
      const file = path.join(dir, 'hinagata.yaml');
      const args = ['build', file, '-o', tempDir(), '--format', 'md'];
      const unfilled = await runCli(args);
      expect(unfilled.code).toBe(1);
      expect(unfilled.stderr).toContain('[config/placeholder]');
      writeFileSync(file, written.replaceAll('〇〇', 'テスト'));
      const build = await runCli(args);
      expect(build.stderr).toBe('');
      expect(build.code).toBe(0);
    }
  });

  it('should refuse an unknown pack with the list of packs', async () => {
    const run = await runCli(['init', tempDir(), '--template', 'no-such-pack']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`使えるテンプレート: ${listTemplates().join(', ')}`);
  });

  it('should refuse a config naming an unknown pack, at its field', async () => {
    const dir = tempDir();
    const config = path.join(dir, 'x.yaml');
    writeFileSync(config, `template: no-such-pack\n${full}`);
    const run = await runCli(['build', config, '-o', tempDir()]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /x\.yaml:\d+:\d+: エラー \[config\/unknown-template\] template: テンプレート「no-such-pack」はありません/,
    );
  });
});
