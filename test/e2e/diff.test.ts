// hinagata diff on real files: the 新旧対照表's rows and underlines, and a redline whose
// accept-all text is the new guideline and reject-all text the old one.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { beforeAll, describe, expect, it } from 'vitest';
import { diffFiles } from '../../src/comparison.js';
import { comparisonRows } from '../../src/diff/table.js';
import { readInput } from '../../src/validate/inputs.js';
import type { Document, Item } from '../../src/model/types.js';
import { inlineText, supplementaryHeading, titlePage } from '../../src/model/text.js';
import { digits, formatDate } from '../../src/number/format.js';
import { repo, runCli, tempDir } from '../helpers/cli.js';
import { readPdf } from '../helpers/pdf.js';
import { assertWellFormed, docxParts } from '../helpers/docx.js';

const dir = tempDir('hinagata-diff-');
const oldConfig = path.join(dir, 'old.yaml');
const newConfig = path.join(dir, 'new.yaml');

beforeAll(() => {
  const sample = readFileSync(path.join(repo, 'examples/sample.yaml'), 'utf8');
  writeFileSync(oldConfig, sample);
  writeFileSync(
    newConfig,
    sample
      .replace('retention: { years: 5 }', 'retention: { years: 3 }')
      .replace('antisocialForces: false', 'antisocialForces: true')
      .replace(/ {4}- type: webform\n {6}url: [^\n]*\n/, ''),
  );
});

/** Paragraph texts of a redline with every change accepted (drop w:del) or rejected (drop w:ins). */
function resolveRedline(xml: string, accept: boolean): string[] {
  const drop = accept ? 'del' : 'ins';
  const keep = accept ? 'ins' : 'del';
  return [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)]
    .map((m) => m[1]!)
    .filter((p) => !new RegExp(`<w:pPr>.*<w:rPr><w:${drop} `).test(p)) // the paragraph itself was the change
    .map((p) =>
      p
        .replace(new RegExp(`<w:${drop} [^>]*>.*?</w:${drop}>`, 'g'), '')
        .replace(new RegExp(`</?w:${keep}(?=[\\s>/])[^>]*>`, 'g'), '')
        .replace(/<w:delText[^>]*>/g, '<w:t>')
        .replace(/<\/w:delText>/g, '</w:t>'),
    )
    .map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .map((t) => t.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
}

/** The text a reader of the guideline sees, paragraph by paragraph, without Word's numbers. */
function guidelineParagraphs(doc: Document): string[] {
  const style = doc.meta.style;
  const items = (list: readonly Item[]): string[] =>
    list.flatMap((i) => [inlineText(i.content, style), ...items(i.children)]);
  const front = titlePage(doc);
  return [
    inlineText(front.title, style),
    inlineText(front.company, style),
    front.dates.map((d) => inlineText(d.content, style)).join(''),
    ...doc.articles.flatMap((a) => [
      `（${a.title}）`,
      ...a.paragraphs.flatMap((p) => [inlineText(p.content, style), ...items(p.items)]),
    ]),
    ...doc.supplementary.flatMap((b) => [
      supplementaryHeading(b, style),
      inlineText(b.content, style),
    ]),
    '改定履歴',
    '版',
    '日付',
    '内容',
    ...doc.revisions.flatMap((r) => [
      `第${digits(r.version, style)}版`,
      formatDate(r.date, style),
      inlineText(r.summary, style),
    ]),
  ];
}

