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

/**
 * Unchanged text folded the way 新旧対照表 fold it: a 項 unchanged with all its 号 becomes
 * 「２　（略）」 (consecutive ones 「２～４　（略）」; the unnumbered first 項 「（略）」 by itself), and
 * inside a 項 that changed, unchanged 号 become 「一～六　（略）」 (its unchanged 柱書 「（略）」).
 */
function foldSame(
  lines: LineDiff[],
  side: 'old' | 'new',
  full: boolean,
  underlineAll: boolean,
): CellLine[] {
  const out: CellLine[] = [];
  const labelOf = (l: LineDiff) => (side === 'old' ? l.oldLabel : l.newLabel) ?? '';
  const folded = (indent: number, label: string) =>
    out.push({
      indent,
      segments: [{ text: `${label ? `${label}\u3000` : ''}（略）`, underline: false }],
    });
  const range = (labels: string[]) => {
    const first = labels[0] ?? '';
    const last = labels.at(-1) ?? '';
    return first !== last ? `${first}～${last}` : first;
  };
  const same = (l: LineDiff) =>
    l.status === 'same' && !full && !(l.kind === 'paragraph' && l.oldLabel !== l.newLabel);
  // 項 blocks: a 項 and the 号 under it (lines before any 項 form a block of their own).
  const blocks: LineDiff[][] = [];
  for (const l of lines) {
    if (l.kind === 'paragraph' || blocks.length === 0) blocks.push([l]);
    else blocks.at(-1)!.push(l);
  }
  let pending: string[] = []; // labels of whole 項 folded, not yet written
  const flush = () => {
    if (pending.length === 0) return;
    const numbered = pending[0] === '' ? (folded(0, ''), pending.slice(1)) : pending;
    if (numbered.length > 0) folded(0, range(numbered));
    pending = [];
  };
  for (const block of blocks) {
    if (block.every(same) && block[0]!.kind === 'paragraph') {
      pending.push(labelOf(block[0]!));
      continue;
    }
    flush();
    let items: LineDiff[] = [];
    const flushItems = () => {
      if (items.length > 0) folded(items[0]!.depth, range(items.map(labelOf)));
      items = [];
    };
    for (const l of block) {
      if (same(l)) {
        if (l.kind === 'paragraph') folded(0, labelOf(l));
        else if (items.length > 0 && items[0]!.depth !== l.depth) {
          flushItems();
          items.push(l);
        } else items.push(l);
        continue;
      }
      flushItems();
      const c = line(l, side, underlineAll);
      if (c) out.push(c);
    }
    flushItems();
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
