// The LibreOffice UNO harness (test/helpers/libreoffice.ts, scripts/libreoffice/uno_jobs.py) on a
// fresh build of the bundled sample: LibreOffice reads our guideline.docx as the model says
// (styles, 「第N条」 and 項/号 labels, texts), stores it back unchanged, and each edit a user
// makes changes exactly what it should. All jobs run in one soffice start (beforeAll). Skipped
// without LibreOffice and a Python with uno, except under CI.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildText } from '../../src/build.js';
import { paragraphLabel } from '../../src/number/format.js';
import { articleHeading, itemLine, paragraphLine } from '../../src/model/text.js';
import type { Document, Item } from '../../src/model/types.js';
import {
  isParagraph,
  libreOfficeMissing,
  paragraphs,
  runUnoJobs,
  unoSkip,
  type BodyEntry,
  type DumpResult,
  type EditedResult,
  type ParagraphEntry,
  type SaveResult,
  type UnoJob,
} from '../helpers/libreoffice.js';

const repo = path.resolve(import.meta.dirname, '../..');

/** The article part of the guideline as the model words it: heading, 項 and 号 lines. */
function modelLines(doc: Document): string[] {
  const s = doc.meta.style;
  const items = (list: readonly Item[]): string[] =>
    list.flatMap((i) => [itemLine(i, s), ...items(i.children)]);
  return doc.articles.flatMap((a) => [
    articleHeading(a, s),
    ...a.paragraphs.flatMap((p) => [paragraphLine(p, s), ...items(p.items)]),
  ]);
}

const ARTICLE_STYLES = new Set([
  '条見出し',
  '条文',
  '項',
  '号',
  '号の細分（イロハ）',
  '号の細分（括弧数字）',
]);

/** The same lines as LibreOffice shows them: its list label, then the text. */
function shownLines(body: readonly BodyEntry[]): string[] {
  return paragraphs(body)
    .filter((p) => ARTICLE_STYLES.has(p.style))
    .map((p) =>
      p.style === '条見出し' ? p.label + p.text : p.label ? `${p.label}\u3000${p.text}` : p.text,
    );
}

/**
 * A body entry with every run of digits masked: LibreOffice re-renders the REF fields of
 * cross-references (「第７条」) when it edits or updates fields, renumbered and in ASCII digits, so
 * edits are compared with the field results masked, and those changes are printed instead.
 */
function masked<E extends BodyEntry>(e: E): E {
  return isParagraph(e) ? { ...e, text: e.text.replace(/[0-9０-９]+/g, '#') } : e;
}

/** Paragraphs whose text changed only in digits (re-rendered cross-references), for the log. */
function digitChanges(before: readonly BodyEntry[], after: readonly BodyEntry[]): string[] {
  const a = paragraphs(before);
  const b = paragraphs(after);
  return a.flatMap((p, i) => {
    const q = b[i];
    if (!q || p.text === q.text || masked(p).text !== masked(q).text) return [];
    let d = 0;
    while (p.text[d] === q.text[d]) d++;
    const from = Math.max(0, d - 12);
    return [`  …${p.text.slice(from, d + 12)}… → …${q.text.slice(from, d + 12)}…`];
  });
}

const headings = (body: readonly BodyEntry[]) =>
  paragraphs(body).filter((p) => p.style === '条見出し');

/** Index in `body` of the `n`-th (0-based) paragraph with `style`. */
function indexOfNth(body: readonly BodyEntry[], style: string, n: number): number {
  let seen = -1;
  const i = body.findIndex((e) => isParagraph(e) && e.style === style && ++seen === n);
  if (i < 0) throw new Error(`no ${style} #${n}`);
  return i;
}

const para = (body: readonly BodyEntry[], i: number): ParagraphEntry => {
  const e = body[i];
  if (!e || !isParagraph(e)) throw new Error(`body[${i}] is not a paragraph`);
  return e;
};

/**
 * `body` without its `n`-th paragraph of `style`, as numbering has it: the paragraphs of that
 * style right after it (the rest of its list) move up one label (三 → 二 …).
 */
function withoutNth(body: readonly BodyEntry[], style: string, n: number): BodyEntry[] {
  const at = indexOfNth(body, style, n);
  const out = [...body.slice(0, at), ...body.slice(at + 1)];
  for (let i = at; i < out.length; i++) {
    const e = out[i]!;
    if (!isParagraph(e) || e.style !== style) break;
    out[i] = { ...e, label: kanji[kanji.indexOf(e.label) - 1] ?? e.label };
  }
  return out;
}

