// Two documents → DiffDocument. Articles are aligned by id (a renumbered or moved article is the
// same article); lines inside an article by their text; inside a line, phrases (Intl.Segmenter
// words widened to a content word with the particles and punctuation after it, so changes are
// marked on 字句, not on single characters). A reference is one token, compared by what it prints.
import { diffArrays } from 'diff';
import { articleHeading, inlineText, supplementaryHeading, titlePage } from '../model/text.js';
import type { Article, Document, Inline, Item, NumberStyle } from '../model/types.js';
import { articleLabel, formatDate, itemLabel, paragraphLabel } from '../number/format.js';
import type {
  ArticleDiff,
  DiffDocument,
  LineDiff,
  RevisionDiff,
  Segment,
  SupplementaryDiff,
} from './model.js';

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

interface Token {
  key: string;
  nodes: Inline[];
}

type Piece =
  { atom: false; node: Inline & { type: 'text' | 'value' } } | { atom: true; token: Token };

const PARAGRAPH_AFTER = /^第[0-9０-９]+項/;
const ARTICLE_BEFORE = /(前条|次条)?第$/;

/**
 * A reference is one token, whatever shape it has in the model: a config's reference prints
 * 「第８条第２項」 as one node, while a file read back holds the REF fields Word shows — 「第８条」,
 * then 「第」, the 項 number 「２」 and 「項」 (or 「第１項」 as text, and 「前条第」 as text before a
 * 項 number). Those runs are joined into one token with the same key, so a config and the .docx made
 * from it compare equal, and a changed reference is marked as a whole.
 */
function pieces(content: readonly Inline[], style: NumberStyle): Piece[] {
  const out: Piece[] = [];
  const text = (n: Inline & { type: 'text' | 'value' }, value: string): Piece => ({
    atom: false,
    node: { ...n, value },
  });
  for (let i = 0; i < content.length; i++) {
    const n = content[i]!;
    if (n.type !== 'ref') {
      if (n.value !== '') out.push(text(n, n.value));
      continue;
    }
    const printed = inlineText([n], style);
    // A bare 「前条」「次条」 is a word of the text (Word has no field for it, so a file holds text).
    if (/^(前条|次条)$/.test(printed)) {
      out.push(
        text({ type: 'text', value: printed, ...(n.change ? { change: n.change } : {}) }, printed),
      );
      continue;
    }
    let token: Token = { key: printed, nodes: [n] };
    if (n.target.form === 'paragraph-number') {
      // 「第」 (or 「前条第」) before it, and the article reference right before it, belong to it.
      const prev = out.at(-1);
      const m = prev && !prev.atom ? ARTICLE_BEFORE.exec(prev.node.value) : null;
      if (prev && !prev.atom && m) {
        const head = prev.node.value.slice(0, prev.node.value.length - m[0].length);
        out.pop();
        if (head !== '') out.push(text(prev.node, head));
        token = { key: m[0] + token.key, nodes: [{ ...prev.node, value: m[0] }, n] };
        const before = out.at(-1);
        if (m[1] === undefined && head === '' && before?.atom) {
          out.pop();
          token = {
            key: before.token.key + token.key,
            nodes: [...before.token.nodes, ...token.nodes],
          };
        }
      }
    }
    // 「項」 after a 項 number, or 「第１項」 after an article reference (the first 項 is text).
    const next = content[i + 1];
    const tail =
      next && next.type !== 'ref'
        ? n.target.form === 'paragraph-number'
          ? /^項/.exec(next.value)?.[0]
          : n.target.paragraph === undefined
            ? PARAGRAPH_AFTER.exec(next.value)?.[0]
            : undefined
        : undefined;
    if (next && next.type !== 'ref' && tail) {
      token = { key: token.key + tail, nodes: [...token.nodes, { ...next, value: tail }] };
      out.push({ atom: true, token });
      if (next.value.length > tail.length) out.push(text(next, next.value.slice(tail.length)));
      i++;
    } else out.push({ atom: true, token });
  }
  // A reference's key is marked, so it never equals a phrase of plain text.
  for (const p of out) if (p.atom) p.token.key = `\u0000${p.token.key}`;
  return out;
}

