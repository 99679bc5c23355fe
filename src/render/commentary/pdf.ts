// CommentaryDocument → commentary.pdf: contents with the page of each chapter, the opening chapter,
// the 法令対応表 (a ruled table, header repeated on each page), then per article its heading (in
// the outline), the article text on a shaded band and the commentary prose, and the appendix whose
// model texts (文例) are framed.
import { articleHeading, inlineText, commentaryDateLine } from '../../model/text.js';
import type { CommentaryDocument, ModelText, ProseBlock, ProseTable } from '../../model/types.js';
import { commentaryParts, partId } from '../../model/visit.js';
import {
  BODY,
  MARGIN,
  PITCH,
  PdfComposer,
  TEXT_WIDTH,
  type Block,
  type PdfOptions,
} from '../pdf/composer.js';
import { articleBlocks } from '../pdf/render.js';

/** Body size of table cells (the Word file's 表 style uses the same). */
export const TABLE_SIZE = 9.5;
/** Line pitch in table cells: 15pt, the Word table text's exact line height. */
const TABLE_PITCH = 15;

type Unit =
  | { kind: 'blocks'; blocks: Block[] }
  | { kind: 'table'; table: ProseTable }
  | { kind: 'model-text'; text: ModelText };

function textBlocks(
  pdf: PdfComposer,
  b: Exclude<ProseBlock, ProseTable | ModelText>,
  doc: CommentaryDocument,
  bracket: boolean,
): Block[] {
  const style = doc.meta.style;
  const { regular, bold } = pdf.faces;
  switch (b.type) {
    case 'heading': {
      const t = inlineText(b.content, style);
      return b.depth === 2
        ? [
            {
              text: bracket ? `【${t}】` : t,
              face: bold,
              size: BODY,
              align: 'left',
              first: 0,
              rest: 0,
              before: 8,
              keepWithNext: true,
            },
          ]
        : [
            {
              text: t,
              face: bold,
              size: BODY,
              align: 'left',
              first: 1,
              rest: 1,
              before: 4,
              keepWithNext: true,
            },
          ];
    }
    case 'prose':
      return [
        {
          text: inlineText(b.content, style),
          face: regular,
          size: BODY,
          align: 'justify',
          first: 1,
          rest: 0,
        },
      ];
    case 'list':
      return b.items.map((item): Block => ({
        text: `・${inlineText(item, style)}`,
        face: regular,
        size: BODY,
        align: 'justify',
        first: 1,
        rest: 2,
      }));
  }
}

/** Prose blocks in runs of text blocks, each table and each 文例 on its own. */
function units(
  pdf: PdfComposer,
  blocks: readonly ProseBlock[],
  doc: CommentaryDocument,
  bracket: boolean,
): Unit[] {
  const out: Unit[] = [];
  for (const b of blocks) {
    if (b.type === 'table') out.push({ kind: 'table', table: b });
    else if (b.type === 'model-text') out.push({ kind: 'model-text', text: b });
    else {
      const last = out.at(-1);
      const more = textBlocks(pdf, b, doc, bracket);
      if (last?.kind === 'blocks') last.blocks.push(...more);
      else out.push({ kind: 'blocks', blocks: more });
    }
  }
  return out;
}

function modelTextBlocks(pdf: PdfComposer, m: ModelText, doc: CommentaryDocument): Block[] {
  const style = doc.meta.style;
  const { regular, bold } = pdf.faces;
  return m.lines.map((line, i): Block => {
    const text = inlineText(line.content, style);
    switch (line.kind) {
      case 'title':
        return {
          text,
          face: bold,
          size: BODY,
          align: 'center',
          first: 0,
          rest: 0,
          before: i === 0 ? 0 : 6,
          after: 6,
        };
      case 'paragraph':
        return { text, face: regular, size: BODY, align: 'justify', first: 1, rest: 0 };
      case 'left':
        return { text, face: regular, size: BODY, align: 'left', first: 0, rest: 0 };
      case 'right':
        return { text, face: regular, size: BODY, align: 'right', first: 0, rest: 0 };
      case 'center':
        return {
          text,
          face: regular,
          size: BODY,
          align: 'center',
          first: 0,
          rest: 0,
          before: 4,
          after: 4,
        };
      case 'item':
        // Entries of a 記 may start with their number and a space (「１　…」): hang by two.
        return { text, face: regular, size: BODY, align: 'justify', first: 1, rest: 3 };
    }
  });
}