describe('hinagata diff', () => {
  it('should give a 新旧対照表 with the right rows and underlines for two configs', async () => {
    const { diff, files } = await diffFiles(oldConfig, newConfig, { remarks: true });
    expect(diff.summary.added).toEqual(['第６条（反社会的勢力の排除）']);
    expect(diff.summary.changed).toEqual(
      expect.arrayContaining(['第３条（相談受付の方法）', '第１３条（相談記録の管理）']),
    );
    expect(diff.summary.removed).toEqual([]);
    expect(diff.summary.moved).toEqual([]);
    expect(diff.summary.renumbered.length).toBe(11);
    const html = String(files.find((f) => f.name === 'comparison.html')?.data);
    const tree = fromHtml(html);
    expect(toText(tree)).toContain('顧客相談ガイドライン新旧対照表');
    expect(toText(tree)).toContain('（傍線部分は改正部分）');
    const rows = new Map(
      [...html.matchAll(/<tr data-article="([^"]+)">(.*?)<\/tr>/gs)].map((m) => [m[1]!, m[2]!]),
    );
    const row = (id: string) => rows.get(id);
    const retention = row('record-management') ?? '';
    const [newCell, oldCell] = [...retention.matchAll(/<td>(.*?)<\/td>/gs)].map((m) => m[1]!);
    expect(newCell).toMatch(/<u>[^<]*３[^<]*<\/u>/);
    expect(oldCell).toMatch(/<u>[^<]*５[^<]*<\/u>/);
    expect(newCell).toContain('（略）');
    expect(row('antisocial-forces')).toContain('（新設）');
    expect(row('antisocial-forces')).toContain('新設');
    // Renumbered but unchanged: the number is underlined, the text 「（略）」.
    const policy = row('response-policy') ?? '';
    expect(policy).toMatch(/<u>第７条<\/u>/);
    expect(policy).toMatch(/<u>第６条<\/u>/);
    expect(row('purpose')).toBeUndefined();
    // Word and PDF forms of the same table.
    const docx = docxParts(files.find((f) => f.name === 'comparison.docx')!.data as Uint8Array);
    assertWellFormed(docx);
    expect(docx['word/document.xml']).toContain('w:orient="landscape"');
    expect(docx['word/document.xml']).toMatch(
      /<w:rStyle w:val="ChangedText"\/><\/w:rPr><w:t xml:space="preserve">[^<]*３/,
    );
    const pdf = await readPdf(files.find((f) => f.name === 'comparison.pdf')!.data as Uint8Array);
    expect(pdf.pages.flatMap((p) => p.lines).join('\n')).toContain('（新設）');
  });

  it('should give the same 新旧対照表 and redline for two configs, two .docx files and a config against a .docx', async () => {
    const docx = async (config: string) => {
      const out = path.join(dir, `pair-${path.basename(config, '.yaml')}`);
      const run = await runCli([
        'build',
        config,
        '-o',
        out,
        '--docs',
        'guideline',
        '--format',
        'docx',
      ]);
      expect(run.code).toBe(0);
      return path.join(out, path.basename(config, '.yaml'), 'guideline.docx');
    };
    const [oldDocx, newDocx] = [await docx(oldConfig), await docx(newConfig)];
    const pairs = [
      [oldConfig, newConfig],
      [oldDocx, newDocx],
      [oldConfig, newDocx],
      [oldDocx, newConfig],
    ] as const;
    const results = await Promise.all(pairs.map(([a, b]) => diffFiles(a, b, { full: true })));
    const rowsOf = (r: (typeof results)[number]) =>
      comparisonRows(r.diff, { full: true }).map((row) => ({
        new: row.newCell.map((l) => l.segments),
        old: row.oldCell.map((l) => l.segments),
        remark: row.remark,
      }));
    // The redline's text with every change accepted, and rejected (its fields may be shaped
    // differently: a .docx read back holds 「第８条」「第」「２」「項」 as separate fields).
    const redlineOf = (r: (typeof results)[number]) => {
      const files = unzipSync(r.files.find((f) => f.name === 'redline.docx')!.data as Uint8Array);
      const xml = strFromU8(files['word/document.xml']!);
      return [resolveRedline(xml, true), resolveRedline(xml, false)];
    };
    for (const r of results.slice(1)) {
      expect(r.diff.summary).toEqual(results[0]!.diff.summary);
      expect(rowsOf(r)).toEqual(rowsOf(results[0]!));
      expect(redlineOf(r)).toEqual(redlineOf(results[0]!));
    }
  });

  it('should write a redline whose accept-all text is the new guideline and reject-all text the old', async () => {
    const { files } = await diffFiles(oldConfig, newConfig);
    const parts = docxParts(files.find((f) => f.name === 'redline.docx')!.data as Uint8Array);
    assertWellFormed(parts);
    const xml = parts['word/document.xml']!;
    // The author and date of the newer version; each paragraph's changes at their own minute.
    expect(xml).toMatch(
      /<w:ins w:id="\d+" w:author="株式会社サンプル商事" w:date="2026-10-01T00:02:00Z">/,
    );
    const ids = [...xml.matchAll(/<w:(?:ins|del|pPrChange|bookmarkStart) w:id="(\d+)"/g)].map(
      (m) => m[1],
    );
    expect(new Set(ids).size).toBe(ids.length);
    // References stay fields, also in the redline.
    expect(xml).toMatch(
      /<w:instrText xml:space="preserve"> REF art_[a-z_]+ \\r \\h <\/w:instrText>/,
    );
    expect(xml).toContain('<w:delText');
    const oldDoc = (await readInput(oldConfig)).doc;
    const newDoc = (await readInput(newConfig)).doc;
    expect(resolveRedline(xml, true)).toEqual(guidelineParagraphs(newDoc));
    expect(resolveRedline(xml, false)).toEqual(guidelineParagraphs(oldDoc));
  });

  it('should compare a generated .docx with a copy edited the way Word saves edits', async () => {
    const out = path.join(dir, 'build');
    expect(
      (await runCli(['build', oldConfig, '-o', out, '--docs', 'guideline', '--format', 'docx']))
        .code,
    ).toBe(0);
    const original = path.join(out, 'old', 'guideline.docx');
    const files = unzipSync(readFileSync(original));
    let xml = strFromU8(files['word/document.xml']!);
    // A paragraph deleted, and words changed inside a run Word split in two.
    xml = xml.replace(
      /<w:p><w:pPr><w:pStyle w:val="ArticleParagraph"\/>(?:(?!<\/w:p>).)*前二項の規定の適用に当たっては(?:(?!<\/w:p>).)*<\/w:p>/,
      '',
    );
    xml = xml.replace(
      '相談の内容を正確に記録し、及び適切な応対を確保するため、',
      '相談の内容を正確に</w:t></w:r><w:proofErr w:type="gramStart"/><w:r><w:t xml:space="preserve">記録するため、',
    );
    files['word/document.xml'] = strToU8(xml);
    const edited = path.join(dir, 'edited.docx');
    writeFileSync(edited, zipSync(files));
    const { diff, files: outFiles } = await diffFiles(original, edited);
    expect(diff.summary.changed).toEqual(['第５条（相談受付の拒絶）', '第１１条（相談の記録）']);
    const parts = docxParts(outFiles.find((f) => f.name === 'redline.docx')!.data as Uint8Array);
    const accepted = resolveRedline(parts['word/document.xml']!, true);
    const rejected = resolveRedline(parts['word/document.xml']!, false);
    expect(accepted).toContain(
      '当社は、相談の内容を正確に記録するため、電話による相談の通話の内容を録音することができる。この場合において、当社は、通話の開始に当たり、録音する旨及びその目的を相談者に告知するものとする。',
    );
    expect(accepted.join('')).not.toContain('前二項の規定の適用に当たっては');
    expect(rejected.join('')).toContain('前二項の規定の適用に当たっては');
    const html = String(outFiles.find((f) => f.name === 'comparison.html')?.data);
    expect(html).toMatch(/<u>[^<]*及び適切な応対を確保[^<]*<\/u>/);
  });

  it('should report a moved article as a move, not as a deletion and an insertion', async () => {
    const out = path.join(dir, 'md');
    expect(
      (await runCli(['build', oldConfig, '-o', out, '--docs', 'guideline', '--format', 'md'])).code,
    ).toBe(0);
    const md = readFileSync(path.join(out, 'old', 'guideline.md'), 'utf8');
    const block = /## 第１４条（損害賠償）[\s\S]*?(?=## 第１５条)/.exec(md)![0];
    const moved = md
      .replace(block, '')
      .replace('## 第２条（定義）', `${block.replace('第１４条', '第２条')}## 第３条（定義）`);
    const movedFile = path.join(dir, 'moved.md');
    writeFileSync(movedFile, moved);
    const { diff } = await diffFiles(path.join(out, 'old', 'guideline.md'), movedFile);
    expect(diff.summary.moved).toEqual(['第２条（損害賠償）']);
    expect(diff.summary.added).toEqual([]);
    expect(diff.summary.removed).toEqual([]);
  });

  it('should say "no change" for identical inputs and write identical bytes twice', async () => {
    const a = path.join(dir, 'same-a');
    const b = path.join(dir, 'same-b');
    const run = await runCli(['diff', oldConfig, oldConfig, '-o', a]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('no change');
    expect((await runCli(['diff', oldConfig, oldConfig, '-o', b])).code).toBe(0);
    for (const f of ['comparison.docx', 'comparison.pdf', 'comparison.html', 'redline.docx']) {
      expect(readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))), f).toBe(true);
    }
    // The comparison folder is written like a build's: an edited file is not overwritten silently.
    writeFileSync(path.join(a, 'comparison.html'), '<p>査読者のメモ</p>');
    const refused = await runCli(['diff', oldConfig, oldConfig, '-o', a]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('comparison.html');
    expect((await runCli(['diff', oldConfig, oldConfig, '-o', a, '--force'])).code).toBe(0);
    expect(readFileSync(path.join(a, 'comparison.html.bak'), 'utf8')).toBe('<p>査読者のメモ</p>');
    const json = await runCli([
      'diff',
      oldConfig,
      newConfig,
      '-o',
      path.join(dir, 'json'),
      '--format',
      'json',
    ]);
    const report = JSON.parse(json.stdout) as { version: number; summary: { added: string[] } };
    expect(report.version).toBe(1);
    expect(report.summary.added).toHaveLength(1);
  });
});
