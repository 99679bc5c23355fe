// CommentaryDocument → commentary.md: contents, the opening chapter, the 法令対応表 (a GFM table),
// then per article its heading, the article text as a block quote (from the model) and 【趣旨】
// 【解説】… sections, and the appendix whose model texts (文例) are block quotes.
import type { Blockquote, List, RootContent, Table, TableRow } from 'mdast';
import { articleHeading, inlineText, commentaryDateLine } from '../../model/text.js';
import type {
  CommentaryChapter,
  CommentaryDocument,
  Inline,
  ModelText,
  ProseBlock,
  ProseTable,
} from '../../model/types.js';
import { commentaryParts } from '../../model/visit.js';
import { articleBody, heading, para, serialise } from '../markdown/render.js';

function bulletList(items: readonly Inline[][], doc: CommentaryDocument): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((item) => ({
      type: 'listItem',
      spread: false,
      children: [para(inlineText(item, doc.meta.style))],
    })),
  };
}

function table(t: ProseTable, doc: CommentaryDocument): Table {
  const row = (cells: readonly Inline[][]): TableRow => ({
    type: 'tableRow',
    children: cells.map((c) => ({
      type: 'tableCell',
      children: [{ type: 'text', value: inlineText(c, doc.meta.style) }],
    })),
  });
  return {
    type: 'table',
    align: t.head.map(() => 'left' as const),
    children: [row(t.head), ...t.rows.map(row)],
  };
}

/** A 文例 as a block quote: its title in bold, its lines as paragraphs, its entries as a list. */
function modelText(m: ModelText, doc: CommentaryDocument): Blockquote {
  const children: Blockquote['children'] = [];
  let items: Inline[][] = [];
  const flush = () => {
    if (items.length > 0) children.push(bulletList(items, doc));
    items = [];
  };
  for (const line of m.lines) {
    if (line.kind === 'item') {
      items.push(line.content);
      continue;
    }
    flush();
    const value = inlineText(line.content, doc.meta.style);
    children.push(
      line.kind === 'title'
        ? { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value }] }] }
        : para(value),
    );
  }
  flush();
  return { type: 'blockquote', children };
}

export function proseMarkdown(
  blocks: readonly ProseBlock[],
  doc: CommentaryDocument,
  top: 3 | 2 = 3,
): RootContent[] {
  const style = doc.meta.style;
  return blocks.map((b): RootContent => {
    switch (b.type) {
      case 'heading': {
        const depth = (b.depth === 2 ? top : top + 1) as 2 | 3 | 4;
        const label = inlineText(b.content, style);
        return heading(depth, top === 3 && b.depth === 2 ? `【${label}】` : label);
      }
      case 'prose':
        return para(inlineText(b.content, style));
      case 'list':
        return bulletList(b.items, doc);
      case 'table':
        return table(b, doc);
      case 'model-text':
        return modelText(b, doc);
    }
  });
}

/** A chapter that belongs to no article: its `##` headings become `###`. */
function chapterMarkdown(chapter: CommentaryChapter, doc: CommentaryDocument): RootContent[] {
  return [
    heading(2, chapter.title),
    ...proseMarkdown(chapter.blocks, doc, 2).map((n) =>
      n.type === 'heading' ? { ...n, depth: Math.min(n.depth + 1, 6) as 3 | 4 } : n,
    ),
  ];
}

export function renderCommentaryMarkdown(doc: CommentaryDocument): string {
  const style = doc.meta.style;
  const parts = commentaryParts(doc);
  const out: RootContent[] = [
    heading(1, doc.meta.title),
    para(doc.meta.company),
    para(commentaryDateLine(doc)),
    heading(2, '目次'),
    {
      type: 'list',
      ordered: false,
      spread: false,
      children: parts
        .map((p) =>
          p.kind === 'chapter' ? p.chapter.title : articleHeading(p.section.article, style),
        )
        .map((t) => ({ type: 'listItem', spread: false, children: [para(t)] })),
    },
  ];
  for (const part of parts) {
    if (part.kind === 'chapter') {
      out.push(...chapterMarkdown(part.chapter, doc));
      continue;
    }
    const { section } = part;
    const quote: Blockquote = { type: 'blockquote', children: articleBody(section.article, style) };
    out.push(
      heading(2, articleHeading(section.article, style)),
      quote,
      ...proseMarkdown(section.blocks, doc),
    );
  }
  return serialise(out, { alignTables: false });
}