/** Text and values split into phrases (each keeping its nodes' kinds); a reference is one token. */
function tokens(content: readonly Inline[], style: NumberStyle): Token[] {
  const out: Token[] = [];
  let run: (Inline & { type: 'text' | 'value' })[] = [];
  const flush = () => {
    const text = run.map((n) => n.value).join('');
    let node = 0;
    let offset = 0; // within run[node]
    for (const phrase of phrases(text)) {
      const nodes: Inline[] = [];
      let rest = phrase.length;
      while (rest > 0) {
        const n = run[node]!;
        const take = Math.min(rest, n.value.length - offset);
        nodes.push({ ...n, value: n.value.slice(offset, offset + take) });
        rest -= take;
        offset += take;
        if (offset === n.value.length) {
          node++;
          offset = 0;
        }
      }
      out.push({ key: phrase, nodes });
    }
    run = [];
  };
  for (const p of pieces(content, style)) {
    if (p.atom) {
      flush();
      out.push(p.token);
    } else run.push(p.node);
  }
  flush();
  return out;
}

function push(
  list: Segment[],
  change: Segment['change'],
  nodes: readonly Inline[],
  style: NumberStyle,
) {
  const text = inlineText(nodes, style);
  const prev = list.at(-1);
  if (prev && prev.change === change) {
    prev.text += text;
    prev.content.push(...nodes);
  } else list.push({ text, change, content: [...nodes] });
}

/** The phrases of two inline sequences, interleaved in reading order. */
export function diffInlines(
  oldContent: readonly Inline[],
  newContent: readonly Inline[],
  oldStyle: NumberStyle,
  newStyle: NumberStyle,
): Pick<LineDiff, 'merged' | 'old' | 'new'> {
  const a = tokens(oldContent, oldStyle);
  const b = tokens(newContent, newStyle);
  const merged: Segment[] = [];
  let i = 0;
  let j = 0;
  for (const part of diffArrays(
    a.map((t) => t.key),
    b.map((t) => t.key),
  )) {
    const count = part.count ?? part.value.length;
    if (part.removed) {
      for (const t of a.slice(i, (i += count))) push(merged, 'removed', t.nodes, oldStyle);
    } else if (part.added) {
      for (const t of b.slice(j, (j += count))) push(merged, 'added', t.nodes, newStyle);
    } else {
      i += count;
      for (const t of b.slice(j, (j += count))) push(merged, 'same', t.nodes, newStyle);
    }
  }
  return sides(merged);
}

function sides(merged: Segment[]): Pick<LineDiff, 'merged' | 'old' | 'new'> {
  const side = (drop: Segment['change']) => {
    const out: Segment[] = [];
    for (const s of merged) {
      if (s.change === drop) continue;
      const prev = out.at(-1);
      if (prev && prev.change === s.change) {
        prev.text += s.text;
        prev.content = [...prev.content, ...s.content];
      } else out.push({ ...s, content: [...s.content] });
    }
    return out;
  };
  return { merged, old: side('added'), new: side('removed') };
}

/** Text diff of two plain strings (as inline text). */
export function diffText(oldText: string, newText: string): Pick<LineDiff, 'old' | 'new'> {
  const style = { era: 'seireki', digits: 'halfwidth' } as const;
  return diffInlines(
    [{ type: 'text', value: oldText }],
    [{ type: 'text', value: newText }],
    style,
    style,
  );
}

export interface Line {
  kind: 'paragraph' | 'item';
  depth: number;
  label: string;
  number: number;
  anchor?: string;
  text: string;
  content: Inline[];
  style: NumberStyle;
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
        number: i.number,
        text: inlineText(i.content, style),
        content: i.content,
        style,
      });
      items(i.children);
    }
  };
  for (const p of article.paragraphs) {
    out.push({
      kind: 'paragraph',
      depth: 0,
      label: paragraphLabel(p.number, style),
      number: p.number,
      ...(p.label ? { anchor: p.label } : {}),
      text: inlineText(p.content, style),
      content: p.content,
      style,
    });
    items(p.items);
  }
  return out;
}