function height(pdf: PdfComposer, blocks: readonly Block[]): number {
  return blocks.reduce(
    (h, b) => h + (b.before ?? 0) + (b.after ?? 0) + pdf.lines(b).length * (b.pitch ?? PITCH),
    0,
  );
}

function drawTable(pdf: PdfComposer, t: ProseTable, doc: CommentaryDocument): void {
  const style = doc.meta.style;
  const raw = t.widths && t.widths.length === t.head.length ? t.widths : t.head.map(() => 1);
  const total = raw.reduce((a, b) => a + b, 0);
  const widths = raw.map((w) => (w / total) * TEXT_WIDTH);
  pdf.y += 4;
  // The header row never ends a page alone.
  if (pdf.y + TABLE_PITCH * 5 > pdf.bottom) pdf.newPage();
  pdf.table(
    widths,
    [
      t.head.map((c) => ({ text: inlineText(c, style), head: true, align: 'center' as const })),
      ...t.rows.map((r) => r.map((c) => ({ text: inlineText(c, style) }))),
    ],
    { header: true, size: TABLE_SIZE, pitch: TABLE_PITCH, vpad: 2 },
  );
  pdf.y += 6;
}

/** Draws prose units; a heading that ends a run stays with the table or 文例 after it. */
function drawUnits(pdf: PdfComposer, list: readonly Unit[], doc: CommentaryDocument): void {
  list.forEach((unit, i) => {
    const next = list[i + 1];
    if (unit.kind === 'blocks') {
      const blocks = unit.blocks;
      let tail = 0;
      while (tail < blocks.length && blocks[blocks.length - 1 - tail]?.keepWithNext) tail++;
      if (tail > 0 && next) {
        const head = blocks.slice(0, blocks.length - tail);
        const kept = blocks.slice(blocks.length - tail);
        pdf.blocks(head);
        const nextHeight =
          next.kind === 'model-text'
            ? Math.min(height(pdf, modelTextBlocks(pdf, next.text, doc)) + 10, PITCH * 6)
            : PITCH * 3;
        if (pdf.y + height(pdf, kept) + nextHeight > pdf.bottom) pdf.newPage();
        pdf.blocks(kept.map((b) => ({ ...b, keepWithNext: false })));
      } else {
        pdf.blocks(blocks);
      }
    } else if (unit.kind === 'table') {
      drawTable(pdf, unit.table, doc);
    } else {
      const blocks = modelTextBlocks(pdf, unit.text, doc);
      const h = height(pdf, blocks) + 10;
      // A 文例 stays on one page when it fits on one.
      if (pdf.y + h > pdf.bottom && h <= pdf.bottom - MARGIN.top) pdf.newPage();
      pdf.y += 4;
      pdf.beginFrame();
      pdf.blocks(blocks);
      pdf.endFrame();
      pdf.y += 8;
    }
  });
}

/** Width kept free at the right of a 目次 line for its page number. */
const TOC_NUMBER = BODY * 3;

