// Document → Markdown (guideline.md). Built as mdast and serialised by mdast-util-to-markdown, so
// every character a value holds is escaped and reads back literally.
import type { Heading, Paragraph as MdParagraph, Root, RootContent, Table, TableRow } from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown } from 'mdast-util-to-markdown';
import stringWidth from 'string-width';
import type { Article, Document, Item, NumberStyle } from '../../model/types.js';
import { articleHeading, inlineText, itemLine, paragraphLine } from '../../model/text.js';
import { digits, formatDate } from '../../number/format.js';

const INDENT = '\u3000';

export function para(value: string): MdParagraph {
  return { type: 'paragraph', children: [{ type: 'text', value }] };
}

export function heading(depth: 1 | 2 | 3 | 4, value: string): Heading {
  return { type: 'heading', depth, children: [{ type: 'text', value }] };
}

/** An article's 項 and 号 as Markdown paragraphs (without its heading). */
export function articleBody(article: Article, style: NumberStyle): MdParagraph[] {
  const out: MdParagraph[] = [];
  const items = (list: readonly Item[]): void => {
    for (const item of list) {
      // 号 are indented one character, イロハ two: the hanging-indent layout of a printed rule.
      out.push(para(INDENT.repeat(item.depth) + itemLine(item, style)));
      items(item.children);
    }
  };
  for (const p of article.paragraphs) {
    out.push(para(paragraphLine(p, style)));
    items(p.items);
  }
  return out;
}

/** `alignTables: false` leaves table cells unpadded (tables with long cells stay readable). */
export function serialise(
  children: RootContent[],
  options: { alignTables?: boolean } = {},
): string {
  const root: Root = { type: 'root', children };
  const align = options.alignTables ?? true;
  return toMarkdown(root, {
    extensions: [
      gfmTableToMarkdown(align ? { stringLength: stringWidth } : { tablePipeAlign: false }),
    ],
    bullet: '-',
    fences: true,
  });
}

export function renderMarkdown(doc: Document): string {
  const style = doc.meta.style;
  const out: RootContent[] = [
    heading(1, doc.meta.title),
    para(doc.meta.company),
    para(
      `制定　${formatDate(doc.meta.enacted, style)}` +
        (doc.revisions.length > 1
          ? `\u3000最終改定　${formatDate(doc.meta.lastRevised, style)}`
          : ''),
    ),
  ];
  for (const article of doc.articles) {
    out.push(heading(2, articleHeading(article, style)), ...articleBody(article, style));
  }
  for (const block of doc.supplementary) {
    out.push(
      heading(
        2,
        block.kind === 'enactment' ? '附則' : `附則（${formatDate(block.date, style)}改定）`,
      ),
    );
    out.push(para(inlineText(block.content, style)));
  }
  if (doc.revisions.length > 0) {
    out.push(heading(2, '改定履歴'));
    const row = (cells: string[]): TableRow => ({
      type: 'tableRow',
      children: cells.map((value) => ({ type: 'tableCell', children: [{ type: 'text', value }] })),
    });
    const table: Table = {
      type: 'table',
      align: ['center', 'left', 'left'],
      children: [
        row(['版', '日付', '内容']),
        ...doc.revisions.map((r) =>
          row([
            `第${digits(r.version, style)}版`,
            formatDate(r.date, style),
            inlineText(r.summary, style),
          ]),
        ),
      ],
    };
    out.push(table);
  }
  return serialise(out);
}
