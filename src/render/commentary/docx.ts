// CommentaryDocument → commentary.docx: the guideline's styles and fonts, a contents field, the
// opening chapter, and per article its heading, the article text in a shaded box (from the model,
// numbers as the guideline shows them) and the commentary prose.
import { articleHeading, inlineText, itemLine, paragraphLine } from '../../model/text.js';
import type { Article, CommentaryDocument, Item, ProseBlock } from '../../model/types.js';
import { formatDate } from '../../number/format.js';
import { NumberingBuilder } from '../docx/numbering.js';
import { packDocx, type DocxOptions } from '../docx/render.js';
import { STYLE } from '../docx/styles.js';
import { PAGE } from '../docx/units.js';
import { para, run } from '../docx/xml.js';

const ITEM_STYLES = [STYLE.item, STYLE.subitem, STYLE.subsubitem];

function articleBox(article: Article, doc: CommentaryDocument): string {
  const style = doc.meta.style;
  const out: string[] = [];
  const items = (list: readonly Item[]) => {
    for (const item of list) {
      out.push(para(ITEM_STYLES[Math.min(item.depth, 3) - 1] ?? STYLE.item, run(itemLine(item, style))));
      items(item.children);
    }
  };
  for (const p of article.paragraphs) {
    out.push(para(p.number === 1 ? STYLE.articleBody : STYLE.paragraph, run(paragraphLine(p, style))));
    items(p.items);
  }
  const width = PAGE.width - PAGE.left - PAGE.right;
  return (
    `<w:tbl><w:tblPr><w:tblStyle w:val="${STYLE.articleBox}"/><w:tblW w:w="${width}" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>` +
    `<w:tblGrid><w:gridCol w:w="${width}"/></w:tblGrid>` +
    `<w:tr><w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/></w:tcPr>${out.join('')}</w:tc></w:tr></w:tbl>` +
    // Word needs a paragraph between a table and what follows.
    para(STYLE.commentaryBody, '')
  );
}

function prose(blocks: readonly ProseBlock[], doc: CommentaryDocument, bracketSections: boolean): string {
  const style = doc.meta.style;
  return blocks
    .map((b) => {
      if (b.type === 'heading') {
        const text = inlineText(b.content, style);
        return b.depth === 2
          ? para(STYLE.commentaryHeading2, run(bracketSections ? `【${text}】` : text))
          : para(STYLE.commentaryHeading3, run(text));
      }
      if (b.type === 'prose') return para(STYLE.commentaryBody, run(inlineText(b.content, style)));
      return b.items.map((item) => para(STYLE.commentaryList, run(`・${inlineText(item, style)}`))).join('');
    })
    .join('');
}

/** A TOC field whose cached entries are the chapter headings; Word adds page numbers on update. */
function contents(entries: string[]): string {
  const [first, ...rest] = entries;
  return (
    para(STYLE.tocHeading, run('目\u3000次')) +
    para(
      STYLE.toc1,
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-1" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
        run(first ?? ''),
    ) +
    rest.map((e) => para(STYLE.toc1, run(e))).join('') +
    para(STYLE.toc1, '<w:r><w:fldChar w:fldCharType="end"/></w:r>') +
    '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
  );
}

export function renderCommentaryDocx(doc: CommentaryDocument, options: DocxOptions): Uint8Array {
  const style = doc.meta.style;
  const headings = [doc.introduction.title, ...doc.sections.map((s) => articleHeading(s.article, style))];
  const body =
    para(STYLE.title, run(doc.meta.title)) +
    para(STYLE.company, run(doc.meta.company)) +
    para(STYLE.dates, run(`${formatDate(doc.meta.lastRevised, style)}現在`)) +
    contents(headings) +
    para(STYLE.commentaryHeading1, run(doc.introduction.title)) +
    prose(doc.introduction.blocks, doc, false) +
    doc.sections
      .map((s) => para(STYLE.commentaryHeading1, run(articleHeading(s.article, style))) + articleBox(s.article, doc) + prose(s.blocks, doc, true))
      .join('');
  return packDocx(doc.meta, body, new NumberingBuilder(style), options);
}
