// The 相談記録票 as data, derived from the guideline: the client's channels, whether anonymous
// consultations are taken, whether calls are recorded, its 製品等との関わり, the optional articles
// present and the records article's items. Page 1 is the case sheet (one A4 page for every
// config), page 2 the 経過記録 (running log). Each record item of the records article is mapped to
// the field that records it; only an item no field covers gets a row of its own. The Word and PDF
// renderers only draw what is here, on the geometry given here, so both give the same form.
import { digits } from '../number/format.js';
import type { Document } from '../model/types.js';

/** The fields of the form that a record item can be recorded in, in the order they are printed. */
export const FIELD_IDS = [
  'number',
  'received',
  'channel',
  'recording',
  'name',
  'contact',
  'agent',
  'product',
  'facts',
  'complaint',
  'opinion',
  'demand',
  'judgement',
  'response',
  'flags',
  'antisocial',
  'consent',
  'handler',
  'manager',
  'sharing',
  'end',
  'retention',
  'log',
] as const;

/** Fields a form has only under some options: call recording, the antisocial-forces article. */
const CONDITIONAL_FIELDS = new Set<FieldId>(['recording', 'antisocial']);

/** A form field, or `custom`: an item no field covers, which gets a row of its own. */
export type FieldId = (typeof FIELD_IDS)[number] | 'custom';

export interface FormCell {
  /** Bold text (a field's caption, or a heading); lines split at 「\n」. */
  label: string;
  /** Regular text after the label: choices (□電話　□電子メール) or a date frame; 「\n」 splits. */
  text?: string;
  /** Small guidance under the label (what to write in the box). */
  hint?: string;
  /** Columns of `RecordForm.columns`. */
  span: number;
  /** A caption or heading cell (shaded). */
  head?: boolean;
  align?: 'left' | 'center' | 'right';
  /** The field this cell records (on its caption cell). */
  field?: FieldId;
}

export interface FormRow {
  cells: FormCell[];
  /** Height in points (at least: a Word row grows with what is typed in it). */
  height: number;
  /** 'top' for writing boxes, 'center' for one-line rows. */
  valign: 'top' | 'center';
  /** Space above the row (points): the row starts a new table. */
  gapBefore?: number;
}

export interface FormPage {
  /** Margins in millimetres. */
  margin: { top: number; bottom: number; left: number; right: number };
  title: string;
  /** Right-aligned line under the title (page 1: company and desk). */
  subtitle?: string;
  /** Grid of equal columns the rows are divided into. */
  columns: number;
  rows: FormRow[];
  /** Line under the table. */
  note?: string;
}

export interface RecordForm {
  title: string;
  company: string;
  desk: string;
  /** Page 1 (the case sheet) and page 2 (the 経過記録). */
  pages: [FormPage, FormPage];
  /** The records article's items and the fields that record them ('custom': a row of its own). */
  items: { item: string; fields: FieldId[] }[];
  /** Retention footer of page 1. */
  note: string;
}

export const FOUR_ELEMENTS = ['事実', '不満', '意見', '要求'] as const;
export const FIVE_CRITERIA = [
  '責任の有無',
  '損害（不利益）との因果関係',
  '要求行為の正当性',
  '要求内容の対価性',
  '要求内容と原因の関連性',
] as const;
/** Columns of the five-criteria checklist: unambiguous for every criterion (legal review 30). */
export const CRITERIA_COLUMNS = ['認められる', '認められない', '要確認'] as const;
export const END_REASONS = ['納得', '取下げ', '説得困難', '受付の拒絶', 'その他'] as const;
export const LOG_COLUMNS = ['日時', '方法', '応対者', '内容', '次の対応'] as const;

/** Type sizes and pitches (points) shared by the renderers. */
export const FORM_TYPE = {
  title: 16,
  titlePitch: 24,
  size: 9,
  pitch: 12.5,
  hint: 7,
  hintPitch: 9.5,
  /** Cell padding: left/right and top/bottom. */
  padX: 4,
  padY: 1.5,
} as const;

const A4 = { width: 210, height: 297 };
const PT_PER_MM = 72 / 25.4;
/** Page 1: narrow margins, so the whole case sheet fits. */
const FRONT_MARGIN = { top: 14, bottom: 12, left: 17, right: 17 };
/** Page 2: the guideline's own margins (the Word file's last section keeps them). */
const BACK_MARGIN = { top: 30, bottom: 25, left: 30, right: 30 };
const COLUMNS = 24;
/** Room kept free at the foot of page 1 for a line that wraps in Word or LibreOffice. */
const SLACK = 18;
const ROW = 20;
const HEAD_ROW = 15;
const CHECK_ROW = 15;
const LOG_ROW = 36;

