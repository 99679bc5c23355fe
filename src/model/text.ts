// Plain text of model nodes, with numbers in the document's style. Renderers that need runs
// (HTML, Word) walk the inlines themselves; everything else reads text through here.
import { articleLabel, formatDate, itemLabel, paragraphLabel, refLabel } from '../number/format.js';
import type {
  Article,
  CommentaryDocument,
  Document,
  Inline,
  Item,
  NumberStyle,
  Paragraph,
  SupplementaryBlock,
  TitlePage,
} from './types.js';

export function inlineText(content: readonly Inline[], style: NumberStyle): string {
  return content
    .map((n) =>
      n.type === 'ref' && n.display !== undefined
        ? n.display
        : n.type === 'ref'
          ? refLabel(n.resolved ?? { status: 'broken', reason: '' }, style, n.target.form)
          : n.value,
    )
    .join('');
}

/** 「第３条（相談受付の方法）」 */
export function articleHeading(article: Article, style: NumberStyle): string {
  return `${articleLabel(article.number, style)}（${article.title}）`;
}

/** 「２　…」 for later 項, the bare text for the first. */
export function paragraphLine(paragraph: Paragraph, style: NumberStyle): string {
  const label = paragraphLabel(paragraph.number, style);
  const text = inlineText(paragraph.content, style);
  return label ? `${label}\u3000${text}` : text;
}

/** 「一　…」 */
export function itemLine(item: Item, style: NumberStyle): string {
  return `${itemLabel(item.number, item.depth, style)}\u3000${inlineText(item.content, style)}`;
}

/**
 * The date line under the commentary's title: the guideline version it explains and the date its
 * statements of law were last checked (which may differ from the guideline's own dates).
 */
export function commentaryDateLine(doc: CommentaryDocument): string {
  const { meta } = doc;
  const version = meta.lastRevised === meta.enacted ? '制定' : '改定';
  return `${formatDate(meta.lastRevised, meta.style)}${version}の${doc.guideline.meta.title}について（法令等は${formatDate(doc.lawAsOf, meta.style)}現在）`;
}

/** 「附　則」, or 「附　則（令和８年10月１日改定）」 for a revision's. */
export function supplementaryHeading(block: SupplementaryBlock, style: NumberStyle): string {
  return block.kind === 'enactment'
    ? '附\u3000則'
    : `附\u3000則（${formatDate(block.date, style)}改定）`;
}

/** The title page: the title, the company, 「制定　…」 and, once revised, 「最終改定　…」. */
export function titlePage(doc: Document): TitlePage {
  if (doc.titlePage) return doc.titlePage;
  const { meta } = doc;
  const text = (value: string): Inline[] => [{ type: 'text', value }];
  return {
    title: text(meta.title),
    company: text(meta.company),
    dates: [
      { content: text(`制定\u3000${formatDate(meta.enacted, meta.style)}`) },
      ...(doc.revisions.length > 1
        ? [{ content: text(`最終改定\u3000${formatDate(meta.lastRevised, meta.style)}`) }]
        : []),
    ],
  };
}
