// styles.xml: every paragraph kind of the guideline is a named style (Japanese names a Word user
// recognises), so the body carries no direct formatting. Numbering is attached to the 条見出し
// style, so a client who applies it to a new paragraph gets the next 「第N条」.
import { BODY_PT, CHAR, PAGE, indentChars, twips } from './units.js';
import { NS, XML_DECLARATION, esc } from './xml.js';

export const STYLE = {
  normal: 'Normal',
  title: 'GuidelineTitle',
  company: 'GuidelineCompany',
  dates: 'GuidelineDates',
  articleHeading: 'ArticleHeading',
  articleBody: 'ArticleBody',
  paragraph: 'ArticleParagraph',
  item: 'ArticleItem',
  subitem: 'ArticleSubitem',
  subsubitem: 'ArticleSubsubitem',
  supplementaryHeading: 'SupplementaryHeading',
  supplementary: 'SupplementaryText',
  revisionHeading: 'RevisionHeading',
  tableText: 'TableText',
  footer: 'Footer',
  revisionTable: 'RevisionTable',
  // The commentary and the record form share the guideline's styles and add these.
  commentaryHeading1: 'CommentaryHeading1',
  commentaryHeading2: 'CommentaryHeading2',
  commentaryHeading3: 'CommentaryHeading3',
  commentaryBody: 'CommentaryBody',
  commentaryList: 'CommentaryList',
  tocHeading: 'TocHeading',
  toc1: 'TOC1',
  articleBox: 'ArticleBox',
  commentaryTable: 'CommentaryTable',
  commentaryTableText: 'CommentaryTableText',
  commentaryTableHead: 'CommentaryTableHead',
  modelTextBox: 'ModelTextBox',
  modelTextTitle: 'ModelTextTitle',
  modelTextBody: 'ModelTextBody',
  modelTextRight: 'ModelTextRight',
  modelTextLeft: 'ModelTextLeft',
  modelTextCenter: 'ModelTextCenter',
  modelTextItem: 'ModelTextItem',
  formTable: 'FormTable',
  formLabel: 'FormLabel',
  formNote: 'FormNote',
  // The 新旧対照表: its column and article headings, and the note under its title.
  comparisonHeading: 'ComparisonHeading',
  comparisonNote: 'ComparisonNote',
  changed: 'ChangedText',
} as const;

export interface Fonts {
  body: string;
  heading: string;
}

function fonts(name: string): string {
  const n = esc(name);
  return `<w:rFonts w:ascii="${n}" w:hAnsi="${n}" w:eastAsia="${n}" w:cs="${n}"/>`;
}

/** 禁則, hanging punctuation and Japanese/Latin spacing: on for every paragraph style. */
const JAPANESE_LAYOUT = '<w:kinsoku/><w:overflowPunct/><w:autoSpaceDE/><w:autoSpaceDN/>';

interface ParagraphStyle {
  id: string;
  name: string;
  basedOn?: string;
  next?: string;
  /** Child elements in the order CT_PPrBase requires (keepNext before numPr before spacing…). */
  pPr?: string;
  rPr?: string;
}

function paragraphStyle(s: ParagraphStyle): string {
  return (
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${s.id}">` +
    `<w:name w:val="${esc(s.name)}"/>` +
    (s.basedOn ? `<w:basedOn w:val="${s.basedOn}"/>` : '') +
    (s.next ? `<w:next w:val="${s.next}"/>` : '') +
    '<w:qFormat/>' +
    `<w:pPr>${s.pPr ?? ''}</w:pPr>` +
    (s.rPr ? `<w:rPr>${s.rPr}</w:rPr>` : '') +
    '</w:style>'
  );
}

const OUTER = ['top', 'left', 'bottom', 'right'] as const;
const GRID = [...OUTER, 'insideH', 'insideV'] as const;

/** A table style: single borders on the given sides, cell margins in twips, header-row formatting. */
function tableStyle(o: {
  id: string;
  name: string;
  borders: readonly string[];
  border: { sz: number; color: string };
  margins: Partial<Record<'top' | 'left' | 'bottom' | 'right', number>>;
  tcPr?: string;
  firstRow?: string;
}): string {
  const borders = o.borders
    .map(
      (b) =>
        `<w:${b} w:val="single" w:sz="${o.border.sz}" w:space="0" w:color="${o.border.color}"/>`,
    )
    .join('');
  const margins = (['top', 'left', 'bottom', 'right'] as const)
    .filter((side) => o.margins[side] !== undefined)
    .map((side) => `<w:${side} w:w="${o.margins[side]}" w:type="dxa"/>`)
    .join('');
  return (
    `<w:style w:type="table" w:customStyle="1" w:styleId="${o.id}"><w:name w:val="${o.name}"/><w:basedOn w:val="TableNormal"/>` +
    `<w:tblPr><w:tblBorders>${borders}</w:tblBorders><w:tblCellMar>${margins}</w:tblCellMar></w:tblPr>` +
    (o.tcPr ? `<w:tcPr>${o.tcPr}</w:tcPr>` : '') +
    (o.firstRow ? `<w:tblStylePr w:type="firstRow">${o.firstRow}</w:tblStylePr>` : '') +
    '</w:style>'
  );
}

