// DiffDocument → the redline (見え消し版) as a Document whose nodes carry change marks: both
// versions in one tree, in reading order. Same text is the newer version's; removed text, 項, 号,
// articles, 附則 blocks and 改定履歴 rows are kept where they stood and marked `del`; added ones
// are marked `ins`. The guideline's own writers render it (Word: w:ins / w:del / w:pPrChange), so
// the redline is the whole guideline — title page, articles, 附則, 改定履歴 — with the same
// styles, numbering, bookmarks and REF fields.
import type {
  Article,
  Change,
  Document,
  DocumentMeta,
  Inline,
  Item,
  Paragraph,
  Revision,
  SupplementaryBlock,
  TitleLine,
} from '../model/types.js';
import type { ArticleDiff, DiffDocument, LineDiff, SegmentChange } from './model.js';

const MARK: Record<SegmentChange, Change | undefined> = {
  same: undefined,
  added: 'ins',
  removed: 'del',
};

/** A line's content, each node marked with its segment's change. */
function contentOf(line: LineDiff): Inline[] {
  return line.merged.flatMap((s) =>
    s.content.map((n): Inline => {
      const change = MARK[s.change];
      const { change: _old, ...node } = n;
      return change ? { ...node, change } : node;
    }),
  );
}

/** The block-level change of a line that is wholly in one version. */
function blockChange(line: LineDiff): Change | undefined {
  return line.status === 'added' ? 'ins' : line.status === 'removed' ? 'del' : undefined;
}

function article(a: ArticleDiff): Article {
  const paragraphs: Paragraph[] = [];
  // Labels name bookmarks, which must be unique: a removed 項 keeps its label only when no
  // remaining 項 of the article carries the same one.
  const liveAnchors = new Set(
    a.lines.filter((l) => l.status !== 'removed' && l.anchor).map((l) => l.anchor),
  );
  for (const line of a.lines) {
    const change = blockChange(line);
    const number = (line.status === 'removed' ? line.oldNumber : line.newNumber) ?? 1;
    if (line.kind === 'paragraph') {
      const anchor =
        line.anchor && (line.status !== 'removed' || !liveAnchors.has(line.anchor))
          ? line.anchor
          : undefined;
      const kindChanged =
        line.oldNumber !== undefined &&
        line.newNumber !== undefined &&
        (line.oldNumber === 1) !== (line.newNumber === 1);
      paragraphs.push({
        type: 'paragraph',
        number,
        ...(anchor ? { label: anchor } : {}),
        content: contentOf(line),
        items: [],
        ...(change ? { change } : {}),
        ...(kindChanged ? { formerNumber: line.oldNumber! } : {}),
      });
      continue;
    }
    let owner = paragraphs.at(-1);
    if (!owner) {
      owner = { type: 'paragraph', number: 1, content: [], items: [] };
      paragraphs.push(owner);
    }
    const item: Item = {
      type: 'item',
      number,
      depth: line.depth,
      content: contentOf(line),
      children: [],
      ...(change ? { change } : {}),
    };
    let siblings = owner.items;
    for (let d = 1; d < line.depth; d++) siblings = siblings.at(-1)?.children ?? siblings;
    siblings.push(item);
  }
  const change: Change | undefined =
    a.status === 'added' ? 'ins' : a.status === 'removed' ? 'del' : undefined;
  const title = (a.status === 'removed' ? a.oldTitle : a.newTitle) ?? '';
  return {
    type: 'article',
    id: a.id,
    title,
    number: (a.status === 'removed' ? a.oldNumber : a.newNumber) ?? 0,
    provisions: [],
    optional: false,
    paragraphs,
    origin: {},
    ...(change ? { change } : {}),
    ...(a.status !== 'added' && a.status !== 'removed' && a.oldTitle !== a.newTitle
      ? { formerTitle: a.oldTitle ?? '' }
      : {}),
  };
}

function titleLine(line: LineDiff): TitleLine {
  const change = blockChange(line);
  return { content: contentOf(line), ...(change ? { change } : {}) };
}

/**
 * The redline of a diff. `meta` is the newer version's (its dates, fonts and style describe the
 * document once every change is accepted).
 */
export function redlineDocument(diff: DiffDocument, meta: DocumentMeta): Document {
  const supplementary = diff.supplementary.map((b): SupplementaryBlock => {
    const change = b.status === 'added' ? 'ins' : b.status === 'removed' ? 'del' : undefined;
    return {
      type: 'supplementary',
      kind: b.kind,
      date: b.date,
      effective: b.effective,
      content: contentOf(b.line),
      ...(change ? { change } : {}),
    };
  });
  const revisions = diff.revisions.map((r): Revision => {
    const change = r.status === 'added' ? 'ins' : r.status === 'removed' ? 'del' : undefined;
    return {
      version: r.version,
      date: (r.newDate ?? r.oldDate)!,
      summary: contentOf(r.summary),
      ...(change ? { change } : {}),
      ...(r.oldDate && r.newDate && r.oldDate !== r.newDate ? { formerDate: r.oldDate } : {}),
    };
  });
  return {
    type: 'document',
    meta,
    titlePage: {
      title: contentOf(diff.titlePage.title),
      company: contentOf(diff.titlePage.company),
      dates: diff.titlePage.dates.map(titleLine),
    },
    articles: diff.articles.map(article),
    supplementary,
    revisions,
  };
}
