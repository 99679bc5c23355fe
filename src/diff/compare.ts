// Two documents → DiffDocument. Articles are aligned by id (a renumbered or moved article is the
// same article); lines inside an article by their text; words by Intl.Segmenter widened to phrases
// (a content word with the particles and punctuation after it), so changes are marked on 字句, not
// on single characters.
import { diffArrays } from 'diff';
import { articleHeading, inlineText } from '../model/text.js';
import type { Article, Document, Item } from '../model/types.js';
import { itemLabel, paragraphLabel } from '../number/format.js';
import type { ArticleDiff, DiffDocument, LineDiff, Segment } from './model.js';

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
const TRAILING = /^[\p{Script=Hiragana}ー、。，．・）」』】〕\s]+$/u;

/** Words widened to phrases: 「当社は、」「相談」「記録を」「保存するものとする。」. */
export function phrases(text: string): string[] {
  const out: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    const last = out.length - 1;
    if (last >= 0 && TRAILING.test(segment) && !/[。]$/.test(out[last]!)) out[last] += segment;
    else out.push(segment);
  }
  return out;
}

export function diffText(oldText: string, newText: string): { old: Segment[]; new: Segment[] } {
  const parts = diffArrays(phrases(oldText), phrases(newText));
  const old: Segment[] = [];
  const neu: Segment[] = [];
  const push = (list: Segment[], text: string, change: Segment['change']) => {
    const prev = list.at(-1);
    if (prev && prev.change === change) prev.text += text;
    else list.push({ text, change });
  };
  for (const p of parts) {
    const text = p.value.join('');
    if (p.added) push(neu, text, 'added');
    else if (p.removed) push(old, text, 'removed');
    else {
      push(old, text, 'same');
      push(neu, text, 'same');
    }
  }
  return { old, new: neu };
}

interface Line {
  kind: 'paragraph' | 'item';
  depth: number;
  label: string;
  text: string;
}

function linesOf(article: Article, doc: Document): Line[] {
  const style = doc.meta.style;
  const out: Line[] = [];
  const items = (list: readonly Item[]) => {
    for (const i of list) {
      out.push({
        kind: 'item',
        depth: i.depth,
        label: itemLabel(i.number, i.depth, style),
        text: inlineText(i.content, style),
      });
      items(i.children);
    }
  };
  for (const p of article.paragraphs) {
    out.push({
      kind: 'paragraph',
      depth: 0,
      label: paragraphLabel(p.number, style),
      text: inlineText(p.content, style),
    });
    items(p.items);
  }
  return out;
}

/** Lines aligned by text; an unmatched removed line next to an unmatched added one is a change. */
export function diffLines(oldLines: readonly Line[], newLines: readonly Line[]): LineDiff[] {
  const key = (l: Line) => `${l.kind}|${l.text}`;
  const parts = diffArrays(oldLines.map(key), newLines.map(key));
  const out: LineDiff[] = [];
  let oi = 0;
  let ni = 0;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    if (!p.added && !p.removed) {
      for (let j = 0; j < p.count!; j++) {
        const o = oldLines[oi++]!;
        const n = newLines[ni++]!;
        out.push({
          status: 'same',
          kind: n.kind,
          depth: n.depth,
          oldLabel: o.label,
          newLabel: n.label,
          old: [{ text: o.text, change: 'same' }],
          new: [{ text: n.text, change: 'same' }],
        });
      }
      continue;
    }
    const removed = p.removed ? oldLines.slice(oi, (oi += p.count!)) : [];
    const next = parts[k + 1];
    let added: Line[] = [];
    if (p.added) added = newLines.slice(ni, (ni += p.count!));
    else if (next?.added) {
      added = newLines.slice(ni, (ni += next.count!));
      k++;
    }
    // Pair removed and added lines of the same kind in order: those are edits of one line.
    const pairs = Math.min(removed.length, added.length);
    for (let j = 0; j < Math.max(removed.length, added.length); j++) {
      const o = removed[j];
      const n = added[j];
      if (j < pairs && o && n && o.kind === n.kind) {
        const d = diffText(o.text, n.text);
        out.push({
          status: 'changed',
          kind: n.kind,
          depth: n.depth,
          oldLabel: o.label,
          newLabel: n.label,
          old: d.old,
          new: d.new,
        });
      } else {
        if (o)
          out.push({
            status: 'removed',
            kind: o.kind,
            depth: o.depth,
            oldLabel: o.label,
            old: [{ text: o.text, change: 'removed' }],
            new: [],
          });
        if (n)
          out.push({
            status: 'added',
            kind: n.kind,
            depth: n.depth,
            newLabel: n.label,
            old: [],
            new: [{ text: n.text, change: 'added' }],
          });
      }
    }
  }
  return out;
}

