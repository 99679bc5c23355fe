// hinagata validate on real files: the generated guideline passes in every form; Word files edited
// the way Word edits them (split runs, proofing marks, tracked insertions and deletions) are caught;
// the same content gives the same findings as config, .docx and .md.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateFiles } from '../../src/cli/validate.js';
import { repo, runCli, sampleWithOverrides, tempDir } from '../helpers/cli.js';

const out = tempDir('hinagata-validate-');
const examples = ['sample', 'email-only', 'full-options'];

beforeAll(async () => {
  const run = await runCli([
    'build',
    ...examples.map((e) => path.join(repo, 'examples', `${e}.yaml`)),
    '-o',
    out,
    '--docs',
    'guideline',
    '--format',
    'docx,md',
  ]);
  expect(run.code).toBe(0);
});

/** Rewrites word/document.xml of a .docx and saves it under a new name. */
function editDocx(example: string, name: string, edit: (xml: string) => string): string {
  const files = unzipSync(readFileSync(path.join(out, example, 'guideline.docx')));
  const xml = strFromU8(files['word/document.xml']!);
  const edited = edit(xml);
  if (edited === xml) throw new Error(`edit ${name} changed nothing`);
  files['word/document.xml'] = strToU8(edited);
  const dir = path.join(out, 'edited');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.docx`);
  writeFileSync(file, zipSync(files));
  return file;
}

/** The paragraph (<w:p>…</w:p>) whose text contains `needle`. */
function paragraphWith(xml: string, needle: string): string {
  const p = [...xml.matchAll(/<w:p>.*?<\/w:p>/g)].map((m) => m[0]).find((x) => x.includes(needle));
  if (!p) throw new Error(`no paragraph with ${needle}`);
  return p;
}

/** Word's way of deleting with track changes on: the runs move into w:del as w:delText. */
function trackDelete(p: string): string {
  return p.replace(
    /<w:r><w:t xml:space="preserve">([^<]*)<\/w:t><\/w:r>/g,
    '<w:del w:id="901" w:author="client" w:date="2026-11-01T00:00:00Z"><w:r><w:delText xml:space="preserve">$1</w:delText></w:r></w:del>',
  );
}

/** Word's way of typing into a paragraph: split runs, proofing marks, a tracked insertion. */
function splitAndInsert(p: string, at: string, inserted: string): string {
  return p.replace(
    new RegExp(`<w:r><w:t xml:space="preserve">([^<]*?)${at}([^<]*)</w:t></w:r>`),
    `<w:r><w:t xml:space="preserve">$1</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t xml:space="preserve">${at}</w:t></w:r><w:proofErr w:type="spellEnd"/>` +
      `<w:ins w:id="902" w:author="client" w:date="2026-11-01T00:00:00Z"><w:r><w:t xml:space="preserve">${inserted}</w:t></w:r></w:ins><w:r><w:t xml:space="preserve">$2</w:t></w:r>`,
  );
}

async function rules(file: string): Promise<string[]> {
  const report = await validateFiles([file]);
  return report.files[0]!.findings.filter((d) => d.severity === 'error').map((d) => d.rule);
}

describe('hinagata validate', () => {
  for (const example of examples) {
    it(`should find no error in the generated ${example} guideline as config, .docx and .md`, async () => {
      const report = await validateFiles([
        path.join(repo, 'examples', `${example}.yaml`),
        path.join(out, example, 'guideline.docx'),
        path.join(out, example, 'guideline.md'),
      ]);
      for (const f of report.files)
        expect(
          f.findings.filter((d) => d.severity === 'error'),
          f.file,
        ).toEqual([]);
      expect(report.summary.errors).toBe(0);
    });
  }

  it('should read a Word file with split runs and proofing marks as the same text (no false alarm)', async () => {
    const file = editDocx('sample', 'split-runs', (xml) =>
      xml.replace(paragraphWith(xml, '納得するまで相談応対を継続するものではない'), (p) =>
        splitAndInsert(p, '納得する', ''),
      ),
    );
    expect(await rules(file)).toEqual([]);
  });

  it('should catch a retention paragraph deleted with track changes (P-RETENTION)', async () => {
    const file = editDocx('sample', 'retention-deleted', (xml) =>
      xml.replace(paragraphWith(xml, '年間保存するものとする'), trackDelete),
    );
    expect(await rules(file)).toContain('P-RETENTION');
  });

  it('should catch the ending grounds deleted (P-END-GROUNDS)', async () => {
    const file = editDocx('sample', 'end-grounds-deleted', (xml) =>
      ['納得したとき。', '取り下げたとき。', '困難であると判断したとき。'].reduce(
        (x, needle) => x.replace(paragraphWith(x, needle), ''),
        xml,
      ),
    );
    expect(await rules(file)).toContain('P-END-GROUNDS');
  });

  it('should catch phone wording typed into an email-only guideline (C-EMAIL-ONLY)', async () => {
    const file = editDocx('email-only', 'phone-inserted', (xml) =>
      xml.replace(paragraphWith(xml, '次に掲げる事項を記録するものとする'), (p) =>
        splitAndInsert(p, '記録する', '（電話による相談は通話を録音する。）'),
      ),
    );
    expect(await rules(file)).toContain('C-EMAIL-ONLY');
  });

  it('should catch an article deleted so that references are stale (C-XREF), and in Markdown the gap too (C-NUMBERING)', async () => {
    const docx = editDocx('sample', 'article-deleted', (xml) => {
      const start = xml.indexOf(paragraphWith(xml, '（相談受付の拒絶）'));
      const end = xml.indexOf(paragraphWith(xml, '（相談応対ポリシー）'));
      return xml.slice(0, start) + xml.slice(end);
    });
    const docxRules = await rules(docx);
    expect(docxRules).toContain('C-XREF');
    expect(docxRules).toContain('P-REFUSAL-GROUNDS');
    const md = readFileSync(path.join(out, 'sample', 'guideline.md'), 'utf8').replace(
      /## 第５条（相談受付の拒絶）[\s\S]*?(?=## 第６条)/,
      '',
    );
    const mdFile = path.join(out, 'edited', 'article-deleted.md');
    writeFileSync(mdFile, md);
    const mdRules = await rules(mdFile);
    expect(mdRules).toContain('C-NUMBERING');
    expect(mdRules).toContain('C-XREF');
  });

  it('should catch an unfilled 「○○」 typed over split runs (C-PLACEHOLDER)', async () => {
    const file = editDocx('sample', 'placeholder', (xml) =>
      xml.replace(paragraphWith(xml, '東京地方裁判所'), (p) =>
        splitAndInsert(p.replace('東京地方裁判所', '地方裁判所'), '地方裁判所', '').replace(
          '<w:proofErr w:type="spellStart"/>',
          '<w:r><w:t xml:space="preserve">○</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t xml:space="preserve">○</w:t></w:r>',
        ),
      ),
    );
    expect(await rules(file)).toContain('C-PLACEHOLDER');
  });

  it('should give the same findings for an override missing 誹謗中傷 as config, .docx and .md (P-REFUSAL-GROUNDS)', async () => {
    const dir = tempDir();
    const config = sampleWithOverrides(dir, {
      'intake-refusal': {
        file: 'refusal.md',
        text: '{{label "grounds"}}{{company.short}}は、次の各号のいずれかに該当する相談については、その受付を拒絶することができる。\n\n- 社会通念上合理性を欠く相談\n- {{company.short}}の業務の遂行に支障を及ぼすおそれのある相談\n\n次に掲げる相談は、前項各号のいずれかに該当するものとする。\n\n{{#each refusal.examples}}\n- {{this}}\n{{/each}}\n',
      },
    });
    const refused = await runCli([
      'build',
      config,
      '-o',
      dir,
      '--docs',
      'guideline',
      '--format',
      'docx,md',
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('[P-REFUSAL-GROUNDS]');
    expect(
      (
        await runCli([
          'build',
          config,
          '-o',
          dir,
          '--docs',
          'guideline',
          '--format',
          'docx,md',
          '--force',
        ])
      ).code,
    ).toBe(0);
    const asConfig = await rules(config);
    expect(asConfig).toEqual(['P-REFUSAL-GROUNDS']);
    expect(await rules(path.join(dir, 'acme', 'guideline.docx'))).toEqual(asConfig);
    expect(await rules(path.join(dir, 'acme', 'guideline.md'))).toEqual(asConfig);
  });

  it('should check a Word file from another tool by its 「第N条（見出し）」 headings', async () => {
    // No styles, no bookmarks, no Word numbering: every number is typed, as many firms write it.
    const md = readFileSync(path.join(out, 'sample', 'guideline.md'), 'utf8');
    const paragraphs = md
      .split('\n')
      .filter((l) => l.trim() !== '' && !l.startsWith('|'))
      .map((l) => l.replace(/^#+ /, '').replace(/\\/g, ''))
      .map(
        (l) =>
          `<w:p><w:r><w:t xml:space="preserve">${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p>`,
      );
    const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.join('')}</w:body></w:document>`;
    const file = path.join(out, 'edited', 'foreign.docx');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, zipSync({ 'word/document.xml': strToU8(xml) }));
    expect(await rules(file)).toEqual([]);
    const broken = path.join(out, 'edited', 'foreign-broken.docx');
    writeFileSync(
      broken,
      zipSync({
        'word/document.xml': strToU8(xml.replace(/年間保存するものとする/, 'ものとする')),
      }),
    );
    expect(await rules(broken)).toContain('P-RETENTION');
  });

  it('should exit 0, 1 and 2 and print JSON for tools', async () => {
    expect((await runCli(['validate', path.join(out, 'sample', 'guideline.docx')])).code).toBe(0);
    const bad = editDocx('sample', 'bad-for-cli', (xml) =>
      xml.replace(paragraphWith(xml, '年間保存するものとする'), ''),
    );
    const text = await runCli(['validate', bad]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/エラー \[P-RETENTION\] 第１２条（相談記録の管理）/);
    expect(text.stdout).toContain('既定の文言:');
    const json = await runCli(['validate', bad, '--format', 'json']);
    const report = JSON.parse(json.stdout) as {
      version: number;
      files: { status: string; findings: { rule: string }[] }[];
    };
    expect(report.version).toBe(1);
    expect(report.files[0]?.status).toBe('errors');
    expect(report.files[0]?.findings.map((f) => f.rule)).toContain('P-RETENTION');
    const notZip = path.join(out, 'edited', 'not-a-zip.docx');
    writeFileSync(notZip, 'hello');
    const unreadable = await runCli(['validate', notZip]);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stdout + unreadable.stderr).toContain('Word 文書（.docx）として読めません');
    expect(unreadable.stdout + unreadable.stderr).not.toMatch(/\n\s+at /);
    const zipWithoutDocument = path.join(out, 'edited', 'empty.docx');
    writeFileSync(zipWithoutDocument, zipSync({ 'a.txt': strToU8('x') }));
    expect((await runCli(['validate', zipWithoutDocument])).code).toBe(2);
  });
});
