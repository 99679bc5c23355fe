// The redline (見え消し版) in a real word processor: LibreOffice opens redline.docx, accepts every
// tracked change, and the result is the newer guideline.docx paragraph for paragraph (style, list
// label, text) and table for table; rejecting every change gives the older one. For the three
// pairs `hinagata diff` takes: two configs, two .docx files, and a config against a .docx. Skipped
// without LibreOffice and a Python with uno, except under CI.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildText } from '../../src/build.js';
import { diffFiles } from '../../src/comparison.js';
import {
  runUnoJobs,
  unoSkip,
  type BodyEntry,
  type DumpResult,
  type UnoJob,
} from '../helpers/libreoffice.js';

const repo = path.resolve(import.meta.dirname, '../..');
const sample = readFileSync(path.join(repo, 'examples/sample.yaml'), 'utf8');

/** A second version: 商号, retention, an added and a removed article, a channel less, a revision. */
const revised = sample
  .replace('name: 株式会社サンプル商事', 'name: 株式会社サンプル商事ホールディングス')
  .replace('retention: { years: 5 }', 'retention: { years: 3 }')
  .replace('antisocialForces: false', 'antisocialForces: true')
  .replace('writtenStatements: true', 'writtenStatements: false')
  .replace(/ {4}- type: webform\n {6}url: [^\n]*\n/, '')
  .replace(
    '    - { date: 2026-10-01, summary: 受付方法に相談フォームを追加 }\n',
    '    - { date: 2026-10-01, summary: 受付方法に相談フォームを追加 }\n    - { date: 2027-04-01, summary: 商号の変更及び反社会的勢力の排除 }\n',
  );

const PAIRS = ['config-config', 'docx-docx', 'config-docx'] as const;

/** The old guideline.docx as a client edits it: 第４条's caption and its first paragraph. */
function clientEdit(file: string, dir: string): string {
  const parts = unzipSync(readFileSync(file));
  const xml = strFromU8(parts['word/document.xml']!);
  const edited = xml
    .replace('（相談受付の範囲）', '（相談の受付の範囲）')
    .replace(
      /(<w:t xml:space="preserve">（相談の受付の範囲）<\/w:t><\/w:r><w:bookmarkEnd w:id="\d+"\/><\/w:p>)<w:p><w:pPr><w:pStyle w:val="ArticleBody"\/><\/w:pPr>.*?<\/w:p><w:p><w:pPr><w:pStyle w:val="ArticleParagraph"\/>/,
      '$1<w:p><w:pPr><w:pStyle w:val="ArticleBody"/>',
    );
  if (!edited.includes('（相談の受付の範囲）') || edited.length > xml.length - 100)
    throw new Error('the client edit did not apply');
  parts['word/document.xml'] = strToU8(edited);
  const out = path.join(dir, 'edited.docx');
  writeFileSync(out, zipSync(parts));
  return out;
}

