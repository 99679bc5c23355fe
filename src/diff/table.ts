// The rows of the 新旧対照表, shared by its HTML, Word and PDF renderers: one row per changed
// article (every article with `full`), each cell a list of lines of segments, unchanged 項 folded
// into 「（略）」, 「（新設）」／「（削る）」 for whole articles added or removed.
import type { ArticleDiff, DiffDocument, LineDiff } from './model.js';

export interface CellLine {
  /** 0: heading or 項, 1: 号, 2: イロハ — the indent in characters. */
  indent: number;
  segments: { text: string; underline: boolean }[];
  heading?: boolean;
}

export interface TableRow {
  articleId: string;
  /** The new text (改正後) and the old (改正前). */
  newCell: CellLine[];
  oldCell: CellLine[];
  /** 備考: 新設, 削除, 移動, 条番号の変更. */
  remark: string;
}

export interface TableOptions {
  /** Show unchanged articles and 項 in full instead of 「（略）」. */
  full?: boolean;
}

interface Cut {
  text: string;
  underline: boolean;
}

/** 「第８条（相談の記録）」: the number (underlined when it changed) and the caption. */
function headingLine(number: string | undefined, numberChanged: boolean, title: Cut[]): CellLine {
  return {
    indent: 0,
    heading: true,
    segments: [...(number ? [{ text: number, underline: numberChanged }] : []), ...title],
  };
}

const caption = (title: string | undefined, underline: boolean): Cut[] => [
  { text: `（${title ?? ''}）`, underline },
];

function line(l: LineDiff, side: 'old' | 'new', underlineAll: boolean): CellLine | undefined {
  const segs = side === 'old' ? l.old : l.new;
  const label = side === 'old' ? l.oldLabel : l.newLabel;
  if (segs.length === 0) return undefined;
  // A new or deleted 項 or 号 is underlined with its label; a renumbered one has its label underlined.
  const labelChanged =
    l.status === 'added' ||
    l.status === 'removed' ||
    (l.oldLabel !== undefined && l.newLabel !== undefined && l.oldLabel !== l.newLabel);
  return {
    indent: l.kind === 'item' ? l.depth : 0,
    segments: [
      ...(label ? [{ text: `${label}\u3000`, underline: underlineAll || labelChanged }] : []),
      ...segs.map((s) => ({ text: s.text, underline: underlineAll || s.change !== 'same' })),
    ],
  };
}

/** Consecutive unchanged lines become one 「２　（略）」 (or 「２～４　（略）」). */
function foldSame(
  lines: LineDiff[],
  side: 'old' | 'new',
  full: boolean,
  underlineAll: boolean,
): CellLine[] {
  const out: CellLine[] = [];
  let run: LineDiff[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const labels = run
      .filter((l) => l.kind === 'paragraph')
      .map((l) => (side === 'old' ? l.oldLabel : l.newLabel) ?? '');
    const indent = run[0]!.kind === 'item' ? run[0]!.depth : 0;
    const fold = (label: string) =>
      out.push({
        indent,
        segments: [{ text: `${label ? `${label}\u3000` : ''}（略）`, underline: false }],
      });
    // The first 項 has no number: it is 「（略）」 by itself, and later 項 folded with it get
    // their own 「２～４　（略）」, so a reader sees that they are left out too.
    const numbered = labels[0] === '' ? (fold(''), labels.slice(1)) : labels;
    const first = numbered[0];
    const last = numbered.at(-1);
    if (first) fold(last && first !== last ? `${first}～${last}` : first);
    else if (labels.length === 0) fold('');
    run = [];
  };
  for (const l of lines) {
    if (l.status === 'same' && !full && !(l.oldLabel !== l.newLabel && l.kind === 'paragraph')) {
      run.push(l);
      continue;
    }
    flush();
    const c = line(l, side, underlineAll);
    if (c) out.push(c);
  }
  flush();
  return out;
}

export function comparisonRows(diff: DiffDocument, options: TableOptions = {}): TableRow[] {
  const rows: TableRow[] = [];
  for (const a of diff.articles) {
    if (a.status === 'same' && !a.renumbered && !a.moved && !options.full) continue;
    rows.push(articleRow(a, options.full ?? false));
  }
  // Each 附則 block that changed is a row with its own heading (「附　則（…改定）」 for a revision's).
  for (const b of diff.supplementary) {
    if (b.status === 'same' && !options.full) continue;
    const side = (which: 'old' | 'new'): CellLine[] => {
      const heading = which === 'old' ? b.oldHeading : b.newHeading;
      if (heading === undefined)
        return [
          {
            indent: 0,
            segments: [{ text: which === 'old' ? '（新設）' : '（削る）', underline: false }],
          },
        ];
      const whole = b.status === 'added' || b.status === 'removed';
      return [
        { indent: 0, heading: true, segments: [{ text: heading, underline: whole }] },
        ...foldSame([b.line], which, options.full ?? false, whole),
      ];
    };
    rows.push({
      articleId: `supplementary:${b.kind}:${b.date}`,
      newCell: side('new'),
      oldCell: side('old'),
      remark: b.status === 'added' ? '新設' : b.status === 'removed' ? '削除' : '',
    });
  }
  return rows;
}

function articleRow(a: ArticleDiff, full: boolean): TableRow {
  const remarks: string[] = [];
  if (a.status === 'added') remarks.push('新設');
  if (a.status === 'removed') remarks.push('削除');
  if (a.moved) remarks.push('移動');
  if (a.renumbered)
    remarks.push(`条番号の変更（${a.oldNumberLabel ?? ''}→${a.newNumberLabel ?? ''}）`);
  if (a.status === 'added') {
    return {
      articleId: a.id,
      newCell: [
        headingLine(a.newNumberLabel, true, caption(a.newTitle, true)),
        ...foldSame(a.lines, 'new', true, true),
      ],
      oldCell: [{ indent: 0, segments: [{ text: '（新設）', underline: false }] }],
      remark: remarks.join('、'),
    };
  }
  if (a.status === 'removed') {
    return {
      articleId: a.id,
      newCell: [{ indent: 0, segments: [{ text: '（削る）', underline: false }] }],
      oldCell: [
        headingLine(a.oldNumberLabel, true, caption(a.oldTitle, true)),
        ...foldSame(a.lines, 'old', true, true),
      ],
      remark: remarks.join('、'),
    };
  }
  const titleChanged = a.oldTitle !== a.newTitle;
  return {
    articleId: a.id,
    newCell: [
      headingLine(a.newNumberLabel, a.renumbered, caption(a.newTitle, titleChanged)),
      ...foldSame(a.lines, 'new', full, false),
    ],
    oldCell: [
      headingLine(a.oldNumberLabel, a.renumbered, caption(a.oldTitle, titleChanged)),
      ...foldSame(a.lines, 'old', full, false),
    ],
    remark: remarks.join('、'),
  };
}