function whole(l: Line, status: 'added' | 'removed'): LineDiff {
  const segment: Segment = {
    text: l.text,
    change: status,
    content: [...l.content],
  };
  const segments = l.text === '' ? [] : [segment];
  return {
    status,
    kind: l.kind,
    depth: l.depth,
    ...(status === 'removed'
      ? { oldLabel: l.label, oldNumber: l.number }
      : { newLabel: l.label, newNumber: l.number }),
    ...(l.anchor ? { anchor: l.anchor } : {}),
    merged: segments,
    old: status === 'removed' ? segments : [],
    new: status === 'added' ? segments : [],
  };
}

/** One line in both versions: same when the text is equal, otherwise changed phrase by phrase. */
export function lineDiff(o: Line, n: Line): LineDiff {
  const d =
    o.text === n.text
      ? sides(
          n.content.length > 0 ? [{ text: n.text, change: 'same', content: [...n.content] }] : [],
        )
      : diffInlines(o.content, n.content, o.style, n.style);
  const anchor = n.anchor ?? o.anchor;
  return {
    status: o.text === n.text ? 'same' : 'changed',
    kind: n.kind,
    depth: n.depth,
    oldLabel: o.label,
    newLabel: n.label,
    oldNumber: o.number,
    newNumber: n.number,
    ...(anchor ? { anchor } : {}),
    ...d,
  };
}

