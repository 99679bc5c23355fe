// document.xml body: title block, articles (bookmarked headings, 項, 号), 附則 and 改定履歴.
// References are REF fields to the article bookmarks, with the right 「第N条」 already cached.
import type { Document, Inline, Item, Paragraph, RefNode } from '../../model/types.js';
import { inlineText } from '../../model/text.js';
import {
  articleLabel,
  digits,
  formatDate,
  refArticleLabel,
  refLabel,
} from '../../number/format.js';
import type { NumberingBuilder } from './numbering.js';
import { STYLE } from './styles.js';
import { PAGE } from './units.js';
import { esc, run } from './xml.js';

/** Bookmark names: a letter first, then letters, digits and underscores, at most 40 characters. */
export function articleBookmark(id: string): string {
  return `art_${id.replace(/[^A-Za-z0-9]/g, '_')}`.slice(0, 40);
}

export function paragraphBookmark(articleId: string, label: string): string {
  // 「__」 separates the article id from the label (both use 「_」 for 「-」).
  return `p_${articleId.replace(/[^A-Za-z0-9]/g, '_')}__${label.replace(/[^A-Za-z0-9]/g, '_')}`.slice(
    0,
    40,
  );
}

/** A complex field with its result already in place (Word shows it without updating fields). */
function field(instruction: string, result: string): string {
  return (
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
    `<w:r><w:instrText xml:space="preserve"> ${esc(instruction)} </w:instrText></w:r>` +
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
    run(result) +
    '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
  );
}

class BodyWriter {
  private bookmarkId = 0;
  private readonly out: string[] = [];

  constructor(
    private readonly doc: Document,
    private readonly numbering: NumberingBuilder,
  ) {}

  private bookmark(name: string, content: string): string {
    const id = this.bookmarkId++;
    return `<w:bookmarkStart w:id="${id}" w:name="${name}"/>${content}<w:bookmarkEnd w:id="${id}"/>`;
  }

  private para(style: string, content: string, extraPPr = ''): void {
    this.out.push(`<w:p><w:pPr><w:pStyle w:val="${style}"/>${extraPPr}</w:pPr>${content}</w:p>`);
  }

  /**
   * The runs for a reference: fields to the article (and 項) bookmarks, cached text in place. A
   * REF to an article bookmark can only show 「第N条」 (the heading's number), so 「前条」「次条」
   * are plain text; their 項 number is still a field to the 項 bookmark (「前条第」REF「項」).
   */
  private ref(node: RefNode): string {
    const style = this.doc.meta.style;
    const res = node.resolved;
    if (!res || res.status === 'broken')
      return run(refLabel({ status: 'broken', reason: '' }, style));
    const art = res.relative
      ? run(refArticleLabel(res, style))
      : field(
          `REF ${articleBookmark(node.target.article)} \\r \\h`,
          articleLabel(res.article, style),
        );
    if (
      node.target.paragraph === undefined ||
      res.paragraph === undefined ||
      res.paragraphCount <= 1
    ) {
      return node.target.form === 'paragraph' ? run(refLabel(res, style, 'paragraph')) : art;
    }
    // The first 項 carries no number in Word either, so 「第１項」 is text; later ones are fields.
    const para =
      res.paragraph === 1
        ? run(`第${digits(1, style)}項`)
        : run('第') +
          field(
            // \\n: the 項's own number 「２」, never its article's (\\r would give 「第８条２」
            // where the reference stands in another article).
            `REF ${paragraphBookmark(node.target.article, node.target.paragraph)} \\n \\h`,
            digits(res.paragraph, style),
          ) +
          run('項');
    return node.target.form === 'paragraph' ? para : art + para;
  }

  private inlines(content: readonly Inline[]): string {
    let out = '';
    let pending = '';
    for (const n of content) {
      if (n.type === 'ref') {
        out += run(pending) + this.ref(n);
        pending = '';
      } else {
        pending += n.value; // text and values share one run: no formatting differs
      }
    }
    return out + run(pending);
  }

  // 条 and 項 numbers come from their styles; 号 carry their 項's own list (numbering.ts).
  private items(items: readonly Item[], numId: number): void {
    const styles = [STYLE.item, STYLE.subitem, STYLE.subsubitem];
    for (const item of items) {
      const level = Math.min(item.depth, 3) - 1;
      this.para(
        styles[level] ?? STYLE.item,
        this.inlines(item.content),
        `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>`,
      );
      this.items(item.children, numId);
    }
  }

  private paragraph(p: Paragraph, articleId: string): void {
    let content = this.inlines(p.content);
    if (p.label) content = this.bookmark(paragraphBookmark(articleId, p.label), content);
    this.para(p.number === 1 ? STYLE.articleBody : STYLE.paragraph, content);
    if (p.items.length > 0) this.items(p.items, this.numbering.itemList());
  }

  write(): string {
    const { meta } = this.doc;
    const style = meta.style;
    this.para(STYLE.title, run(meta.title));
    this.para(STYLE.company, run(meta.company));
    // One paragraph, so the spacing after the title block comes once.
    const enacted = run(`制定\u3000${formatDate(meta.enacted, style)}`);
    const revised = run(`最終改定\u3000${formatDate(meta.lastRevised, style)}`);
    this.para(
      STYLE.dates,
      this.doc.revisions.length > 1 ? `${enacted}<w:r><w:br/></w:r>${revised}` : enacted,
    );

    for (const article of this.doc.articles) {
      // The number comes from the 条見出し style's numbering; the bookmark spans the caption.
      this.para(
        STYLE.articleHeading,
        this.bookmark(articleBookmark(article.id), run(`（${article.title}）`)),
      );
      for (const p of article.paragraphs) this.paragraph(p, article.id);
    }

    for (const block of this.doc.supplementary) {
      this.para(
        STYLE.supplementaryHeading,
        run(
          block.kind === 'enactment'
            ? '附\u3000則'
            : `附\u3000則（${formatDate(block.date, style)}改定）`,
        ),
      );
      this.para(STYLE.supplementary, this.inlines(block.content));
    }

    if (this.doc.revisions.length > 0) {
      this.para(STYLE.revisionHeading, run('改定履歴'));
      this.out.push(this.revisionTable());
    }
    return this.out.join('');
  }

  private revisionTable(): string {
    const style = this.doc.meta.style;
    const width = PAGE.width - PAGE.left - PAGE.right;
    const cols = [Math.round(width * 0.14), Math.round(width * 0.26)];
    cols.push(width - cols[0]! - cols[1]!);
    const cell = (w: number, text: string) =>
      `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/></w:tcPr>` +
      `<w:p><w:pPr><w:pStyle w:val="${STYLE.tableText}"/></w:pPr>${run(text)}</w:p></w:tc>`;
    const row = (cells: string[], header = false) =>
      `<w:tr>${header ? '<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>' : '<w:trPr><w:cantSplit/></w:trPr>'}${cells.map((t, i) => cell(cols[i]!, t)).join('')}</w:tr>`;
    return (
      `<w:tbl><w:tblPr><w:tblStyle w:val="${STYLE.revisionTable}"/><w:tblW w:w="${width}" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>` +
      `<w:tblGrid>${cols.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
      row(['版', '日付', '内容'], true) +
      this.doc.revisions
        .map((r) =>
          row([
            `第${digits(r.version, style)}版`,
            formatDate(r.date, style),
            inlineText(r.summary, style),
          ]),
        )
        .join('') +
      '</w:tbl>'
    );
  }
}

export function bodyXml(doc: Document, numbering: NumberingBuilder): string {
  return new BodyWriter(doc, numbering).write();
}