/** Article ids in order; ones outside the longest common subsequence have moved. */
function movedIds(oldIds: string[], newIds: string[]): Set<string> {
  const common = oldIds.filter((id) => newIds.includes(id));
  const inNew = newIds.filter((id) => oldIds.includes(id));
  const lcs = diffArrays(common, inNew)
    .filter((p) => !p.added && !p.removed)
    .flatMap((p) => p.value);
  return new Set(common.filter((id) => !lcs.includes(id)));
}

/** Files read back without ids are aligned by heading title. */
function alignKey(a: Article): string {
  return /^article-\d+$/.test(a.id) ? `title:${a.title}` : a.id;
}

export function compareDocuments(oldDoc: Document, newDoc: Document, date: string): DiffDocument {
  const oldKeys = oldDoc.articles.map(alignKey);
  const newKeys = newDoc.articles.map(alignKey);
  const moved = movedIds(oldKeys, newKeys);
  const articles: ArticleDiff[] = [];
  const heading = (a: Article, d: Document) => articleHeading(a, d.meta.style);

  // Walk the new document; removed articles are placed where they stood in the old one.
  const removedBefore = new Map<string, Article[]>();
  let pending: Article[] = [];
  for (const a of oldDoc.articles) {
    const key = alignKey(a);
    if (!newKeys.includes(key)) pending.push(a);
    else {
      removedBefore.set(key, pending);
      pending = [];
    }
  }
  const removedAtEnd = pending;

  const pushRemoved = (a: Article) =>
    articles.push({
      id: a.id,
      status: 'removed',
      oldTitle: a.title,
      oldHeading: heading(a, oldDoc),
      oldNumber: a.number,
      renumbered: false,
      moved: false,
      lines: linesOf(a, oldDoc).map((l) => ({
        status: 'removed',
        kind: l.kind,
        depth: l.depth,
        oldLabel: l.label,
        old: [{ text: l.text, change: 'removed' }],
        new: [],
      })),
    });

  for (const n of newDoc.articles) {
    const key = alignKey(n);
    for (const r of removedBefore.get(key) ?? []) pushRemoved(r);
    const o = oldDoc.articles.find((a) => alignKey(a) === key);
    if (!o) {
      articles.push({
        id: n.id,
        status: 'added',
        newTitle: n.title,
        newHeading: heading(n, newDoc),
        newNumber: n.number,
        renumbered: false,
        moved: false,
        lines: linesOf(n, newDoc).map((l) => ({
          status: 'added',
          kind: l.kind,
          depth: l.depth,
          newLabel: l.label,
          old: [],
          new: [{ text: l.text, change: 'added' }],
        })),
      });
      continue;
    }
    const lines = diffLines(linesOf(o, oldDoc), linesOf(n, newDoc));
    const textChanged = lines.some((l) => l.status !== 'same') || o.title !== n.title;
    articles.push({
      id: n.id,
      status: textChanged ? 'changed' : 'same',
      oldTitle: o.title,
      newTitle: n.title,
      oldHeading: heading(o, oldDoc),
      newHeading: heading(n, newDoc),
      oldNumber: o.number,
      newNumber: n.number,
      renumbered: o.number !== n.number,
      moved: moved.has(key),
      lines,
    });
  }
  for (const r of removedAtEnd) pushRemoved(r);

  const supplementaryLines = (d: Document) =>
    d.supplementary.map((b): Line => ({
      kind: 'paragraph',
      depth: 0,
      label: '',
      text: inlineText(b.content, d.meta.style),
    }));
  const label = (a: ArticleDiff) => a.newHeading ?? a.oldHeading ?? a.id;
  return {
    title: newDoc.meta.title || oldDoc.meta.title,
    company: newDoc.meta.company || oldDoc.meta.company,
    oldLabel: '改正前',
    newLabel: '改正後',
    articles,
    supplementary: diffLines(supplementaryLines(oldDoc), supplementaryLines(newDoc)),
    summary: {
      added: articles.filter((a) => a.status === 'added').map(label),
      removed: articles.filter((a) => a.status === 'removed').map((a) => a.oldHeading ?? a.id),
      moved: articles.filter((a) => a.moved).map(label),
      changed: articles.filter((a) => a.status === 'changed').map(label),
      renumbered: articles
        .filter((a) => a.renumbered)
        .map((a) => `${a.oldHeading} → ${a.newHeading}`),
    },
    date,
  };
}