const ELEMENT_HINTS: Record<(typeof FOUR_ELEMENTS)[number], string> = {
  事実: 'いつ・どこで・何が起きたか、確認の有無',
  不満: '相談者が感じていること',
  意見: '相談者の評価・提案',
  要求: '相談者が求めていること',
};
const ELEMENT_FIELDS: Record<(typeof FOUR_ELEMENTS)[number], FieldId> = {
  事実: 'facts',
  不満: 'complaint',
  意見: 'opinion',
  要求: 'demand',
};

// □ (U+25A1) is in JIS X 0208 and in every Japanese font; ☐ (U+2610) is not.
const BOX = '□';
const choices = (list: readonly string[]) => list.map((c) => `${BOX}${c}`).join('　');
const DATE = '　　年　　月　　日';

/**
 * What a record item says, word by word, and the field that records it. Longer phrases come
 * first: 「代理権の確認の方法」 is the agent's field, not the channel's 「方法」.
 */
const VOCABULARY: [RegExp, FieldId[]][] = [
  [/代理権の確認の?方法|代理権|代理人/g, ['agent']],
  [/受付の?日時|日時|年月日|日付/g, ['received']],
  [/受付の?方法|相談の方法|方法|手段/g, ['channel']],
  [/通話の?録音|録音/g, ['recording']],
  [/氏名|名前|匿名/g, ['name']],
  [/連絡先|住所|電話番号|メールアドレス/g, ['contact']],
  [
    /製品名|商品名|型番|ロット|購入日|購入先|購入店舗?|販売店|製品等|製品|商品|サービス|契約/g,
    ['product'],
  ],
  [/要求に対する判断の結果|判断の結果|判断者|判断日|判断/g, ['judgement']],
  [/相談の内容|相談内容/g, ['facts', 'complaint', 'opinion', 'demand']],
  [/事実/g, ['facts']],
  [/不満/g, ['complaint']],
  [/意見/g, ['opinion']],
  [/要求/g, ['demand']],
  [/応対者|対応者|担当者/g, ['handler']],
  [/応対の経過|対応の経過|経過/g, ['response', 'log']],
  [/応対の内容|対応の内容|応対内容|対応内容|応対の結果|対応の結果|結果/g, ['response']],
  [/相談応対を終了した日|終了した日|終了日|終了の理由|終了/g, ['end']],
  [/社内での共有先|共有先|共有日|共有/g, ['sharing']],
  [/窓口責任者|責任者|上長/g, ['manager']],
  [/(製造者等?|関係事業者)への開示|開示|同意/g, ['consent']],
  [/製品事故|事故|安全|カスタマーハラスメント|ハラスメント|紛争|リーガルホールド/g, ['flags']],
  [/反社会的勢力|反社/g, ['antisocial']],
  [/保存期限|保存期間|保存の延長|保存/g, ['retention']],
];
/** Words that carry no field of their own. */
const FUNCTION_WORDS =
  /相談応対|相談者|相談|及び|並びに|又は|若しくは|その他|明らかにされた|明らか|場合|限り|限る|もの|含む|対象となった|対象|対する|社内|有無|疑い|等|別/g;

/**
 * The fields that record `item`, or ['custom'] when some of what it says has no field (then it
 * gets its own row). `present` is the set of fields this form has.
 */
export function recordItemFields(item: string, present: ReadonlySet<FieldId>): FieldId[] {
  let rest = item;
  const fields = new Set<FieldId>();
  for (const [re, ids] of VOCABULARY) {
    const next = rest.replace(re, '　');
    if (next === rest) continue;
    rest = next;
    for (const id of ids) fields.add(id);
  }
  rest = rest.replace(FUNCTION_WORDS, '　');
  // What is left must be kana and punctuation only: a remaining kanji, katakana or Latin word is
  // something the fixed fields do not record.
  const uncovered = /[\p{Script=Han}\p{Script=Katakana}A-Za-z0-9Ａ-Ｚａ-ｚ０-９]/u.test(rest);
  if (uncovered || fields.size === 0 || [...fields].some((f) => !present.has(f))) return ['custom'];
  return [...fields];
}