describe.skipIf(unoSkip)('redline.docx in LibreOffice', () => {
  let dir: string;
  const dumps = new Map<string, DumpResult>();

  beforeAll(async () => {
    expect(revised).not.toBe(sample);
    dir = mkdtempSync(path.join(tmpdir(), 'hinagata-redline-'));
    const files: Record<string, string> = {};
    for (const [name, text] of [
      ['old', sample],
      ['new', revised],
    ] as const) {
      const config = path.join(dir, `${name}.yaml`);
      writeFileSync(config, text);
      files[`${name}.yaml`] = config;
      const built = await buildText(text, ['docx'], ['guideline'], `${name}.yaml`, repo);
      const docx = path.join(dir, `${name}.docx`);
      writeFileSync(docx, built.files[0]!.data);
      files[`${name}.docx`] = docx;
    }
    const inputs: Record<(typeof PAIRS)[number], [string, string]> = {
      'config-config': [files['old.yaml']!, files['new.yaml']!],
      'docx-docx': [files['old.docx']!, files['new.docx']!],
      'config-docx': [files['old.yaml']!, files['new.docx']!],
    };
    const jobs: UnoJob[] = [
      { type: 'dump', id: 'old', file: files['old.docx']! },
      { type: 'dump', id: 'new', file: files['new.docx']! },
      { type: 'dump', id: 'edited', file: clientEdit(files['old.docx']!, dir) },
    ];
    // What a client might do in Word: a caption reworded, and an article's first paragraph
    // deleted so that its second 項 becomes the first (項 → 条文: a w:pPrChange in the redline).
    {
      const { files: out } = await diffFiles(files['old.docx']!, path.join(dir, 'edited.docx'));
      const redline = path.join(dir, 'edited.redline.docx');
      writeFileSync(redline, out.find((f) => f.name === 'redline.docx')!.data);
      const xml = strFromU8(unzipSync(readFileSync(redline))['word/document.xml']!);
      expect(xml).toContain('<w:pPrChange ');
      jobs.push(
        { type: 'dump', id: 'edited:accept', file: redline, changes: 'accept' },
        { type: 'dump', id: 'edited:reject', file: redline, changes: 'reject' },
      );
    }
    for (const pair of PAIRS) {
      const { files: out } = await diffFiles(...inputs[pair]);
      const redline = path.join(dir, `${pair}.redline.docx`);
      writeFileSync(redline, out.find((f) => f.name === 'redline.docx')!.data);
      jobs.push(
        { type: 'dump', id: `${pair}:accept`, file: redline, changes: 'accept' },
        { type: 'dump', id: `${pair}:reject`, file: redline, changes: 'reject' },
      );
    }
    const results = await runUnoJobs(jobs);
    jobs.forEach((j, i) => dumps.set(j.id!, results[i] as DumpResult));
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /**
   * The body with full-width digits as ASCII: accepting or rejecting changes makes LibreOffice
   * update the REF fields, and it prints their results in ASCII digits (「第7条」 for 「第７条」).
   * Only the width is evened out, so a changed number still differs.
   */
  const body = (id: string): BodyEntry[] =>
    dumps.get(id)!.body.map((e) =>
      'text' in e
        ? {
            ...e,
            text: e.text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)),
          }
        : e,
    );

  it('compares two versions that differ on the title page, in articles, 附則 and 改定履歴', () => {
    const text = (id: string) => JSON.stringify(body(id));
    expect(text('new')).toContain('株式会社サンプル商事ホールディングス');
    expect(text('old')).not.toContain('ホールディングス');
    expect(text('new')).toContain('商号の変更及び反社会的勢力の排除'); // the 改定履歴 row
    expect(text('new')).toMatch(/附\u3000則（令和9年4月1日改定）/);
    expect(text('old')).not.toContain('令和9年');
  });

  it.each(PAIRS)('accepting every change of a %s redline gives the new guideline', (pair) => {
    expect(dumps.get(`${pair}:accept`)!.redlineCount).toBeGreaterThan(10);
    expect(body(`${pair}:accept`)).toEqual(body('new'));
  });

  it.each(PAIRS)('rejecting every change of a %s redline gives the old guideline', (pair) => {
    expect(body(`${pair}:reject`)).toEqual(body('old'));
  });

  it('accepting a client’s edits (a caption, a deleted first paragraph) gives the edited file, rejecting them the original', () => {
    expect(body('edited')).not.toEqual(body('old'));
    expect(body('edited:accept')).toEqual(body('edited'));
    expect(body('edited:reject')).toEqual(body('old'));
  });

  it('tracks the changes under the newer version’s author and date, each paragraph apart', () => {
    const redlines = dumps.get('config-config:accept')!.redlines;
    expect(new Set(redlines.map((r) => r.author))).toEqual(
      new Set(['株式会社サンプル商事ホールディングス']),
    );
    expect(redlines.every((r) => r.date.startsWith('2027-04-01'))).toBe(true);
    expect(new Set(redlines.map((r) => r.date)).size).toBeGreaterThan(5);
  });
});