/** Lines aligned by text; an unmatched removed line next to an unmatched added one is a change. */
export function diffLines(oldLines: readonly Line[], newLines: readonly Line[]): LineDiff[] {
  const key = (l: Line) => `${l.kind}|${l.depth}|${l.text}`;
  const parts = diffArrays(oldLines.map(key), newLines.map(key));
  const out: LineDiff[] = [];
  let oi = 0;
  let ni = 0;
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    const count = p.count ?? p.value.length;
    if (!p.added && !p.removed) {
      for (let j = 0; j < count; j++) out.push(lineDiff(oldLines[oi++]!, newLines[ni++]!));
      continue;
    }
    const removed = p.removed ? oldLines.slice(oi, (oi += count)) : [];
    const next = parts[k + 1];
    let added: Line[] = [];
    if (p.added) added = newLines.slice(ni, (ni += count));
    else if (next?.added) {
      added = newLines.slice(ni, (ni += next.count ?? next.value.length));
      k++;
    }
    // Pair removed and added lines of the same kind in order: those are edits of one line.
    for (let j = 0; j < Math.max(removed.length, added.length); j++) {
      const o = removed[j];
      const n = added[j];
      if (o && n && o.kind === n.kind && o.depth === n.depth) out.push(lineDiff(o, n));
      else {
        if (o) out.push(whole(o, 'removed'));
        if (n) out.push(whole(n, 'added'));
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

const textLine = (content: Inline[], style: NumberStyle): Line => ({
  kind: 'paragraph',
  depth: 0,
  label: '',
  number: 1,
  text: inlineText(content, style),
  content,
  style,
});

/** A single line that is in one version only, or in both. */
function optionalLine(o: Line | undefined, n: Line | undefined): LineDiff | undefined {
  if (o && n) return lineDiff(o, n);
  if (o) return whole(o, 'removed');
  if (n) return whole(n, 'added');
  return undefined;
}

function compareSupplementary(oldDoc: Document, newDoc: Document): SupplementaryDiff[] {
  const os = oldDoc.meta.style;
  const ns = newDoc.meta.style;
  // Blocks are aligned by what they are: the enactment's, or the revision of a given date.
  const key = (b: Document['supplementary'][number]) =>
    `${b.kind}|${b.kind === 'revision' ? b.date : ''}`;
  const parts = diffArrays(oldDoc.supplementary.map(key), newDoc.supplementary.map(key));
  const out: SupplementaryDiff[] = [];
  let i = 0;
  let j = 0;
  for (const p of parts) {
    const count = p.count ?? p.value.length;
    for (let k = 0; k < count; k++) {
      const o = p.added ? undefined : oldDoc.supplementary[i++];
      const n = p.removed ? undefined : newDoc.supplementary[j++];
      const shown = (n ?? o)!;
      const line = optionalLine(o && textLine(o.content, os), n && textLine(n.content, ns))!;
      out.push({
        status: o && n ? (line.status === 'same' ? 'same' : 'changed') : o ? 'removed' : 'added',
        kind: shown.kind,
        ...(o ? { oldHeading: supplementaryHeading(o, os) } : {}),
        ...(n ? { newHeading: supplementaryHeading(n, ns) } : {}),
        date: shown.date,
        effective: shown.effective,
        line,
      });
    }
  }
  return out;
}

function compareRevisions(oldDoc: Document, newDoc: Document): RevisionDiff[] {
  const versions = [
    ...new Set([...oldDoc.revisions, ...newDoc.revisions].map((r) => r.version)),
  ].sort((a, b) => a - b);
  return versions.map((version): RevisionDiff => {
    const o = oldDoc.revisions.find((r) => r.version === version);
    const n = newDoc.revisions.find((r) => r.version === version);
    const summary = optionalLine(
      o && textLine(o.summary, oldDoc.meta.style),
      n && textLine(n.summary, newDoc.meta.style),
    )!;
    const dateChanged =
      o && n && formatDate(o.date, oldDoc.meta.style) !== formatDate(n.date, newDoc.meta.style);
    return {
      status:
        o && n
          ? summary.status === 'same' && !dateChanged
            ? 'same'
            : 'changed'
          : o
            ? 'removed'
            : 'added',
      version,
      ...(o ? { oldDate: o.date } : {}),
      ...(n ? { newDate: n.date } : {}),
      summary,
    };
  });
}

export function compareDocuments(oldDoc: Document, newDoc: Document, date: string): DiffDocument {
  const oldKeys = oldDoc.articles.map(alignKey);
  const newKeys = newDoc.articles.map(alignKey);
  const moved = movedIds(oldKeys, newKeys);
  const articles: ArticleDiff[] = [];
  const os = oldDoc.meta.style;
  const ns = newDoc.meta.style;

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
      oldHeading: articleHeading(a, os),
      oldNumberLabel: articleLabel(a.number, os),
      oldNumber: a.number,
      renumbered: false,
      moved: false,
      lines: linesOf(a, oldDoc).map((l) => whole(l, 'removed')),
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
        newHeading: articleHeading(n, ns),
        newNumberLabel: articleLabel(n.number, ns),
        newNumber: n.number,
        renumbered: false,
        moved: false,
        lines: linesOf(n, newDoc).map((l) => whole(l, 'added')),
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
      oldHeading: articleHeading(o, os),
      newHeading: articleHeading(n, ns),
      oldNumberLabel: articleLabel(o.number, os),
      newNumberLabel: articleLabel(n.number, ns),
      oldNumber: o.number,
      newNumber: n.number,
      renumbered: articleLabel(o.number, os) !== articleLabel(n.number, ns),
      moved: moved.has(key),
      lines,
    });
  }
  for (const r of removedAtEnd) pushRemoved(r);

  const oldFront = titlePage(oldDoc);
  const newFront = titlePage(newDoc);
  const label = (a: ArticleDiff) => a.newHeading ?? a.oldHeading ?? a.id;
  return {
    title: newDoc.meta.title || oldDoc.meta.title,
    company: newDoc.meta.company || oldDoc.meta.company,
    template: newDoc.meta.template || oldDoc.meta.template,
    oldLabel: '改正前',
    newLabel: '改正後',
    titlePage: {
      title: lineDiff(textLine(oldFront.title, os), textLine(newFront.title, ns)),
      company: lineDiff(textLine(oldFront.company, os), textLine(newFront.company, ns)),
      dates: diffLines(
        oldFront.dates.map((d) => textLine(d.content, os)),
        newFront.dates.map((d) => textLine(d.content, ns)),
      ),
    },
    articles,
    supplementary: compareSupplementary(oldDoc, newDoc),
    revisions: compareRevisions(oldDoc, newDoc),
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