const label = (text: string, span: number, extra: Partial<FormCell> = {}): FormCell => ({
  label: text,
  span,
  head: true,
  ...extra,
});
const value = (text: string, span: number, extra: Partial<FormCell> = {}): FormCell => ({
  label: '',
  ...(text ? { text } : {}),
  span,
  ...extra,
});
const row = (cells: FormCell[], height = ROW, valign: FormRow['valign'] = 'center'): FormRow => ({
  cells,
  height,
  valign,
});

/** Width of a text in em, counting every non-ASCII character as full-width (an upper bound). */
function ems(text: string): number {
  return Array.from(text).reduce((w, c) => w + (c.charCodeAt(0) < 0x80 ? 0.6 : 1), 0);
}

/** Lines a text takes in a cell `span` columns wide (at `size`), by the upper bound above. */
function linesIn(
  text: string,
  span: number,
  page: FormPage,
  size: number = FORM_TYPE.size,
): number {
  const width = contentWidth(page) * PT_PER_MM * (span / page.columns) - 2 * FORM_TYPE.padX;
  return text
    .split('\n')
    .reduce((n, part) => n + Math.max(1, Math.ceil((ems(part) * size) / (width * 0.97))), 0);
}

/** Height a cell needs (points). */
function cellHeight(cell: FormCell, page: FormPage): number {
  let h = 0;
  if (cell.label) h += linesIn(cell.label, cell.span, page) * FORM_TYPE.pitch;
  if (cell.text) h += linesIn(cell.text, cell.span, page) * FORM_TYPE.pitch;
  if (cell.hint) h += linesIn(cell.hint, cell.span, page, FORM_TYPE.hint) * FORM_TYPE.hintPitch;
  return h + 2 * FORM_TYPE.padY;
}

/** A row as high as its tallest cell needs, and at least `height`. */
function fitted(r: FormRow, page: FormPage): FormRow {
  return { ...r, height: Math.max(r.height, ...r.cells.map((c) => cellHeight(c, page))) };
}

export function contentWidth(page: FormPage): number {
  return A4.width - page.margin.left - page.margin.right;
}

/** Points available to the table of a page: below the title block, above the note. */
function tableBudget(page: FormPage): number {
  const height = (A4.height - page.margin.top - page.margin.bottom) * PT_PER_MM;
  const title = FORM_TYPE.titlePitch + (page.subtitle ? FORM_TYPE.pitch : 0) + 4;
  const note = page.note ? 4 + linesIn(page.note, page.columns, page) * FORM_TYPE.pitch : 0;
  return height - title - note - SLACK;
}

