// document.xml body: title page, articles (bookmarked headings, 項, 号), 附則 and 改定履歴.
// References are REF fields to the article bookmarks, with the right 「第N条」 already cached.
// A redline (a document whose nodes carry change marks, src/diff/redline.ts) goes through the
// same writer: marked text in w:ins / w:del, marked paragraphs with their paragraph mark tracked,
// a 項 that changed between 条文 and 項 with w:pPrChange, marked 改定履歴 rows with w:trPr.
import type {
  Change,
  Document,
  Inline,
  Item,
  Paragraph,
  RefNode,
  Revision,
} from '../../model/types.js';
import { supplementaryHeading, titlePage } from '../../model/text.js';
import {
  articleLabel,
  digits,
  formatDate,
  refArticleLabel,
  refLabel,
} from '../../number/format.js';
import {
  encodeArticleBookmark as articleBookmark,
  encodeParagraphBookmark as paragraphBookmark,
} from '../../read/bookmarks.js';
import type { NumberingBuilder } from './numbering.js';
import { STYLE } from './styles.js';
import { PAGE } from './units.js';
import { esc } from './xml.js';

// Bookmark names: one codec with the reader (src/read/bookmarks.ts), so what is written reads back.
export {
  encodeArticleBookmark as articleBookmark,
  encodeParagraphBookmark as paragraphBookmark,
} from '../../read/bookmarks.js';

/** Who made the tracked changes of a redline, and on which day (ISO date). */
export interface RevisionAuthor {
  author: string;
  date: string;
}

const ITEM_STYLES = [STYLE.item, STYLE.subitem, STYLE.subsubitem];

class BodyWriter {
  /** One counter for bookmark and revision ids: Word wants them unique across both. */
  private id = 0;
  private readonly out: string[] = [];
  private readonly bookmarks = new Set<string>();
  /** Minutes past midnight of the current paragraph's revisions (see `mark`). */
  private minute = 0;
  private markedParagraph = false;

  constructor(
    private readonly doc: Document,
    private readonly numbering: NumberingBuilder,
    private readonly revision: RevisionAuthor | undefined,
  ) {}

  /**
   * The attributes of one tracked change. Word and LibreOffice join adjacent changes of one
   * author within a minute into one (LibreOffice then rejects an inserted run at the end of a
   * paragraph together with the inserted paragraph after it, merging the two), so each
   * paragraph's changes carry their own time on the version's date, two minutes apart.
   */
  private mark(): string {
    const r = this.revision ?? { author: 'hinagata', date: this.doc.meta.lastRevised };
    if (!this.markedParagraph) {
      this.markedParagraph = true;
      this.minute += 2;
    }
    const minutes = Math.min(this.minute, 23 * 60 + 59);
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;
    return `w:id="${this.id++}" w:author="${esc(r.author)}" w:date="${r.date}T${time}Z"`;
  }

  private text(value: string, deleted: boolean): string {
    if (value === '') return '';
    return deleted
      ? `<w:r><w:delText xml:space="preserve">${esc(value)}</w:delText></w:r>`
      : `<w:r><w:t xml:space="preserve">${esc(value)}</w:t></w:r>`;
  }

