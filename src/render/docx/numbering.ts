// numbering.xml: Word's own numbering for 条 (「第%1条」), 項 (2, 3 … restarting in each article)
// and 号 (一、二 → イ、ロ → （1）), so numbers follow when a client inserts or deletes a paragraph.
import type { NumberStyle } from '../../model/types.js';
import { CHAR, indentChars } from './units.js';
import { NS, XML_DECLARATION } from './xml.js';
import { STYLE } from './styles.js';

const ABSTRACT = { article: 0, paragraph: 1, item: 2 } as const;
/** The single list of articles. */
export const ARTICLE_NUM_ID = 1;

export class NumberingBuilder {
  private readonly instances: string[] = [];
  private next = ARTICLE_NUM_ID + 1;

  constructor(private readonly style: NumberStyle) {}

  /** A 項 list for one article: its first numbered 項 shows 「２」. */
  paragraphList(): number {
    return this.instance(ABSTRACT.paragraph, [[0, 2]]);
  }

  /** A 号 list for one 項 (and its sub-items), restarting at 一, イ, （1）. */
  itemList(): number {
    return this.instance(ABSTRACT.item, [
      [0, 1],
      [1, 1],
      [2, 1],
    ]);
  }

  private instance(abstractId: number, starts: [number, number][]): number {
    const id = this.next++;
    this.instances.push(
      `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/>` +
        starts
          .map(
            ([lvl, start]) =>
              `<w:lvlOverride w:ilvl="${lvl}"><w:startOverride w:val="${start}"/></w:lvlOverride>`,
          )
          .join('') +
        '</w:num>',
    );
    return id;
  }

  xml(): string {
    const decimal = this.style.digits === 'fullwidth' ? 'decimalFullWidth' : 'decimal';
    // Numbers other than the article's are followed by a tab to a stop one character after the
    // number's column (the look of 「２　」「一　」), so that a REF field with \r to the paragraph
    // yields the bare number 「２」 for 「第８条第２項」.
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
    const abstract = (id: number, type: string, levels: string) =>
      `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="${type}"/>${levels}</w:abstractNum>`;
    return (
      XML_DECLARATION +
      `<w:numbering xmlns:w="${NS.w}">` +
      // 条: 「第１条」 directly followed by the caption 「（目的）」.
      abstract(
        ABSTRACT.article,
        'singleLevel',
        lvl(0, decimal, '第%1条', '<w:ind w:left="0" w:firstLine="0"/>', {
          pStyle: STYLE.articleHeading,
        }),
      ) +
      // 項: 「２」 at the margin, text two characters in, wrapped lines one character in.
      abstract(
        ABSTRACT.paragraph,
        'singleLevel',
        lvl(0, decimal, '%1', indentChars(1, 1), { start: 2, tabAt: 2 }),
      ) +
      // 号: 「一」 one character in; イロハ two; （１） three.
      abstract(
        ABSTRACT.item,
        'multilevel',
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
