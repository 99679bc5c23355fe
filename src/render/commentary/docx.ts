// CommentaryDocument → commentary.docx: the guideline's styles and fonts, a 目次 (a TOC field whose
// entries carry PAGEREF fields to bookmarks on the chapter headings), the opening chapter, the 法令
// 対応表 (a ruled table, header row repeated), per article its heading, the article text in a
// shaded box (from the model, numbers as the guideline shows them) and the commentary prose, and
// the appendix with its model texts (文例) in frames.
import {
  articleHeading,
  inlineText,
  itemLine,
  paragraphLine,
  commentaryDateLine,
} from '../../model/text.js';
import type {
  Article,
  CommentaryDocument,
  Item,
  ModelText,
  ProseBlock,
  ProseTable,
} from '../../model/types.js';
import { commentaryParts, partId } from '../../model/visit.js';
import { NumberingBuilder } from '../docx/numbering.js';
import { packDocx, type DocxOptions } from '../docx/render.js';
import { STYLE } from '../docx/styles.js';
import { PAGE } from '../docx/units.js';
import { esc, para, run } from '../docx/xml.js';
import { commentaryPages } from './pdf.js';

export interface CommentaryDocxOptions extends DocxOptions {
  /**
   * Page numbers cached in the 目次, by part id (see partId). Word recomputes them on opening
   * (updateFields) and LibreOffice computes PAGEREF fields itself; other readers show these.
   * By default they are the pages of commentary.pdf, whose geometry the Word file shares.
   */
  pages?: ReadonlyMap<string, number>;
}

const ITEM_STYLES = [STYLE.item, STYLE.subitem, STYLE.subsubitem];
const NO_LIST = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
/** Minimum height of a table row (twips): one line of 9.5pt text with the cell margins. */
const ROW_HEIGHT = 360;

/** Bookmark of a part's heading: hidden (「_」 first) like Word's own 目次 bookmarks. */
export function tocBookmark(partId: string): string {
  return `_Toc_${partId.replace(/[^A-Za-z0-9]/g, '_')}`.slice(0, 40);
}

function bookmark(id: number, name: string, content: string): string {
  return `<w:bookmarkStart w:id="${id}" w:name="${name}"/>${content}<w:bookmarkEnd w:id="${id}"/>`;
}

function field(instruction: string, result: string, dirty = false): string {
  return (
    `<w:r><w:fldChar w:fldCharType="begin"${dirty ? ' w:dirty="true"' : ''}/></w:r>` +
    `<w:r><w:instrText xml:space="preserve"> ${esc(instruction)} </w:instrText></w:r>` +
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
    run(result) +
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
  );
}

function articleBox(article: Article, doc: CommentaryDocument): string {
  const style = doc.meta.style;
  const out: string[] = [];
  // A quotation: its labels are text, so the article styles' list numbering is switched off.
  const quoted = (styleId: string, text: string) => para(styleId, run(text), NO_LIST);
  const items = (list: readonly Item[]) => {
    for (const item of list) {
      out.push(
        quoted(ITEM_STYLES[Math.min(item.depth, 3) - 1] ?? STYLE.item, itemLine(item, style)),
      );
      items(item.children);
    }
  };
  for (const p of article.paragraphs) {
    out.push(quoted(p.number === 1 ? STYLE.articleBody : STYLE.paragraph, paragraphLine(p, style)));
    items(p.items);
  }
  return (
    `<w:tbl><w:tblPr><w:tblStyle w:val="${STYLE.articleBox}"/><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>` +
    `<w:tblGrid><w:gridCol w:w="${TEXT_WIDTH}"/></w:tblGrid>` +
    `<w:tr><w:tc><w:tcPr><w:tcW w:w="${TEXT_WIDTH}" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/></w:tcPr>${out.join('')}</w:tc></w:tr></w:tbl>` +
    // Word needs a paragraph between a table and what follows.
    para(STYLE.commentaryBody, '')
  );
}