  /** A complex field with its result already in place (Word shows it without updating fields). */
  private field(instruction: string, result: string, deleted: boolean): string {
    const instr = deleted ? 'w:delInstrText' : 'w:instrText';
    return (
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' +
      `<w:r><${instr} xml:space="preserve"> ${esc(instruction)} </${instr}></w:r>` +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' +
      this.text(result, deleted) +
      '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    );
  }

  private bookmark(name: string, content: string): string {
    // A redline can hold an article or 項 twice (removed and added); its name is used once.
    if (this.bookmarks.has(name)) return content;
    this.bookmarks.add(name);
    const id = this.id++;
    return `<w:bookmarkStart w:id="${id}" w:name="${name}"/>${content}<w:bookmarkEnd w:id="${id}"/>`;
  }

  /**
   * A paragraph. `change` tracks its paragraph mark (the whole paragraph inserted or deleted);
   * `formerStyle` records the style it had before (w:pPrChange).
   */
  private para(
    style: string,
    content: string,
    opts: { numPr?: string; change?: Change | undefined; formerStyle?: string } = {},
  ): void {
    const mark = opts.change ? `<w:rPr><w:${opts.change} ${this.mark()}/></w:rPr>` : '';
    const former = opts.formerStyle
      ? `<w:pPrChange ${this.mark()}><w:pPr><w:pStyle w:val="${opts.formerStyle}"/></w:pPr></w:pPrChange>`
      : '';
    this.out.push(
      `<w:p><w:pPr><w:pStyle w:val="${style}"/>${opts.numPr ?? ''}${mark}${former}</w:pPr>${content}</w:p>`,
    );
    this.markedParagraph = false;
  }

  /**
   * The runs for a reference: fields to the article (and 項) bookmarks, cached text in place. A
   * REF to an article bookmark can only show 「第N条」 (the heading's number), so 「前条」「次条」
   * are plain text; their 項 number is still a field to the 項 bookmark (「前条第」REF「項」).
   */
  private ref(node: RefNode, deleted: boolean): string {
    const style = this.doc.meta.style;
    const t = (s: string) => this.text(s, deleted);
    const res = node.resolved;
    if (!res || res.status === 'broken')
      return t(refLabel({ status: 'broken', reason: '' }, style));
    // Only the 項's number (「第」REF「項」 as a file read back holds it): a field to the 項.
    if (node.target.form === 'paragraph-number' && node.target.paragraph !== undefined)
      return this.field(
        `REF ${paragraphBookmark(node.target.article, node.target.paragraph)} \\n \\h`,
        node.display ?? digits(res.paragraph ?? 1, style),
        deleted,
      );
    const art = res.relative
      ? t(refArticleLabel(res, style))
      : this.field(
          `REF ${articleBookmark(node.target.article)} \\r \\h`,
          // A reference read back from a file keeps the text the file showed.
          node.target.paragraph === undefined && node.display !== undefined
            ? node.display
            : articleLabel(res.article, style),
          deleted,
        );
    if (
      node.target.paragraph === undefined ||
      res.paragraph === undefined ||
      res.paragraphCount <= 1
    ) {
      return node.target.form === 'paragraph' ? t(refLabel(res, style, 'paragraph')) : art;
    }
    // The first 項 carries no number in Word either, so 「第１項」 is text; later ones are fields.
    const para =
      res.paragraph === 1
        ? t(`第${digits(1, style)}項`)
        : t('第') +
          this.field(
            // \n: the 項's own number 「２」, never its article's (\r would give 「第８条２」
            // where the reference stands in another article).
            `REF ${paragraphBookmark(node.target.article, node.target.paragraph)} \\n \\h`,
            digits(res.paragraph, style),
            deleted,
          ) +
          t('項');
    return node.target.form === 'paragraph' ? para : art + para;
  }

  /** Inline content; text of a marked block, or marked text, goes into w:ins / w:del. */
  private inlines(content: readonly Inline[], block?: Change): string {
    let out = '';
    let group: { change: Change | undefined; xml: string; text: string } = {
      change: undefined,
      xml: '',
      text: '',
    };
    const close = () => {
      const xml = group.xml + this.text(group.text, group.change === 'del');
      if (xml !== '')
        out += group.change ? `<w:${group.change} ${this.mark()}>${xml}</w:${group.change}>` : xml;
    };
    for (const n of content) {
      const change = n.change ?? block;
      if (change !== group.change) {
        close();
        group = { change, xml: '', text: '' };
      }
      if (n.type === 'ref') {
        group.xml += this.text(group.text, change === 'del') + this.ref(n, change === 'del');
        group.text = '';
      } else group.text += n.value; // text and values share one run: no formatting differs
    }
    close();
    return out;
  }

  // 条 and 項 numbers come from their styles; 号 carry their 項's own list (numbering.ts).
  private items(items: readonly Item[], numId: number): void {
    for (const item of items) {
      const level = Math.min(item.depth, 3) - 1;
      this.para(ITEM_STYLES[level] ?? STYLE.item, this.inlines(item.content, item.change), {
        numPr: `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>`,
        change: item.change,
      });
      this.items(item.children, numId);
    }
  }

  private paragraph(p: Paragraph, articleId: string): void {
    let content = this.inlines(p.content, p.change);
    if (p.label) content = this.bookmark(paragraphBookmark(articleId, p.label), content);
    const styleOf = (n: number) => (n === 1 ? STYLE.articleBody : STYLE.paragraph);
    this.para(styleOf(p.number), content, {
      change: p.change,
      ...(p.formerNumber !== undefined ? { formerStyle: styleOf(p.formerNumber) } : {}),
    });
    if (p.items.length > 0) this.items(p.items, this.numbering.itemList());
  }

  write(): string {
    const style = this.doc.meta.style;
    const front = titlePage(this.doc);
    this.para(STYLE.title, this.inlines(front.title));
    this.para(STYLE.company, this.inlines(front.company));
    // One paragraph, so the spacing after the title block comes once; lines split by w:br.
    const dates = front.dates
      .map((line, i) => {
        const br = i === 0 ? '' : '<w:r><w:br/></w:r>';
        return line.change
          ? `<w:${line.change} ${this.mark()}>${br}</w:${line.change}>${this.inlines(line.content, line.change)}`
          : br + this.inlines(line.content);
      })
      .join('');
    this.para(STYLE.dates, dates);

    for (const article of this.doc.articles) {
      // The number comes from the 条見出し style's numbering; the bookmark spans the caption.
      const caption =
        article.formerTitle !== undefined
          ? this.inlines([
              { type: 'text', value: `（${article.formerTitle}）`, change: 'del' },
              { type: 'text', value: `（${article.title}）`, change: 'ins' },
            ])
          : this.inlines([{ type: 'text', value: `（${article.title}）` }], article.change);
      this.para(STYLE.articleHeading, this.bookmark(articleBookmark(article.id), caption), {
        change: article.change,
      });
      for (const p of article.paragraphs) this.paragraph(p, article.id);
    }

    for (const block of this.doc.supplementary) {
      this.para(
        STYLE.supplementaryHeading,
        this.inlines([{ type: 'text', value: supplementaryHeading(block, style) }], block.change),
        { change: block.change },
      );
      this.para(STYLE.supplementary, this.inlines(block.content, block.change), {
        change: block.change,
      });
    }

    if (this.doc.revisions.length > 0) {
      this.para(STYLE.revisionHeading, this.inlines([{ type: 'text', value: '改定履歴' }]));
      this.out.push(this.revisionTable());
    }
    return this.out.join('');
  }

  private revisionTable(): string {
    const style = this.doc.meta.style;
    const width = PAGE.width - PAGE.left - PAGE.right;
    const cols = [Math.round(width * 0.14), Math.round(width * 0.26)];
    cols.push(width - cols[0]! - cols[1]!);
    const cell = (w: number, content: string, change?: Change) => {
      const mark = change ? `<w:rPr><w:${change} ${this.mark()}/></w:rPr>` : '';
      this.markedParagraph = false;
      return (
        `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/></w:tcPr>` +
        `<w:p><w:pPr><w:pStyle w:val="${STYLE.tableText}"/>${mark}</w:pPr>${content}</w:p></w:tc>`
      );
    };
    const text = (value: string): Inline[] => [{ type: 'text', value }];
    const row = (cells: string[], trPr: string) =>
      `<w:tr><w:trPr>${trPr}</w:trPr>${cells.join('')}</w:tr>`;
    const header = row(
      ['版', '日付', '内容'].map((t, i) => cell(cols[i]!, this.inlines(text(t)))),
      '<w:tblHeader/><w:cantSplit/>',
    );
    const body = this.doc.revisions.map((r: Revision) => {
      const date =
        r.formerDate !== undefined
          ? this.inlines([
              { type: 'text', value: formatDate(r.formerDate, style), change: 'del' },
              { type: 'text', value: formatDate(r.date, style), change: 'ins' },
            ])
          : this.inlines(text(formatDate(r.date, style)), r.change);
      const cells = [
        cell(cols[0]!, this.inlines(text(`第${digits(r.version, style)}版`), r.change), r.change),
        cell(cols[1]!, date, r.change),
        cell(cols[2]!, this.inlines(r.summary, r.change), r.change),
      ];
      // A row inserted or deleted as a whole is tracked on the row itself.
      const mark = r.change ? `<w:${r.change} ${this.mark()}/>` : '';
      this.markedParagraph = false;
      return row(cells, `<w:cantSplit/>${mark}`);
    });
    return (
      `<w:tbl><w:tblPr><w:tblStyle w:val="${STYLE.revisionTable}"/><w:tblW w:w="${width}" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>` +
      `<w:tblGrid>${cols.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
      header +
      body.join('') +
      '</w:tbl>'
    );
  }
}

export function bodyXml(
  doc: Document,
  numbering: NumberingBuilder,
  revision?: RevisionAuthor,
): string {
  return new BodyWriter(doc, numbering, revision).write();
}