/** Lays the commentary out on `pdf`; returns the 1-based page each part starts on, by part id. */
function compose(pdf: PdfComposer, doc: CommentaryDocument): Map<string, number> {
  const { regular, bold } = pdf.faces;
  const style = doc.meta.style;
  const parts = commentaryParts(doc).map((p) => ({
    id: partId(p),
    title: p.kind === 'chapter' ? p.chapter.title : articleHeading(p.section.article, style),
    part: p,
  }));
  const chapter = (text: string, mark: string): Block => ({
    text,
    face: bold,
    size: 12,
    pitch: 24,
    align: 'left',
    first: 0,
    rest: 0,
    before: 12,
    keepWithNext: true,
    outline: text,
    rule: true,
    mark,
  });
  pdf.blocks([
    {
      text: doc.meta.title,
      face: bold,
      size: 16,
      pitch: 35,
      align: 'center',
      first: 0,
      rest: 0,
      after: 6,
    },
    { text: doc.meta.company, face: regular, size: BODY, align: 'center', first: 0, rest: 0 },
    {
      text: commentaryDateLine(doc),
      face: regular,
      size: BODY,
      align: 'right',
      first: 0,
      rest: 0,
      after: 18,
    },
    { text: '目\u3000次', face: bold, size: BODY, align: 'center', first: 0, rest: 0, after: 6 },
  ]);
  // 目次: the entries now, their page numbers once the pages are known (same line layout either
  // way: the numbers have a column of their own).
  const entries: { id: string; page: number; top: number; end: number }[] = [];
  const width = TEXT_WIDTH - TOC_NUMBER;
  for (const e of parts) {
    const block: Block = {
      text: e.title,
      face: regular,
      size: BODY,
      align: 'left',
      first: 2,
      rest: 3,
    };
    const lines = pdf.lines(block, width);
    lines.forEach((line, i) => {
      if (pdf.y + PITCH > pdf.bottom) pdf.newPage();
      pdf.drawLine(line, block, MARGIN.left, width);
      if (i === lines.length - 1)
        entries.push({
          id: e.id,
          page: pdf.page,
          top: pdf.y,
          end: MARGIN.left + line.indent + line.width,
        });
      pdf.y += PITCH;
    });
  }
  pdf.newPage();
  for (const e of parts) {
    const p = e.part;
    const lead =
      p.kind === 'chapter'
        ? [chapter(e.title, e.id)]
        : [
            chapter(e.title, e.id),
            ...articleBlocks(p.section.article.paragraphs, doc.guideline, regular, true),
          ];
    const list = units(
      pdf,
      p.kind === 'chapter' ? p.chapter.blocks : p.section.blocks,
      doc,
      p.kind === 'section',
    );
    const first = list[0];
    if (first?.kind === 'blocks') first.blocks.unshift(...lead);
    else list.unshift({ kind: 'blocks', blocks: lead });
    drawUnits(pdf, list, doc);
  }
  const right = MARGIN.left + TEXT_WIDTH;
  const pages = new Map<string, number>();
  for (const e of entries) {
    const page = pdf.pageOf(e.id);
    if (page === undefined) continue;
    pages.set(e.id, page);
    const label = String(page);
    const w = pdf.width(label, regular, BODY);
    pdf.atPage(e.page, () => {
      pdf.leader(e.end + BODY * 0.5, right - w - BODY * 0.5, e.top);
      pdf.placeOnLine(label, right - w, e.top, regular);
    });
  }
  return pages;
}

/** Pages of each commentary laid out in this process (the layout depends only on the document). */
const laidOut = new WeakMap<CommentaryDocument, Map<string, number>>();

export function renderCommentaryPdf(
  doc: CommentaryDocument,
  options: PdfOptions,
): Promise<Uint8Array> {
  const pdf = new PdfComposer(doc.meta, options);
  laidOut.set(doc, compose(pdf, doc));
  return pdf.finish();
}

/** The page each part of commentary.pdf starts on (1-based, by part id), without drawing it. */
export function commentaryPages(doc: CommentaryDocument): ReadonlyMap<string, number> {
  let pages = laidOut.get(doc);
  if (!pages) {
    pages = compose(
      new PdfComposer(doc.meta, { timestamp: new Date(0), generator: '', measureOnly: true }),
      doc,
    );
    laidOut.set(doc, pages);
  }
  return pages;
}
