// DiffDocument → redline.docx (見え消し版): the new guideline with tracked changes. Inserted text
// is in w:ins, deleted text in w:del/w:delText, inserted and deleted paragraphs carry the change
// on their paragraph mark, and a paragraph whose kind changed (条文 ↔ 項) records the old
// properties in w:pPrChange: accepting every change gives the new text, rejecting every change
// the old one. Article and 項 numbers are Word numbering, so they follow either way.
import type { ArticleDiff, DiffDocument, LineDiff, Segment } from '../../diff/model.js';
import type { DocumentMeta } from '../../model/types.js';
import { NumberingBuilder } from '../docx/numbering.js';
import { packDocx, type DocxOptions } from '../docx/render.js';
import { STYLE } from '../docx/styles.js';
import { esc, run } from '../docx/xml.js';

export interface RedlineOptions extends DocxOptions {
  author: string;
}

class RedlineWriter {
  private id = 1;
  private readonly out: string[] = [];
  private readonly mark: string;

  constructor(
    private readonly o: RedlineOptions,
    date: string,
  ) {
    this.mark = `w:author="${esc(o.author)}" w:date="${date}"`;
  }

  private next(): number {
    return this.id++;
  }

  private runs(segments: readonly Segment[]): string {
    return segments
      .map((s) => {
        if (s.change === 'same') return run(s.text);
        if (s.change === 'added')
          return `<w:ins w:id="${this.next()}" ${this.mark}>${run(s.text)}</w:ins>`;
        return `<w:del w:id="${this.next()}" ${this.mark}><w:r><w:delText xml:space="preserve">${esc(s.text)}</w:delText></w:r></w:del>`;
      })
      .join('');
  }

  /** A paragraph; `markChange` tracks the paragraph mark itself (a whole paragraph added or removed). */
  private paragraph(
    pPr: string,
    content: string,
    markChange?: 'ins' | 'del',
    oldPPr?: string,
  ): void {
    const rPr = markChange
      ? `<w:rPr><w:${markChange} w:id="${this.next()}" ${this.mark}/></w:rPr>`
      : '';
    const change =
      oldPPr !== undefined
        ? `<w:pPrChange w:id="${this.next()}" ${this.mark}><w:pPr>${oldPPr}</w:pPr></w:pPrChange>`
        : '';
    this.out.push(`<w:p><w:pPr>${pPr}${rPr}${change}</w:pPr>${content}</w:p>`);
  }

  private pPrFor(
    l: { kind: 'paragraph' | 'item'; depth: number; label: string | undefined },
    _lists: { paragraph: () => number; item: () => number },
  ): string {
    if (l.kind === 'item') {
      const style =
        [STYLE.item, STYLE.subitem, STYLE.subsubitem][Math.min(l.depth, 3) - 1] ?? STYLE.item;
      return `<w:pStyle w:val="${style}"/>`;
    }
    return l.label
      ? `<w:pStyle w:val="${STYLE.paragraph}"/>`
      : `<w:pStyle w:val="${STYLE.articleBody}"/>`;
  }

  private line(l: LineDiff, lists: { paragraph: () => number; item: () => number }): void {
    const label = l.status === 'removed' ? l.oldLabel : l.newLabel;
    const pPr = this.pPrFor({ kind: l.kind, depth: l.depth, label }, lists);
    if (l.status === 'added') this.paragraph(pPr, this.runs(l.new), 'ins');
    else if (l.status === 'removed') this.paragraph(pPr, this.runs(l.old), 'del');
    else {
      // Same and changed lines: one paragraph holding both sides' segments in reading order.
      const merged = mergeSides(l.old, l.new);
      const kindChanged = l.kind === 'paragraph' && Boolean(l.oldLabel) !== Boolean(l.newLabel);
      const oldPPr = kindChanged
        ? this.pPrFor({ kind: l.kind, depth: l.depth, label: l.oldLabel }, lists)
        : undefined;
      this.paragraph(pPr, this.runs(merged), undefined, oldPPr);
    }
  }

  article(a: ArticleDiff): void {
    const heading = (title: string | undefined) => `（${title ?? ''}）`;
    const headingPPr = `<w:pStyle w:val="${STYLE.articleHeading}"/>`;
    if (a.status === 'added')
      this.paragraph(
        headingPPr,
        this.runs([{ text: heading(a.newTitle), change: 'added' }]),
        'ins',
      );
    else if (a.status === 'removed')
      this.paragraph(
        headingPPr,
        this.runs([{ text: heading(a.oldTitle), change: 'removed' }]),
        'del',
      );
    else if (a.oldTitle !== a.newTitle) {
      this.paragraph(
        headingPPr,
        this.runs([
          { text: heading(a.oldTitle), change: 'removed' },
          { text: heading(a.newTitle), change: 'added' },
        ]),
      );
    } else this.paragraph(headingPPr, run(heading(a.newTitle)));
    const lists = { paragraph: () => 0, item: () => 0 };
    for (const l of a.lines) this.line(l, lists);
  }

  supplementary(lines: readonly LineDiff[]): void {
    this.paragraph(`<w:pStyle w:val="${STYLE.supplementaryHeading}"/>`, run('附\u3000則'));
    for (const l of lines) {
      const pPr = `<w:pStyle w:val="${STYLE.supplementary}"/>`;
      if (l.status === 'added') this.paragraph(pPr, this.runs(l.new), 'ins');
      else if (l.status === 'removed') this.paragraph(pPr, this.runs(l.old), 'del');
      else this.paragraph(pPr, this.runs(mergeSides(l.old, l.new)));
    }
  }

  title(diff: DiffDocument): void {
    this.paragraph(`<w:pStyle w:val="${STYLE.title}"/>`, run(diff.title));
    this.paragraph(`<w:pStyle w:val="${STYLE.company}"/>`, run(diff.company));
  }

  xml(): string {
    return this.out.join('');
  }
}

/** Interleaves old (same + removed) and new (same + added) segments: same text once, in order. */
export function mergeSides(old: readonly Segment[], neu: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  let j = 0;
  while (i < old.length || j < neu.length) {
    const o = old[i];
    const n = neu[j];
    if (o && o.change === 'removed') {
      out.push(o);
      i++;
    } else if (n && n.change === 'added') {
      out.push(n);
      j++;
    } else if (o && n) {
      // Both same: the texts are the same phrases, but segment boundaries may differ.
      if (o.text === n.text) {
        out.push(o);
        i++;
        j++;
      } else if (n.text.startsWith(o.text)) {
        out.push(o);
        i++;
        neu = [
          ...neu.slice(0, j),
          { text: n.text.slice(o.text.length), change: 'same' },
          ...neu.slice(j + 1),
        ];
      } else {
        out.push(n);
        j++;
        old = [
          ...old.slice(0, i),
          { text: o.text.slice(n.text.length), change: 'same' },
          ...old.slice(i + 1),
        ];
      }
    } else {
      const rest = o ?? n;
      if (rest) out.push(rest);
      if (o) i++;
      else j++;
    }
  }
  return out;
}

export function renderRedlineDocx(
  diff: DiffDocument,
  meta: DocumentMeta,
  options: RedlineOptions,
): Uint8Array {
  const w = new RedlineWriter(options, `${diff.date}T00:00:00Z`);
  w.title(diff);
  for (const a of diff.articles) w.article(a);
  if (diff.supplementary.length > 0) w.supplementary(diff.supplementary);
  return packDocx(
    { ...meta, title: `${diff.title}（見え消し版）` },
    w.xml(),
    new NumberingBuilder(meta.style),
    options,
  );
}