export function stylesXml(f: Fonts, articleNumId: number): string {
  // 条見出し and 項 carry their level of the article list (numbering.ts).
  const listLevel = (ilvl: number) =>
    `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${articleNumId}"/></w:numPr>`;
  const size = `<w:sz w:val="${BODY_PT * 2}"/><w:szCs w:val="${BODY_PT * 2}"/>`;
  const heading = `${fonts(f.heading)}<w:b/><w:bCs/>`;
  const styles = [
    // Normal is Word's own (標準); everything else is based on it.
    `<w:style w:type="paragraph" w:default="1" w:styleId="${STYLE.normal}"><w:name w:val="Normal"/><w:qFormat/>` +
      `<w:pPr>${JAPANESE_LAYOUT}<w:jc w:val="both"/></w:pPr></w:style>`,
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>`,
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>` +
      `<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`,
    `<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>`,
    paragraphStyle({
      id: STYLE.title,
      name: 'ガイドライン表題',
      basedOn: STYLE.normal,
      next: STYLE.company,
      pPr: `<w:keepNext/><w:spacing w:after="${twips(12)}"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/>`,
      rPr: `${heading}<w:spacing w:val="${twips(1.5)}"/><w:sz w:val="32"/><w:szCs w:val="32"/>`,
    }),
    paragraphStyle({
      id: STYLE.company,
      name: 'ガイドライン会社名',
      basedOn: STYLE.normal,
      next: STYLE.dates,
      pPr: '<w:jc w:val="center"/>',
    }),
    paragraphStyle({
      id: STYLE.dates,
      name: 'ガイドライン制定日',
      basedOn: STYLE.normal,
      pPr: `<w:spacing w:after="${twips(18)}"/><w:jc w:val="right"/>`,
    }),
    paragraphStyle({
      id: STYLE.articleHeading,
      name: '条見出し',
      basedOn: STYLE.normal,
      next: STYLE.articleBody,
      pPr: `<w:keepNext/>${listLevel(0)}<w:spacing w:before="${twips(6)}"/><w:ind w:left="0" w:firstLine="0"/><w:jc w:val="left"/><w:outlineLvl w:val="1"/>`,
      rPr: heading,
    }),
    paragraphStyle({
      id: STYLE.articleBody,
      name: '条文',
      basedOn: STYLE.normal,
      next: STYLE.paragraph,
      pPr: indentChars(1, 1),
    }),
    paragraphStyle({
      id: STYLE.paragraph,
      name: '項',
      basedOn: STYLE.normal,
      next: STYLE.paragraph,
      pPr: listLevel(1) + indentChars(1, 1),
    }),
    paragraphStyle({
      id: STYLE.item,
      name: '号',
      basedOn: STYLE.normal,
      next: STYLE.item,
      pPr: indentChars(2, 1),
    }),
    paragraphStyle({
      id: STYLE.subitem,
      name: '号の細分（イロハ）',
      basedOn: STYLE.normal,
      next: STYLE.subitem,
      pPr: indentChars(3, 1),
    }),
    paragraphStyle({
      id: STYLE.subsubitem,
      name: '号の細分（括弧数字）',
      basedOn: STYLE.normal,
      next: STYLE.subsubitem,
      pPr: indentChars(4, 1),
    }),
    paragraphStyle({
      id: STYLE.supplementaryHeading,
      name: '附則見出し',
      basedOn: STYLE.normal,
      next: STYLE.supplementary,
      pPr: `<w:keepNext/><w:spacing w:before="${twips(12)}"/><w:ind w:leftChars="300" w:left="${3 * CHAR}"/><w:jc w:val="left"/><w:outlineLvl w:val="1"/>`,
      rPr: heading,
    }),
    paragraphStyle({
      id: STYLE.supplementary,
      name: '附則',
      basedOn: STYLE.normal,
      pPr: indentChars(1, 1),
    }),
    paragraphStyle({
      id: STYLE.revisionHeading,
      name: '改定履歴見出し',
      basedOn: STYLE.normal,
      next: STYLE.tableText,
      pPr: `<w:keepNext/><w:spacing w:before="${twips(18)}" w:after="${twips(6)}"/><w:jc w:val="left"/><w:outlineLvl w:val="1"/>`,
      rPr: heading,
    }),
    paragraphStyle({
      id: STYLE.tableText,
      name: '表内文字',
      basedOn: STYLE.normal,
      pPr: '<w:jc w:val="left"/>',
    }),
    paragraphStyle({
      id: STYLE.footer,
      name: 'フッター',
      basedOn: STYLE.normal,
      pPr: '<w:jc w:val="center"/>',
    }),
    paragraphStyle({
      id: STYLE.commentaryHeading1,
      name: '解説見出し１',
      basedOn: STYLE.normal,
      next: STYLE.commentaryBody,
      pPr: `<w:keepNext/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr><w:spacing w:before="${twips(18)}" w:after="${twips(6)}"/><w:jc w:val="left"/><w:outlineLvl w:val="0"/>`,
      rPr: `${heading}<w:sz w:val="24"/><w:szCs w:val="24"/>`,
    }),
    paragraphStyle({
      id: STYLE.commentaryHeading2,
      name: '解説見出し２',
      basedOn: STYLE.normal,
      next: STYLE.commentaryBody,
      pPr: `<w:keepNext/><w:spacing w:before="${twips(9)}"/><w:jc w:val="left"/><w:outlineLvl w:val="1"/>`,
      rPr: heading,
    }),
    paragraphStyle({
      id: STYLE.commentaryHeading3,
      name: '解説見出し３',
      basedOn: STYLE.normal,
      next: STYLE.commentaryBody,
      pPr: `<w:keepNext/><w:spacing w:before="${twips(4)}"/><w:ind w:leftChars="100" w:left="${CHAR}"/><w:jc w:val="left"/><w:outlineLvl w:val="2"/>`,
      rPr: '<w:u w:val="single"/>',
    }),
    paragraphStyle({
      id: STYLE.commentaryBody,
      name: '解説本文',
      basedOn: STYLE.normal,
      pPr: `<w:ind w:firstLineChars="100" w:firstLine="${CHAR}"/>`,
    }),
    paragraphStyle({
      id: STYLE.commentaryList,
      name: '解説箇条',
      basedOn: STYLE.normal,
      pPr: indentChars(2, 1),
    }),
    paragraphStyle({
      id: STYLE.tocHeading,
      name: '目次見出し',
      basedOn: STYLE.normal,
      pPr: `<w:keepNext/><w:spacing w:before="${twips(12)}" w:after="${twips(6)}"/><w:jc w:val="center"/>`,
      rPr: heading,
    }),
    `<w:style w:type="paragraph" w:styleId="${STYLE.toc1}"><w:name w:val="toc 1"/><w:basedOn w:val="${STYLE.normal}"/><w:next w:val="${STYLE.normal}"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/>` +
      // The page number sits at the right margin, after a dotted leader.
      `<w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="${PAGE.width - PAGE.left - PAGE.right}"/></w:tabs><w:ind w:leftChars="100" w:left="${CHAR}" w:rightChars="0" w:right="0"/><w:jc w:val="left"/></w:pPr></w:style>`,
    paragraphStyle({
      id: STYLE.commentaryTableText,
      name: '解説表内文字',
      basedOn: STYLE.normal,
      pPr: '<w:spacing w:line="300" w:lineRule="exact"/><w:jc w:val="left"/>',
      rPr: '<w:sz w:val="19"/><w:szCs w:val="19"/>',
    }),
    paragraphStyle({
      id: STYLE.commentaryTableHead,
      name: '解説表見出し',
      basedOn: STYLE.commentaryTableText,
      pPr: '<w:keepNext/><w:jc w:val="center"/>',
      rPr: `${heading}<w:sz w:val="19"/><w:szCs w:val="19"/>`,
    }),
    paragraphStyle({
      id: STYLE.modelTextTitle,
      name: '文例表題',
      basedOn: STYLE.normal,
      next: STYLE.modelTextBody,
      pPr: `<w:keepNext/><w:spacing w:before="${twips(6)}" w:after="${twips(6)}"/><w:jc w:val="center"/>`,
      rPr: heading,
    }),
    paragraphStyle({
      id: STYLE.modelTextBody,
      name: '文例本文',
      basedOn: STYLE.normal,
      pPr: `<w:ind w:firstLineChars="100" w:firstLine="${CHAR}"/>`,
    }),
    paragraphStyle({
      id: STYLE.modelTextLeft,
      name: '文例左寄せ',
      basedOn: STYLE.normal,
      pPr: '<w:jc w:val="left"/>',
    }),
    paragraphStyle({
      id: STYLE.modelTextRight,
      name: '文例右寄せ',
      basedOn: STYLE.normal,
      pPr: '<w:jc w:val="right"/>',
    }),
    paragraphStyle({
      id: STYLE.modelTextCenter,
      name: '文例中央',
      basedOn: STYLE.normal,
      pPr: `<w:spacing w:before="${twips(4)}" w:after="${twips(4)}"/><w:jc w:val="center"/>`,
    }),
    paragraphStyle({
      id: STYLE.modelTextItem,
      name: '文例記事項',
      basedOn: STYLE.normal,
      pPr: indentChars(3, 2),
    }),
    paragraphStyle({
      id: STYLE.formLabel,
      name: '記録票項目',
      basedOn: STYLE.normal,
      pPr: '<w:jc w:val="left"/>',
      rPr: `${heading}<w:sz w:val="18"/><w:szCs w:val="18"/>`,
    }),
    paragraphStyle({
      id: STYLE.comparisonHeading,
      name: '対照表見出し',
      basedOn: STYLE.normal,
      pPr: '<w:keepNext/><w:jc w:val="left"/>',
      rPr: `${heading}<w:sz w:val="18"/><w:szCs w:val="18"/>`,
    }),
    paragraphStyle({
      id: STYLE.comparisonNote,
      name: '対照表注記',
      basedOn: STYLE.normal,
      pPr: `<w:spacing w:after="${twips(6)}"/><w:jc w:val="right"/>`,
    }),
    paragraphStyle({
      id: STYLE.formNote,
      name: '記録票注記',
      basedOn: STYLE.normal,
      pPr: `<w:spacing w:before="${twips(4)}"/><w:jc w:val="left"/>`,
      rPr: '<w:sz w:val="18"/><w:szCs w:val="18"/>',
    }),
    // 傍線: the 新旧対照表 underlines changed phrases; a character style, not direct formatting.
    `<w:style w:type="character" w:customStyle="1" w:styleId="${STYLE.changed}"><w:name w:val="改正部分"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="1"/><w:qFormat/><w:rPr><w:u w:val="single"/></w:rPr></w:style>`,
    tableStyle({
      id: STYLE.articleBox,
      name: '条文枠',
      borders: OUTER,
      border: { sz: 4, color: '808080' },
      margins: { top: 85, left: 142, bottom: 85, right: 142 },
      tcPr: '<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/>',
    }),
    tableStyle({
      id: STYLE.modelTextBox,
      name: '文例枠',
      borders: OUTER,
      border: { sz: 6, color: '595959' },
      margins: { top: 113, left: 198, bottom: 113, right: 198 },
    }),
    tableStyle({
      id: STYLE.commentaryTable,
      name: '解説表',
      borders: GRID,
      border: { sz: 4, color: '000000' },
      margins: { top: 28, left: 85, bottom: 28, right: 85 },
      // The header row: bold, centred, shaded, from the table style.
      firstRow:
        '<w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/></w:tcPr>',
    }),
    tableStyle({
      id: STYLE.formTable,
      name: '記録票',
      borders: GRID,
      border: { sz: 4, color: '000000' },
      margins: { left: 85, right: 85 },
    }),
    tableStyle({
      id: STYLE.revisionTable,
      name: '改定履歴表',
      borders: GRID,
      border: { sz: 4, color: '000000' },
      margins: { left: 85, right: 85 },
      // The header row: centred, shaded; the table style carries it, not the cells.
      firstRow:
        '<w:pPr><w:jc w:val="center"/></w:pPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/></w:tcPr>',
    }),
  ];
  return (
    XML_DECLARATION +
    `<w:styles xmlns:w="${NS.w}">` +
    '<w:docDefaults>' +
    `<w:rPrDefault><w:rPr>${fonts(f.body)}<w:kern w:val="2"/>${size}<w:lang w:val="en-US" w:eastAsia="ja-JP" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:widowControl w:val="0"/>${JAPANESE_LAYOUT}<w:jc w:val="both"/></w:pPr></w:pPrDefault>` +
    '</w:docDefaults>' +
    styles.join('') +
    '</w:styles>'
  );
}
