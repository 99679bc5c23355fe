// Walking the model: every inline sequence of an article (its 項 and, in order, their 号 and
// sub-items), and the references among them.
import type {
  Article,
  CommentaryChapter,
  CommentaryDocument,
  CommentarySection,
  Inline,
  Item,
  Paragraph,
  ProseBlock,
  RefNode,
} from './types.js';

export interface ContentPlace {
  paragraph: Paragraph;
  content: Inline[];
}

function* items(list: readonly Item[], paragraph: Paragraph): Generator<ContentPlace> {
  for (const item of list) {
    yield { paragraph, content: item.content };
    yield* items(item.children, paragraph);
  }
}

/** Each 項's text, then its 号 and sub-items, in reading order. */
export function* contentsOf(article: Article): Generator<ContentPlace> {
  for (const paragraph of article.paragraphs) {
    yield { paragraph, content: paragraph.content };
    yield* items(paragraph.items, paragraph);
  }
}

export function refsOf(article: Article): RefNode[] {
  const out: RefNode[] = [];
  for (const { content } of contentsOf(article))
    for (const n of content) if (n.type === 'ref') out.push(n);
  return out;
}

/** Every inline sequence of a prose block: heading, paragraph, list items, table cells, 文例 lines. */
export function proseInlines(block: ProseBlock): Inline[][] {
  switch (block.type) {
    case 'heading':
    case 'prose':
      return [block.content];
    case 'list':
      return block.items;
    case 'table':
      return [...block.head, ...block.rows.flat()];
    case 'model-text':
      return block.lines.map((l) => l.content);
  }
}

export type CommentaryPart =
  { kind: 'chapter'; chapter: CommentaryChapter } | { kind: 'section'; section: CommentarySection };

/** The commentary's chapters and article sections in reading (and 目次) order. */
export function commentaryParts(doc: CommentaryDocument): CommentaryPart[] {
  const chapter = (c: CommentaryChapter | undefined): CommentaryPart[] =>
    c ? [{ kind: 'chapter', chapter: c }] : [];
  return [
    ...chapter(doc.introduction),
    ...chapter(doc.lawTable),
    ...doc.sections.map((section): CommentaryPart => ({ kind: 'section', section })),
    ...chapter(doc.appendix),
  ];
}

/** A part's id: the chapter's id, or `article:<article id>` (目次 entries, bookmarks, page maps). */
export function partId(part: CommentaryPart): string {
  return part.kind === 'chapter' ? part.chapter.id : `article:${part.section.article.id}`;
}
