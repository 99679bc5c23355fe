// numbering.xml: Word's own numbering, so numbers follow when a client inserts or deletes a
// paragraph.
// - 条 and 項 are the two levels of one list linked to the styles 条見出し (「第%1条」) and 項
//   (２, ３ …, restarting after each article). The numbers live in the styles, not in the
//   paragraphs: Enter at the end of an article's first paragraph gives the next style (項) and
//   its number, and applying 条見出し to a body paragraph makes it the next article, in Word and
//   in LibreOffice alike.
// - 号 (一、二 → イ、ロ → （１）) are a second list with one instance per 項, so they restart at
//   一 in each 項. They are not a third level of the article list: 号 directly under an article's
//   unnumbered first paragraph would skip the 項 level, and LibreOffice counts a skipped level,
//   so the next 項 would show ３.
import type { NumberStyle } from '../../model/types.js';
import { CHAR, indentChars } from './units.js';
import { NS, XML_DECLARATION } from './xml.js';
import { STYLE } from './styles.js';

const ABSTRACT = { article: 0, item: 1 } as const;
/** The list of articles and their 項 (linked to the styles 条見出し and 項). */
export const ARTICLE_NUM_ID = 1;

export class NumberingBuilder {
  private readonly instances: string[] = [];
  private next = ARTICLE_NUM_ID + 1;

  constructor(private readonly style: NumberStyle) {}

  /** A 号 list for one 項 (and its sub-items), restarting at 一, イ, （1）. */
  itemList(): number {
    const id = this.next++;
    this.instances.push(
      `<w:num w:numId="${id}"><w:abstractNumId w:val="${ABSTRACT.item}"/>` +
        [0, 1, 2]
          .map(
            (lvl) => `<w:lvlOverride w:ilvl="${lvl}"><w:startOverride w:val="1"/></w:lvlOverride>`,
          )
          .join('') +
        '</w:num>',
    );
    return id;
  }

  xml(): string {
    const decimal = this.style.digits === 'fullwidth' ? 'decimalFullWidth' : 'decimal';
    // Numbers other than the article's are followed by a tab to a stop one character after the
    // number's column (the look of 「２　」「一　」), so that a REF field to a 項 bookmark yields
    // the bare number 「２」 for 「第８条第２項」.
    const lvl = (
      ilvl: number,
      fmt: string,
      text: string,
      pPr: string,
      opts: { pStyle?: string; start?: number; tabAt?: number } = {},
    ) =>
      `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${opts.start ?? 1}"/><w:numFmt w:val="${fmt}"/>` +
      (opts.pStyle ? `<w:pStyle w:val="${opts.pStyle}"/>` : '') +
      `<w:suff w:val="${opts.tabAt === undefined ? 'nothing' : 'tab'}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/>` +
      `<w:pPr>${opts.tabAt === undefined ? '' : `<w:tabs><w:tab w:val="num" w:pos="${opts.tabAt * CHAR}"/></w:tabs>`}${pPr}</w:pPr></w:lvl>`;
    const abstract = (id: number, levels: string) =>
      `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="multilevel"/>${levels}</w:abstractNum>`;
    return (
      XML_DECLARATION +
      `<w:numbering xmlns:w="${NS.w}">` +
      abstract(
        ABSTRACT.article,
        // 条: 「第１条」 directly followed by the caption 「（目的）」.
        lvl(0, decimal, '第%1条', '<w:ind w:left="0" w:firstLine="0"/>', {
          pStyle: STYLE.articleHeading,
        }) +
          // 項: 「２」 at the margin, text two characters in, wrapped lines one character in.
          lvl(1, decimal, '%2', indentChars(1, 1), {
            pStyle: STYLE.paragraph,
            start: 2,
            tabAt: 2,
          }),
      ) +
      // 号: 「一」 one character in; イロハ two; （１） three.
      abstract(
        ABSTRACT.item,
        lvl(0, 'japaneseCounting', '%1', indentChars(2, 1), { tabAt: 3 }) +
          lvl(1, 'irohaFullWidth', '%2', indentChars(3, 1), { tabAt: 4 }) +
          lvl(
            2,
            decimal,
            this.style.digits === 'fullwidth' ? '（%3）' : '(%3)',
            indentChars(4, 1),
            { tabAt: 6 },
          ),
      ) +
      `<w:num w:numId="${ARTICLE_NUM_ID}"><w:abstractNumId w:val="${ABSTRACT.article}"/></w:num>` +
      this.instances.join('') +
      '</w:numbering>'
    );
  }
}
