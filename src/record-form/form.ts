// The 相談記録票 as data: rows of labelled cells on a 12-column grid, derived from the guideline
// (the client's channels, whether anonymous consultations are taken, whether calls are recorded,
// the records article's items). The Word and PDF renderers only draw it.
import type { Document } from '../model/types.js';

export interface FormCell {
  label: string;
  /** Printed after the label: choices (☐ 電話　☐ 電子メール) or a hint. */
  text?: string;
  /** Columns of 12. */
  span: number;
  /** Height in body lines. */
  lines: number;
  /** A heading cell (shaded). */
  head?: boolean;
}

export interface RecordForm {
  title: string;
  company: string;
  desk: string;
  rows: FormCell[][];
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

const ELEMENT_HINTS: Record<(typeof FOUR_ELEMENTS)[number], string> = {
  事実: '（いつ・どこで・何が起きたか。確認済みか否かも）',
  不満: '（相談者が感じていること）',
  意見: '（相談者の評価・提案）',
  要求: '（相談者が求めていること）',
};

/** Record items the fixed fields already cover, by the words they contain. */
const COVERED = [
  /日時/,
  /氏名|連絡先/,
  /応対者|対応者/,
  /応対の内容|対応の内容|結果/,
  /^相談の内容$/,
];

// □ (U+25A1) is in JIS X 0208 and in every Japanese font; ☐ (U+2610) is not.
const box = (b: boolean) => (b ? '■' : '□');

export function recordForm(doc: Document): RecordForm {
  const { intake } = doc.meta;
  const rows: FormCell[][] = [
    [
      { label: '受付番号', span: 4, lines: 1 },
      { label: '受付日時', text: '　　年　　月　　日（　）　　時　　分', span: 8, lines: 1 },
    ],
    [
      {
        label: '受付方法',
        text: intake.channels.map((c) => `${box(false)} ${c}`).join('　'),
        span: 12,
        lines: 1,
      },
    ],
    [
      {
        label: '相談者氏名',
        text: intake.anonymous ? `${box(false)} 匿名` : undefined,
        span: 6,
        lines: 1,
      } as FormCell,
      { label: '連絡先', span: 6, lines: 1 },
    ],
  ];
  if (intake.callRecording) {
    rows.push([
      {
        label: '通話の録音',
        text: `${box(false)} あり（録音の告知済み）　${box(false)} なし`,
        span: 12,
        lines: 1,
      },
    ]);
  }
  rows.push([
    { label: '相談者の話（四つの要素に分けて記録する）', span: 12, lines: 1, head: true },
  ]);
  for (const e of FOUR_ELEMENTS)
    rows.push([{ label: e, text: ELEMENT_HINTS[e], span: 12, lines: 4 }]);
  rows.push([
    { label: '要求に対する判断基準', span: 6, lines: 1, head: true },
    { label: '該当', span: 2, lines: 1, head: true },
    { label: '非該当', span: 2, lines: 1, head: true },
    { label: '要確認', span: 2, lines: 1, head: true },
  ]);
  FIVE_CRITERIA.forEach((c, i) =>
    rows.push([
      { label: `${i + 1}　${c}`, span: 6, lines: 1 },
      { label: '', text: box(false), span: 2, lines: 1 },
      { label: '', text: box(false), span: 2, lines: 1 },
      { label: '', text: box(false), span: 2, lines: 1 },
    ]),
  );
  rows.push([{ label: '対応内容及び結果', span: 12, lines: 4 }]);
  const others = intake.recordItems.filter((item) => !COVERED.some((re) => re.test(item)));
  for (const item of others) rows.push([{ label: item, span: 12, lines: 1 }]);
  rows.push([
    { label: '応対者', span: 6, lines: 1 },
    { label: '上長確認', span: 6, lines: 1 },
  ]);
  rows.push([
    { label: '共有先', span: 8, lines: 1 },
    { label: '共有日', text: '　　年　　月　　日', span: 4, lines: 1 },
  ]);
  for (const row of rows) for (const cell of row) if (cell.text === undefined) delete cell.text;
  return {
    title: '相談記録票',
    company: doc.meta.company,
    desk: intake.desk,
    rows,
    note: `本票は、${doc.meta.title}の定めるところにより記録し、保存期間の満了後は確実に消去又は廃棄すること。`,
  };
}
