// The rows of the 新旧対照表, shared by its HTML, Word and PDF renderers: one row per changed
// article (every article with `full`), each cell a list of lines of segments, unchanged 項 folded
// into 「（略）」, 「（新設）」／「（削る）」 for whole articles added or removed.
import type { ArticleDiff, DiffDocument, LineDiff, Segment } from './model.js';

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

function headingLine(
  heading: string | undefined,
  number: { underline: boolean },
  titleSegments?: Segment[],
): CellLine {
  const m = /^(第[^（]+条)(（.*）)$/.exec(heading ?? '');
  if (!m)
    return { indent: 0, heading: true, segments: [{ text: heading ?? '', underline: false }] };
  return {
    indent: 0,
    heading: true,
    segments: [
      { text: m[1]!, underline: number.underline },
      ...(titleSegments ?? [{ text: m[2]!, change: 'same' as const }]).map((s) => ({
        text: s.text,
        underline: s.change !== 'same',
      })),
    ],
  };
}

function line(l: LineDiff, side: 'old' | 'new', underlineAll: boolean): CellLine | undefined {
  const segs = side === 'old' ? l.old : l.new;
  const label = side === 'old' ? l.oldLabel : l.newLabel;
  if (segs.length === 0) return undefined;
  const labelChanged =
    l.oldLabel !== undefined && l.newLabel !== undefined && l.oldLabel !== l.newLabel;
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
    const first = labels[0] ?? '';
    const last = labels.at(-1) ?? '';
    // A run that starts with the first 項 (no number) is the article's text as a whole: 「（略）」.
    const label = first === '' ? '' : last && first !== last ? `${first}～${last}` : first;
    out.push({
      indent: run[0]!.kind === 'item' ? run[0]!.depth : 0,
      segments: [{ text: `${label ? `${label}\u3000` : ''}（略）`, underline: false }],
    });
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
  if (diff.supplementary.some((l) => l.status !== 'same')) {
    const head = (): CellLine => ({
      indent: 0,
      heading: true,
      segments: [{ text: '附\u3000則', underline: false }],
    });
    rows.push({
      articleId: 'supplementary',
      newCell: [head(), ...foldSame(diff.supplementary, 'new', options.full ?? false, false)],
      oldCell: [head(), ...foldSame(diff.supplementary, 'old', options.full ?? false, false)],
      remark: '',
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
    remarks.push(
      `条番号の変更（${a.oldHeading?.replace(/（.*$/, '')}→${a.newHeading?.replace(/（.*$/, '')}）`,
    );
  if (a.status === 'added') {
    return {
      articleId: a.id,
      newCell: [
        headingLine(a.newHeading, { underline: true }, [
          { text: `（${a.newTitle}）`, change: 'added' },
        ]),
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
        headingLine(a.oldHeading, { underline: true }, [
          { text: `（${a.oldTitle}）`, change: 'removed' },
        ]),
        ...foldSame(a.lines, 'old', true, true),
      ],
      remark: remarks.join('、'),
    };
  }
  const titleChanged = a.oldTitle !== a.newTitle;
  return {
    articleId: a.id,
    newCell: [
      headingLine(
        a.newHeading,
        { underline: a.renumbered },
        titleChanged ? [{ text: `（${a.newTitle}）`, change: 'added' }] : undefined,
      ),
      ...foldSame(a.lines, 'new', full, false),
    ],
    oldCell: [
      headingLine(
        a.oldHeading,
        { underline: a.renumbered },
        titleChanged ? [{ text: `（${a.oldTitle}）`, change: 'removed' }] : undefined,
      ),
      ...foldSame(a.lines, 'old', full, false),
    ],
    remark: remarks.join('、'),
  };
}
