// Walking the model: every inline sequence of an article (its 項 and, in order, their 号 and
// sub-items), and the references among them.
import type { Article, Inline, Item, Paragraph, RefNode } from './types.js';

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
