// CommentaryDocument → commentary.md: contents, the opening chapter, then per article its heading,
// the article text as a block quote (from the model) and 【趣旨】【解説】… sections.
import type { Blockquote, List, RootContent } from 'mdast';
import { articleHeading, inlineText } from '../../model/text.js';
import type { CommentaryDocument, ProseBlock } from '../../model/types.js';
import { articleBody, heading, para, serialise } from '../markdown/render.js';
import { formatDate } from '../../number/format.js';

export function proseMarkdown(blocks: readonly ProseBlock[], doc: CommentaryDocument, top: 3 | 2 = 3): RootContent[] {
  const style = doc.meta.style;
  return blocks.map((b): RootContent => {
    if (b.type === 'heading') {
      const depth = (b.depth === 2 ? top : top + 1) as 2 | 3 | 4;
      const label = inlineText(b.content, style);
      return heading(depth, top === 3 && b.depth === 2 ? `【${label}】` : label);
    }
    if (b.type === 'prose') return para(inlineText(b.content, style));
    const list: List = {
      type: 'list',
      ordered: false,
      spread: false,
      children: b.items.map((item) => ({ type: 'listItem', spread: false, children: [para(inlineText(item, style))] })),
    };
    return list;
  });
}

export function renderCommentaryMarkdown(doc: CommentaryDocument): string {
  const style = doc.meta.style;
  const out: RootContent[] = [
    heading(1, doc.meta.title),
    para(doc.meta.company),
    para(`${formatDate(doc.meta.lastRevised, style)}現在`),
    heading(2, '目次'),
    {
      type: 'list',
      ordered: false,
      spread: false,
      children: [doc.introduction.title, ...doc.sections.map((s) => articleHeading(s.article, style))].map((t) => ({
        type: 'listItem',
        spread: false,
        children: [para(t)],
      })),
    },
    heading(2, doc.introduction.title),
    ...proseMarkdown(doc.introduction.blocks, doc, 2).map((n) => (n.type === 'heading' ? { ...n, depth: Math.min(n.depth + 1, 6) as 3 | 4 } : n)),
  ];
  for (const section of doc.sections) {
    const quote: Blockquote = { type: 'blockquote', children: articleBody(section.article, style) };
    out.push(heading(2, articleHeading(section.article, style)), quote, ...proseMarkdown(section.blocks, doc));
  }
  return serialise(out);
}