/** A ruled table: fixed columns, the header row repeated on each page, rows at least one line high. */
function table(t: ProseTable, doc: CommentaryDocument): string {
  const style = doc.meta.style;
  const raw = t.widths && t.widths.length === t.head.length ? t.widths : t.head.map(() => 1);
  const total = raw.reduce((a, b) => a + b, 0);
  const cols = raw.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  cols[cols.length - 1] = TEXT_WIDTH - cols.slice(0, -1).reduce((a, b) => a + b, 0);
  const row = (cells: ProseTable['head'], header: boolean) =>
    `<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="${ROW_HEIGHT}" w:hRule="atLeast"/>${header ? '<w:tblHeader/>' : ''}</w:trPr>` +
    cells
      .map(
        (c, i) =>
          `<w:tc><w:tcPr><w:tcW w:w="${cols[i] ?? 0}" w:type="dxa"/></w:tcPr>` +
          para(
            header ? STYLE.commentaryTableHead : STYLE.commentaryTableText,
            run(inlineText(c, style)),
          ) +
          '</w:tc>',
      )
      .join('') +
    '</w:tr>';
  return (
    `<w:tbl><w:tblPr><w:tblStyle w:val="${STYLE.commentaryTable}"/><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/><w:tblLayout w:type="fixed"/>` +
    '<w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>' +
    `<w:tblGrid>${cols.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
    row(t.head, true) +
    t.rows.map((r) => row(r, false)).join('') +
    '</w:tbl>' +
    para(STYLE.commentaryBody, '')
  );
}

const MODEL_TEXT_STYLES = {
  title: STYLE.modelTextTitle,
  paragraph: STYLE.modelTextBody,
  left: STYLE.modelTextLeft,
  right: STYLE.modelTextRight,
  center: STYLE.modelTextCenter,
  item: STYLE.modelTextItem,
} as const;

/** A 文例 in a ruled one-cell table that does not split across pages. */
function modelText(m: ModelText, doc: CommentaryDocument): string {
  const style = doc.meta.style;
  const body = m.lines
    .map((l) => para(MODEL_TEXT_STYLES[l.kind], run(inlineText(l.content, style))))
    .join('');
  return (
    `<w:tbl><w:tblPr><w:tblStyle w:val="${STYLE.modelTextBox}"/><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>` +
    `<w:tblGrid><w:gridCol w:w="${TEXT_WIDTH}"/></w:tblGrid>` +
    `<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="${TEXT_WIDTH}" w:type="dxa"/></w:tcPr>${body}</w:tc></w:tr></w:tbl>` +
    para(STYLE.commentaryBody, '')
  );
}

function prose(
  blocks: readonly ProseBlock[],
  doc: CommentaryDocument,
  bracketSections: boolean,
): string {
  const style = doc.meta.style;
  return blocks
    .map((b) => {
      switch (b.type) {
        case 'heading': {
          const text = inlineText(b.content, style);
          return b.depth === 2
            ? para(STYLE.commentaryHeading2, run(bracketSections ? `【${text}】` : text))
            : para(STYLE.commentaryHeading3, run(text));
        }
        case 'prose':
          return para(STYLE.commentaryBody, run(inlineText(b.content, style)));
        case 'list':
          return b.items
            .map((item) => para(STYLE.commentaryList, run(`・${inlineText(item, style)}`)))
            .join('');
        case 'table':
          return table(b, doc);
        case 'model-text':
          return modelText(b, doc);
      }
    })
    .join('');
}

export interface TocEntry {
  /** Part id (see CommentaryDocxOptions.pages). */
  id: string;
  title: string;
  /** Cached page number. */
  page?: number;
}

/**
 * The 目次, built from fields: per part a link to its heading's bookmark, the heading's text (a
 * REF field) and its page (a PAGEREF field). Word updates every field on opening (updateFields in
 * the settings); LibreOffice computes REF and PAGEREF from its own layout. (Inside a TOC field
 * LibreOffice would show only the cached numbers.)
 */
function contents(entries: readonly TocEntry[]): string {
  const entry = (e: TocEntry) =>
    para(
      STYLE.toc1,
      `<w:hyperlink w:anchor="${tocBookmark(e.id)}" w:history="1">` +
        field(`REF ${tocBookmark(e.id)} \\h`, e.title) +
        '<w:r><w:tab/></w:r>' +
        field(
          `PAGEREF ${tocBookmark(e.id)} \\h`,
          e.page === undefined ? '' : String(e.page),
          true,
        ) +
        '</w:hyperlink>',
    );
  return (
    para(STYLE.tocHeading, run('目\u3000次')) +
    entries.map(entry).join('') +
    '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
  );
}

/** The 目次 entries in order, with the page numbers the Word file caches. */
export function tocEntries(
  doc: CommentaryDocument,
  pages: ReadonlyMap<string, number>,
): TocEntry[] {
  const style = doc.meta.style;
  return commentaryParts(doc).map((p) => {
    const id = partId(p);
    const title = p.kind === 'chapter' ? p.chapter.title : articleHeading(p.section.article, style);
    const page = pages.get(id);
    return { id, title, ...(page === undefined ? {} : { page }) };
  });
}

export function renderCommentaryDocx(
  doc: CommentaryDocument,
  options: CommentaryDocxOptions,
): Uint8Array {
  const style = doc.meta.style;
  const entries = tocEntries(doc, options.pages ?? commentaryPages(doc));
  let bookmarkId = 0;
  const heading = (id: string, text: string) =>
    para(STYLE.commentaryHeading1, bookmark(bookmarkId++, tocBookmark(id), run(text)));
  const body =
    para(STYLE.title, run(doc.meta.title)) +
    para(STYLE.company, run(doc.meta.company)) +
    para(STYLE.dates, run(commentaryDateLine(doc))) +
    contents(entries) +
    commentaryParts(doc)
      .map((p, i) => {
        const entry = entries[i];
        if (!entry) return '';
        if (p.kind === 'chapter')
          return heading(entry.id, entry.title) + prose(p.chapter.blocks, doc, false);
        return (
          heading(entry.id, entry.title) +
          articleBox(p.section.article, doc) +
          prose(p.section.blocks, doc, true)
        );
      })
      .join('');
  return packDocx(doc.meta, body, new NumberingBuilder(style), options, { updateFields: true });
}
