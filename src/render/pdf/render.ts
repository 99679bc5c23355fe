// Document → guideline.pdf: title block, articles (bold headings in the outline, 項 and 号 with
// hanging indents in characters), 附則 and the 改定履歴 table, on the composer's pages.
import type { Document, Inline, Item, Paragraph } from '../../model/types.js';
import { articleHeading, inlineText } from '../../model/text.js';
import { digits, formatDate, itemLabel, paragraphLabel } from '../../number/format.js';
import { BODY, PdfComposer, TEXT_WIDTH, type Block, type PdfOptions } from './composer.js';
import type { Face } from './fonts.js';

export type { PdfOptions } from './composer.js';

/** The blocks of one article's 項 and 号; `boxed` for the quotation in the commentary. */
export function articleBlocks(
  paragraphs: readonly Paragraph[],
  doc: Document,
  face: Face,
  boxed = false,
): Block[] {
  const style = doc.meta.style;
  const text = (content: readonly Inline[]) => inlineText(content, style);
  const out: Block[] = [];
  const items = (list: readonly Item[]) => {
    for (const item of list) {
      const depth = Math.min(item.depth, 3);
      out.push({
        text: `${itemLabel(item.number, item.depth, style)}\u3000${text(item.content)}`,
        face,
        size: BODY,
        align: 'justify',
        first: depth,
        rest: depth + 1,
        boxed,
      });
      items(item.children);
    }
  };
  for (const p of paragraphs) {
    const label = paragraphLabel(p.number, style);
    out.push({
      text: label ? `${label}\u3000${text(p.content)}` : text(p.content),
      face,
      size: BODY,
      align: 'justify',
      first: 0,
      rest: 1,
      boxed,
    });
    items(p.items);
  }
  return out;
}

/** 「改定履歴」 and its table (版, 日付, 内容). */
export function revisionTable(pdf: PdfComposer, doc: Document): void {
  const style = doc.meta.style;
  if (pdf.y + 17.5 * 3 + 18 > pdf.bottom) pdf.newPage();
  pdf.block({
    text: '改定履歴',
    face: pdf.faces.bold,
    size: BODY,
    align: 'left',
    first: 0,
    rest: 0,
    before: 18,
    outline: '改定履歴',
  });
  const widths = [TEXT_WIDTH * 0.14, TEXT_WIDTH * 0.26];
  widths.push(TEXT_WIDTH - widths[0]! - widths[1]!);
  pdf.table(
    widths,
    [
      ['版', '日付', '内容'].map((t) => ({ text: t, head: true, align: 'center' as const })),
      ...doc.revisions.map((r) => [
        { text: `第${digits(r.version, style)}版` },
        { text: formatDate(r.date, style) },
        { text: inlineText(r.summary, style) },
      ]),
    ],
    { header: true },
  );
}

export function renderPdf(doc: Document, options: PdfOptions): Promise<Uint8Array> {
  const pdf = new PdfComposer(doc.meta, options);
  const { regular, bold } = pdf.faces;
  const { meta } = doc;
  const style = meta.style;
  const blocks: Block[] = [
    {
      text: meta.title,
      face: bold,
      size: 16,
      pitch: 35,
      align: 'center',
      first: 0,
      rest: 0,
      after: 6,
    },
    { text: meta.company, face: regular, size: BODY, align: 'center', first: 0, rest: 0 },
    {
      text: `制定\u3000${formatDate(meta.enacted, style)}`,
      face: regular,
      size: BODY,
      align: 'right',
      first: 0,
      rest: 0,
    },
  ];
  if (doc.revisions.length > 1) {
    blocks.push({
      text: `最終改定\u3000${formatDate(meta.lastRevised, style)}`,
      face: regular,
      size: BODY,
      align: 'right',
      first: 0,
      rest: 0,
    });
  }
  blocks.at(-1)!.after = 18;
  for (const article of doc.articles) {
    const heading = articleHeading(article, style);
    blocks.push({
      text: heading,
      face: bold,
      size: BODY,
      align: 'left',
      first: 0,
      rest: 0,
      before: 6,
      keepWithNext: true,
      outline: heading,
    });
    blocks.push(...articleBlocks(article.paragraphs, doc, regular));
  }
  for (const block of doc.supplementary) {
    const title =
      block.kind === 'enactment'
        ? '附\u3000則'
        : `附\u3000則（${formatDate(block.date, style)}改定）`;
    blocks.push({
      text: title,
      face: bold,
      size: BODY,
      align: 'left',
      first: 3,
      rest: 3,
      before: 12,
      keepWithNext: true,
      outline: title,
    });
    blocks.push({
      text: inlineText(block.content, style),
      face: regular,
      size: BODY,
      align: 'justify',
      first: 1,
      rest: 1,
    });
  }
  pdf.blocks(blocks);
  if (doc.revisions.length > 0) revisionTable(pdf, doc);
  return pdf.finish();
}