const fullwidth = (n: number) =>
  String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + +d));
const kanji = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

const INSERTED_BEFORE = 2; // before the third article (第３条)
const REWORD = { find: '受け付けないものとする。', replace: '原則として受け付けないものとする。' };
const AUTHOR = 'テスト太郎';
/** The article other articles refer to whose heading (and bookmark) a client deletes: 第１１条. */
const REFERENCED = 10;

describe.skipIf(unoSkip)('LibreOffice UNO harness', () => {
  let dir: string;
  let doc: Document;
  let base: DumpResult;
  let updated: DumpResult;
  let saved: SaveResult[];
  let plain: DumpResult;
  let inserted: DumpResult;
  let deleted: DumpResult;
  let reworded: DumpResult;
  let tracked: DumpResult;
  let accepted: DumpResult;
  let rejected: DumpResult;
  let entered: EditedResult;
  let styled: EditedResult;
  let styledBody: EditedResult;
  let styledItem: EditedResult;
  let enteredAfter: EditedResult;
  let noArticle: DumpResult;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'hinagata-uno-test-'));
    const text = readFileSync(path.join(repo, 'examples/sample.yaml'), 'utf8');
    const result = await buildText(text, ['docx'], ['guideline'], 'sample.yaml', repo);
    doc = result.document;
    const file = path.join(dir, 'guideline.docx');
    writeFileSync(file, result.files.find((f) => f.name === 'guideline.docx')!.data);
    const out = (name: string) => path.join(dir, `${name}.docx`);
    const jobs = [
      { type: 'dump', file },
      { type: 'dump', file, updateFields: true },
      { type: 'save', file, out: out('plain') },
      {
        type: 'save',
        file,
        out: out('inserted'),
        edits: [
          {
            op: 'insert-article-before',
            heading: INSERTED_BEFORE,
            title: '（テスト条）',
            body: 'テスト本文とする。',
          },
        ],
      },
      {
        type: 'save',
        file,
        out: out('deleted'),
        edits: [{ op: 'delete-paragraph', style: '号', index: 1 }],
      },
      { type: 'save', file, out: out('reworded'), edits: [{ op: 'replace-text', ...REWORD }] },
      {
        type: 'save',
        file,
        out: out('tracked'),
        trackChanges: true,
        author: AUTHOR,
        edits: [
          { op: 'replace-text', ...REWORD },
          { op: 'delete-paragraph', style: '号', index: 1 },
        ],
      },
      { type: 'dump', file: out('plain') },
      { type: 'dump', file: out('inserted') },
      { type: 'dump', file: out('deleted') },
      { type: 'dump', file: out('reworded') },
      { type: 'dump', file: out('tracked') },
      { type: 'dump', file: out('tracked'), changes: 'accept' },
      { type: 'dump', file: out('tracked'), changes: 'reject' },
      { type: 'enter-at-end', file, style: '条文', index: 0, text: '新しい段落とする。' },
      { type: 'apply-style', file, target: { style: '項', index: 1 }, apply: '条見出し' },
      { type: 'apply-style', file, target: { style: '条文', index: 2 }, apply: '条見出し' },
      { type: 'apply-style', file, target: { style: '号', index: 9 }, apply: '条見出し' },
      { type: 'enter-at-end', file, style: '項', index: 0, text: '新しい項とする。' },
      {
        type: 'save',
        file,
        out: out('no-article'),
        edits: [{ op: 'delete-paragraph', style: '条見出し', index: REFERENCED }],
      },
      { type: 'dump', file: out('no-article'), updateFields: true },
    ] as const satisfies readonly UnoJob[];
    const started = Date.now();
    const r = await runUnoJobs(jobs);
    const ms = Date.now() - started;
    [base, updated] = [r[0], r[1]];
    saved = [r[2], r[3], r[4], r[5], r[6]];
    [plain, inserted, deleted, reworded, tracked, accepted, rejected] = [
      r[7],
      r[8],
      r[9],
      r[10],
      r[11],
      r[12],
      r[13],
    ];
    [entered, styled, styledBody, styledItem, enteredAfter] = [r[14], r[15], r[16], r[17], r[18]];
    noArticle = r[20];
    console.log(`LibreOffice: ${jobs.length} jobs in one soffice run, ${ms} ms`);
  }, 180_000);

  afterAll(() => {
    // HINAGATA_KEEP_UNO=1 keeps the built and saved .docx files to look at.
    if (process.env['HINAGATA_KEEP_UNO']) console.log(`kept ${dir}`);
    else if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('should find soffice and a Python with uno (CI installs libreoffice-writer and python3-uno)', () => {
    expect(libreOfficeMissing()).toBeUndefined();
  });

  it('should dump the articles as the model has them: 「第N条」 headings, 項 and 号 labels, texts', () => {
    const s = doc.meta.style;
    expect(headings(base.body).map((h) => h.label)).toEqual(
      doc.articles.map((a) => `第${fullwidth(a.number)}条`),
    );
    expect(headings(base.body).map((h) => h.text)).toEqual(
      doc.articles.map((a) => `（${a.title}）`),
    );
    const styles = new Set(paragraphs(base.body).map((p) => p.style));
    for (const style of ['条見出し', '条文', '項', '号']) expect(styles).toContain(style);
    expect(shownLines(base.body)).toEqual(modelLines(doc));
    // The first paragraph of an article is the unnumbered 条文; its second is 項 「２」.
    const first = indexOfNth(base.body, '条見出し', 0);
    expect(para(base.body, first + 1)).toMatchObject({ style: '条文', label: '' });
    expect(para(base.body, first + 2)).toMatchObject({ style: '項', label: paragraphLabel(2, s) });
    expect(base.body.at(-1)).toMatchObject({
      table: [['版', '日付', '内容'], ...doc.revisions.map(() => expect.any(Array))],
    });
    expect(base.redlineCount).toBe(0);
  });

  it('should update fields without changing anything but the rendering of cross-references', () => {
    expect(updated.body.map(masked)).toEqual(base.body.map(masked));
    console.log(
      'Update fields (.uno:UpdateAll) re-rendered:\n' +
        digitChanges(base.body, updated.body).join('\n'),
    );
  });

  it('should store the document unchanged when there are no edits', () => {
    expect(saved[0]!.done).toEqual([]);
    expect(plain.body).toEqual(base.body);
  });

  it('should insert an article: two new paragraphs, the later articles renumbered', () => {
    console.log('insert-article-before:', JSON.stringify(saved[1]!.done, null, 1));
    const at = indexOfNth(base.body, '条見出し', INSERTED_BEFORE);
    const expected: BodyEntry[] = [
      ...base.body.slice(0, at),
      { style: '条見出し', label: '', text: '（テスト条）' },
      { style: '条文', label: '', text: 'テスト本文とする。' },
      ...base.body.slice(at),
    ];
    // Compared without labels and digits first, then the labels.
    const noLabels = (b: readonly BodyEntry[]) =>
      b.map(masked).map((e) => (isParagraph(e) ? { ...e, label: '' } : e));
    expect(noLabels(inserted.body)).toEqual(noLabels(expected));
    expect(headings(inserted.body).map((h) => h.label)).toEqual(
      [...doc.articles, doc.articles[0]].map((_, i) => `第${fullwidth(i + 1)}条`),
    );
    const labels = (b: readonly BodyEntry[]) =>
      paragraphs(b)
        .filter((p) => p.style !== '条見出し')
        .map((p) => p.label);
    expect(labels(inserted.body)).toEqual(labels(expected));
    console.log(
      'Cross-references after the insertion:\n' + digitChanges(expected, inserted.body).join('\n'),
    );
  });

  it('should delete a 号 with its paragraph mark, the later 号 renumbered', () => {
    console.log('delete-paragraph:', JSON.stringify(saved[2]!.done));
    expect(deleted.body.map(masked)).toEqual(withoutNth(base.body, '号', 1).map(masked));
  });

  it('should reword a sentence: one paragraph changed', () => {
    const at = base.body.findIndex((e) => isParagraph(e) && e.text.includes(REWORD.find));
    const expected = base.body.map((e, i) =>
      i === at && isParagraph(e) ? { ...e, text: e.text.replace(REWORD.find, REWORD.replace) } : e,
    );
    expect(reworded.body.map(masked)).toEqual(expected.map(masked));
    expect(saved[3]!.done).toMatchObject([{ op: 'replace-text' }]);
  });

  it('should record the edits as tracked changes that accept to the edits and reject to the original', () => {
    expect(tracked.redlineCount).toBeGreaterThan(0);
    expect(new Set(tracked.redlines.map((r) => r.author))).toEqual(new Set([AUTHOR]));
    expect(new Set(tracked.redlines.map((r) => r.type))).toEqual(new Set(['Insert', 'Delete']));
    expect(accepted.redlineCount).toBe(tracked.redlineCount);
    expect(accepted.redlinesAfter).toBe(0);
    expect(rejected.redlinesAfter).toBe(0);
    // Accepting gives both edits (the reworded sentence, the 号 gone); rejecting the original.
    expect(accepted.body.map(masked)).toEqual(withoutNth(reworded.body, '号', 1).map(masked));
    expect(rejected.body.map(masked)).toEqual(base.body.map(masked));
    console.log(
      'Tracked changes as LibreOffice stored them:',
      tracked.redlines.map((r) => `${r.type} by ${r.author} ${r.date}`).join(', '),
    );
  });

  /** Labels of the body's paragraphs from `from` on, `count` of them. */
  const labelsAt = (b: readonly BodyEntry[], from: number, count: number) =>
    b.slice(from, from + count).map((e) => (isParagraph(e) ? [e.style, e.label] : ['table']));

  it('should number a 項 typed after an article’s first paragraph ２, and the old ２ ３', () => {
    const at = indexOfNth(base.body, '条文', 0); // 第１条: 条文, then 項 ２
    expect(labelsAt(base.body, at, 2)).toEqual([
      ['条文', ''],
      ['項', '２'],
    ]);
    expect(entered.body).toHaveLength(base.body.length + 1);
    expect(para(entered.body, at + 1)).toMatchObject({
      style: '項',
      label: '２',
      text: '新しい段落とする。',
    });
    expect(para(entered.body, at + 2)).toMatchObject({
      style: '項',
      label: '３',
      text: para(base.body, at + 1).text,
    });
    // Nothing else moved: the next article still starts at 第２条 with its own 項 from ２.
    expect(headings(entered.body).map((h) => h.label)).toEqual(
      headings(base.body).map((h) => h.label),
    );
  });

  it('should continue 項 numbering after Enter at the end of a 項', () => {
    const at = indexOfNth(base.body, '項', 0);
    expect(para(enteredAfter.body, at + 1)).toMatchObject({
      style: '項',
      label: '３',
      text: '新しい項とする。',
    });
  });

  it('should start a new article when 条見出し is applied to an article’s first paragraph or a 号', () => {
    const shift = (b: readonly BodyEntry[]) => headings(b).map((h) => h.label);
    const all = doc.articles.length + 1;
    const expected = Array.from({ length: all }, (_, i) => `第${fullwidth(i + 1)}条`);
    for (const [edited, target] of [
      [styledBody, indexOfNth(base.body, '条文', 2)],
      [styledItem, indexOfNth(base.body, '号', 9)],
    ] as const) {
      expect(para(edited.body, target)).toMatchObject({ style: '条見出し' });
      expect(para(edited.body, target).label).toMatch(/^第[０-９]+条$/);
      expect(shift(edited.body)).toEqual(expected);
    }
  });

  it('should apply 条見出し to a 項 (LibreOffice keeps its list level: printed, see README)', () => {
    const at = indexOfNth(base.body, '項', 1);
    expect(styled.body).toHaveLength(base.body.length);
    expect(para(styled.body, at)).toMatchObject({
      style: '条見出し',
      text: para(base.body, at).text,
    });
    expect(styled.done).toMatchObject({ op: 'apply-style' });
    // LibreOffice 7.4 keeps the paragraph's list level (the 項 level of the article list), so the
    // paragraph keeps its 項 number until its numbering is removed; Word takes the style's level.
    console.log(
      'apply-style (条見出し on the second 項):\n' +
        styled.body
          .slice(at - 1, at + 2)
          .map((e) => JSON.stringify(e))
          .join('\n'),
    );
  });

  it('should show a visible broken reference once fields are updated after an article is deleted', () => {
    const target = doc.articles[REFERENCED]!;
    expect(target.id).toBe('records');
    const broken = paragraphs(noArticle.body).filter((p) =>
      /Error: Reference source not found|エラー/.test(p.text),
    );
    expect(broken.length).toBeGreaterThan(0);
    // Word shows 「エラー! ブックマークが定義されていません。」 in the same place.
    console.log(broken.map((p) => `${p.label} ${p.text.slice(0, 60)}`).join('\n'));
  });
});
