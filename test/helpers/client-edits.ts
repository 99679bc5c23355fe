// What a legal reviewer asks of a file that comes back from the client: "does it still hold every
// provision?" and "what did they change?". Shared by the test on committed LibreOffice-saved
// fixtures (test/unit/saved-fixtures.test.ts) and the one that takes a fresh build through
// LibreOffice (test/e2e/client-edits-libreoffice.test.ts): the same files, the same answers.
import { expect } from 'vitest';
import { compareDocuments } from '../../src/diff/compare.js';
import type { DiffDocument } from '../../src/diff/model.js';
import { readInput } from '../../src/validate/inputs.js';
import { validateDocument } from '../../src/validate/validate.js';

/** The edits the fixtures were made with (scripts/libreoffice/make-fixtures.sh). */
export const EDITS = {
  insertBefore: 2, // before the third article
  insertedTitle: '苦情の分析',
  insertedBody: '当社は、相談記録を定期的に分析し、その結果を製品等の改善に活用するものとする。',
  deletedItem: 1, // the second 号 of the document (in 第２条)
  reword: { find: '受け付けないものとする。', added: '原則として' },
} as const;

export async function findingsOf(file: string): Promise<string[]> {
  const { doc } = await readInput(file);
  return validateDocument(doc, file).map((d) => `${d.rule} ${d.article ?? ''} ${d.message}`);
}

export async function diffOf(oldFile: string, newFile: string): Promise<DiffDocument> {
  const [a, b] = await Promise.all([readInput(oldFile), readInput(newFile)]);
  return compareDocuments(a.doc, b.doc, '2026-12-01');
}

/** Nothing at all changed: articles, title page, 附則 and 改定履歴. */
export function expectNoChange(d: DiffDocument): void {
  expect(d.summary).toEqual({ added: [], removed: [], moved: [], changed: [], renumbered: [] });
  const lines = [
    d.titlePage.title,
    d.titlePage.company,
    ...d.titlePage.dates,
    ...d.supplementary.map((b) => b.line),
    ...d.revisions.map((r) => r.summary),
  ];
  expect(lines.filter((l) => l.status !== 'same')).toEqual([]);
  expect(d.supplementary.every((b) => b.status === 'same')).toBe(true);
  expect(d.revisions.every((r) => r.status === 'same')).toBe(true);
}

/** Headings in ASCII digits, whatever the document's digit style (「第３条」 → 「第3条」). */
const ascii = (list: readonly string[]) =>
  list.map((t) => t.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));

const changedText = (d: DiffDocument) =>
  d.articles.flatMap((a) =>
    a.lines.flatMap((l) => l.merged.filter((s) => s.change !== 'same').map((s) => s.text)),
  );

/** A new article before the third: added, the later ones renumbered, nothing else reworded. */
export function expectInsertedArticle(d: DiffDocument, articleCount: number): void {
  expect(ascii(d.summary.added)).toEqual([`第3条（${EDITS.insertedTitle}）`]);
  expect(d.summary.removed).toEqual([]);
  expect(d.summary.renumbered).toHaveLength(articleCount - EDITS.insertBefore);
  const added = d.articles.find((a) => a.status === 'added')!;
  expect(added.lines.map((l) => l.new.map((s) => s.text).join(''))).toEqual([EDITS.insertedBody]);
  // Where the word processor updated a reference to a renumbered article, only its number moved.
  for (const text of changedText(d).filter((t) => t !== EDITS.insertedBody))
    expect(text).toMatch(/^[第0-9０-９条項]+$/);
}

/** One 号 gone from 第２条; the later 号 renumbered but not changed. */
export function expectDeletedItem(d: DiffDocument): void {
  expect(d.summary).toMatchObject({ added: [], removed: [], renumbered: [] });
  expect(ascii(d.summary.changed)).toEqual(['第2条（定義）']);
  const article = d.articles.find((a) => a.status === 'changed')!;
  const changed = article.lines.filter((l) => l.status !== 'same');
  expect(changed).toHaveLength(1);
  expect(changed[0]).toMatchObject({ status: 'removed', kind: 'item', oldLabel: '二' });
}

/** One sentence reworded: one line of one article, the inserted phrase and nothing else. */
export function expectReworded(d: DiffDocument): void {
  expect(d.summary).toMatchObject({ added: [], removed: [], renumbered: [] });
  expect(d.summary.changed).toHaveLength(1);
  expect(changedText(d)).toEqual([EDITS.reword.added]);
}

/** Tracked changes read as accepted: the reword and the deleted 号 together. */
export function expectTracked(d: DiffDocument): void {
  expect(d.summary).toMatchObject({ added: [], removed: [], renumbered: [] });
  expect(d.summary.changed).toHaveLength(2);
  expect(ascii(d.summary.changed)).toContain('第2条（定義）');
  expect(changedText(d)).toEqual([expect.stringContaining('相談者'), EDITS.reword.added]);
}