export function recordForm(doc: Document): RecordForm {
  const { intake, style } = doc.meta;
  const has = (id: string) => doc.articles.some((a) => a.id === id);
  const services = doc.meta.productRole === 'services';
  const num = (n: number) => digits(n, style);

  const present = new Set<FieldId>(FIELD_IDS.filter((f) => !CONDITIONAL_FIELDS.has(f)));
  if (intake.callRecording) present.add('recording');
  if (has('antisocial-forces')) present.add('antisocial');
  const items: RecordForm['items'] = [];
  for (const item of intake.recordItems) {
    if (items.some((i) => i.item === item)) continue; // the same item twice: one row
    items.push({ item, fields: recordItemFields(item, present) });
  }
  const custom = items.filter((i) => i.fields.includes('custom')).map((i) => i.item);

  const retention = `保存期間：相談応対を終了した日の翌日から${intake.retention}（事故又は紛争のおそれがあるときは延長）`;
  const front: FormPage = {
    margin: FRONT_MARGIN,
    title: '相談記録票',
    subtitle: `${doc.meta.company}\u3000${intake.desk}`,
    columns: COLUMNS,
    rows: [],
    note: retention,
  };

  const top: FormRow[] = [
    row([
      label('受付番号', 3, { field: 'number' }),
      value('', 6),
      label('受付日時', 3, { field: 'received' }),
      value(`${DATE}（　）　　時　　分`, 12),
    ]),
    row([label('受付方法', 3, { field: 'channel' }), value(choices(intake.channels), 21)]),
  ];
  if (intake.callRecording) {
    top.push(
      row([
        label('通話の録音', 3, { field: 'recording' }),
        value(`${BOX}あり（録音の告知済み）　${BOX}なし`, 21),
      ]),
    );
  }
  top.push(
    row([
      label('相談者氏名', 3, { field: 'name' }),
      intake.anonymous ? value(`${BOX}匿名`, 9, { align: 'right' }) : value('', 9),
      label('連絡先', 4, { field: 'contact' }),
      value('', 8),
    ]),
    row([
      label('代理人氏名', 3, { field: 'agent' }),
      value('', 9),
      label('代理権の確認方法', 4),
      value(`${BOX}委任状　${BOX}その他（　　　　）`, 8),
    ]),
  );
  if (services) {
    top.push(
      row([
        label('対象のサービス・契約', 5, { field: 'product' }),
        value('', 7),
        label('契約日', 4),
        value(DATE, 8),
      ]),
    );
  } else {
    top.push(
      row([
        label('製品名', 3, { field: 'product' }),
        value('', 9),
        label('型番・ロット', 4),
        value('', 8),
      ]),
      row([label('購入日', 3), value(DATE, 9), label('購入先', 4), value('', 8)]),
    );
  }
  top.push(row([label('相談の内容（事実・不満・意見・要求に分けて記録）', COLUMNS)], HEAD_ROW));

  // The writing boxes take what the page leaves: [preferred, smallest] heights.
  const boxes: { row: FormRow; prefer: number; least: number }[] = FOUR_ELEMENTS.map((e, i) => ({
    row: row(
      [label(e, 3, { hint: ELEMENT_HINTS[e], field: ELEMENT_FIELDS[e] }), value('', 21)],
      0,
      'top',
    ),
    prefer: i === 0 ? 84 : 54,
    least: i === 0 ? 46 : 38,
  }));

  const judgement: FormRow[] = [
    row(
      [
        label('要求に対する判断基準', 12),
        ...CRITERIA_COLUMNS.map((c) => label(c, 4, { align: 'center' as const })),
      ],
      HEAD_ROW,
    ),
    ...FIVE_CRITERIA.map((c, i) =>
      row(
        [
          value(`${num(i + 1)}　${c}`, 12),
          ...CRITERIA_COLUMNS.map(() => value(BOX, 4, { align: 'center' as const })),
        ],
        CHECK_ROW,
      ),
    ),
    row([
      label('総合判断', 3, { field: 'judgement' }),
      value(`${BOX}応じる（全部・一部）　${BOX}応じない`, 9),
      label('判断者', 2),
      value('', 4),
      label('判断日', 2),
      value('　　月　　日', 4),
    ]),
  ];

  const response = {
    row: row(
      [
        label('対応内容\n及び結果', 3, {
          hint: has('written-statements')
            ? '回答・説明の内容、交付した書面（預り証等）'
            : '回答・説明の内容',
          field: 'response',
        }),
        value('', 21),
      ],
      0,
      'top',
    ),
    prefer: 72,
    least: 44,
  };
  boxes.push(response);

  const flags = [
    `${BOX}${services ? '' : '製品'}事故・安全に関わる　${BOX}カスタマーハラスメント（警告・警察への相談）`,
    [
      ...(has('antisocial-forces') ? [`${BOX}反社会的勢力の疑い`] : []),
      `${BOX}紛争・保存延長（リーガルホールド）`,
    ].join('　'),
  ].join('\n');
  const discloseTo = services ? '関係事業者' : '製造者等';
  const bottom: FormRow[] = [
    row([label('該当事項', 3, { field: 'flags' }), value(flags, 21)]),
    row([
      label(`${discloseTo}への開示についての相談者の同意`, 10, { field: 'consent' }),
      value(`${BOX}あり　${BOX}なし`, 14),
    ]),
    row([
      label('応対者', 3, { field: 'handler' }),
      value('', 9),
      label('窓口責任者確認', 4, { field: 'manager' }),
      value('', 8),
    ]),
    row([
      label('共有先', 3, { field: 'sharing' }),
      value('', 9),
      label('共有日', 4),
      value(DATE, 8),
    ]),
    row([
      label('終了日', 3, { field: 'end' }),
      value(DATE, 5),
      label('終了の理由', 3),
      value(choices(END_REASONS), 13),
    ]),
    row([
      label('保存期限', 3, { field: 'retention' }),
      value(`${DATE}まで（延長：${BOX}なし　${BOX}あり　${DATE}まで）`, 21),
    ]),
  ];

  // Record items no field covers: a row each, or two to a row when the page is short, with one
  // caption width for all of them (wide enough for the longest, within a limit; a longer item
  // wraps in its caption). Whatever page 1 cannot take goes to page 2, above the log.
  const back: FormPage = { margin: BACK_MARGIN, title: '経過記録', columns: COLUMNS, rows: [] };
  const customRows = (list: readonly string[], page: FormPage, perRow: 1 | 2): FormRow[] => {
    const span = COLUMNS / perRow;
    const col = mmToPt(contentWidth(page)) / page.columns;
    const caption = Math.min(
      perRow === 1 ? 8 : 6,
      Math.max(
        3,
        ...list.map((item) =>
          Math.ceil((ems(item) * FORM_TYPE.size + 2 * FORM_TYPE.padX + 6) / col),
        ),
      ),
    );
    const rows: FormRow[] = [];
    for (let i = 0; i < list.length; i += perRow) {
      const cells = list
        .slice(i, i + perRow)
        .flatMap((item) => [
          label(item, caption, { field: 'custom' as const }),
          value('', span - caption),
        ]);
      const filled = cells.reduce((n, c) => n + c.span, 0);
      cells.at(-1)!.span += COLUMNS - filled; // an odd last item takes the whole row
      rows.push(fitted(row(cells), page));
    }
    return rows;
  };
  const fixed = [...top, ...judgement, ...bottom].map((r) => fitted(r, front));
  const used = (rows: FormRow[]) => rows.reduce((h, r) => h + r.height, 0);
  const least = boxes.reduce((h, b) => h + b.least, 0);
  const fits = (rows: FormRow[]) => used(fixed) + least + used(rows) <= tableBudget(front);
  let extra = customRows(custom, front, 1);
  if (!fits(extra)) extra = customRows(custom, front, 2);
  const overflow: string[] = [];
  if (!fits(extra)) {
    front.note = `${retention}\n記録事項の続きは、裏面の「その他の記録事項」に記録`;
    const kept = [...custom];
    while (kept.length > 0 && !fits(customRows(kept, front, 2))) overflow.unshift(kept.pop()!);
    extra = customRows(kept, front, 2);
  }
  const spare = tableBudget(front) - used(fixed) - used(extra);
  const prefer = boxes.reduce((h, b) => h + b.prefer, 0);
  for (const b of boxes) {
    const h =
      spare >= prefer
        ? b.prefer * (spare / prefer)
        : b.least + ((b.prefer - b.least) * (spare - least)) / (prefer - least);
    b.row = { ...b.row, height: Math.floor(Math.max(b.least, h)) };
    b.row = fitted(b.row, front);
  }
  const [fact, complaint, opinion, demand] = boxes.map((b) => b.row) as [
    FormRow,
    FormRow,
    FormRow,
    FormRow,
    FormRow,
  ];
  front.rows = [
    ...fixed.slice(0, top.length),
    fact,
    complaint,
    opinion,
    demand,
    ...fixed.slice(top.length, top.length + judgement.length),
    response.row,
    ...extra,
    ...fixed.slice(top.length + judgement.length),
  ];

  // Page 2: the running log, as many rows as fit.
  const head = [
    fitted(row([label('受付番号', 3), value('', 7), label('相談者氏名', 4), value('', 10)]), back),
  ];
  if (overflow.length > 0) {
    head.push(fitted(row([label('その他の記録事項', COLUMNS)], HEAD_ROW), back));
    head.push(...customRows(overflow, back, 2));
  }
  const logHead = row(
    LOG_COLUMNS.map((c, i) => label(c, [4, 3, 3, 9, 5][i]!, { align: 'center' as const })),
    HEAD_ROW,
  );
  logHead.cells[0]!.field = 'log';
  const gap = ROW / 2;
  logHead.gapBefore = gap;
  const free = tableBudget(back) - used(head) - gap - logHead.height;
  const count = Math.max(3, Math.floor(free / LOG_ROW));
  back.rows = [
    ...head,
    logHead,
    ...Array.from({ length: count }, () =>
      row(
        [4, 3, 3, 9, 5].map((span) => value('', span)),
        LOG_ROW,
        'top',
      ),
    ),
  ];

  return {
    title: '相談記録票',
    company: doc.meta.company,
    desk: intake.desk,
    pages: [front, back],
    items,
    note: front.note ?? retention,
  };
}

/** Millimetres to points. */
export const mmToPt = (v: number): number => v * PT_PER_MM;
