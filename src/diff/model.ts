// The DiffDocument: what changed between two guidelines — the title page, each article (aligned
// by id), inside each article line by line (項 and 号) and phrase by phrase, each 附則 block and
// each row of the 改定履歴. Segments keep the model's inline nodes (references stay references),
// so the 新旧対照表 (src/diff/table.ts) and the redline (src/diff/redline.ts) are both read from it
// and cannot disagree.
import type { Inline } from '../model/types.js';

export type SegmentChange = 'same' | 'added' | 'removed';

export interface Segment {
  /** The text as printed (references as their 「第N条」). */
  text: string;
  change: SegmentChange;
  /** The nodes: the newer version's for same and added text, the older's for removed text. */
  content: Inline[];
}

export type Status = 'same' | 'changed' | 'added' | 'removed';

/** One line (a 項, a 号, a 附則 text, a title-page line) in both versions. */
export interface LineDiff {
  status: Status;
  kind: 'paragraph' | 'item';
  depth: number;
  /** The printed labels: 「２」「一」, or '' for a first 項. */
  oldLabel?: string;
  newLabel?: string;
  /** The ordinal of the 項 or 号 in each version (1 for an article's first 項). */
  oldNumber?: number;
  newNumber?: number;
  /** The label set on the 項 (`{{label}}`: the target of references and bookmarks). */
  anchor?: string;
  /** Both versions in reading order: same, removed and added segments interleaved. */
  merged: Segment[];
  /** Old side: same and removed segments; new side: same and added segments. */
  old: Segment[];
  new: Segment[];
}

export interface ArticleDiff {
  id: string;
  status: Status;
  oldTitle?: string;
  newTitle?: string;
  /** Printed headings 「第８条（相談の記録）」 (for summaries). */
  oldHeading?: string;
  newHeading?: string;
  /** Printed article numbers 「第８条」. */
  oldNumberLabel?: string;
  newNumberLabel?: string;
  oldNumber?: number;
  newNumber?: number;
  /** The number changed because articles before it were added or removed. */
  renumbered: boolean;
  /** The article's place relative to the others changed. */
  moved: boolean;
  lines: LineDiff[];
}

/** One block of the 附則 (the enactment's or a revision's) in both versions. */
export interface SupplementaryDiff {
  status: Status;
  kind: 'enactment' | 'revision';
  /** 「附　則」 or 「附　則（…改定）」 in each version. */
  oldHeading?: string;
  newHeading?: string;
  /** The block's date and effective date in the version shown (the newer, unless removed). */
  date: string;
  effective: string;
  line: LineDiff;
}

/** One row of the 改定履歴 in both versions. */
export interface RevisionDiff {
  status: Status;
  version: number;
  oldDate?: string;
  newDate?: string;
  summary: LineDiff;
}

export interface TitlePageDiff {
  title: LineDiff;
  company: LineDiff;
  /** 「制定　…」 and 「最終改定　…」. */
  dates: LineDiff[];
}

export interface DiffSummary {
  added: string[];
  removed: string[];
  moved: string[];
  changed: string[];
  renumbered: string[];
}

export interface DiffDocument {
  title: string;
  company: string;
  /** The pack of the newer version (src/source/clauses.ts), as its document meta names it. */
  template: string;
  oldLabel: string;
  newLabel: string;
  titlePage: TitlePageDiff;
  articles: ArticleDiff[];
  supplementary: SupplementaryDiff[];
  revisions: RevisionDiff[];
  summary: DiffSummary;
  /** ISO date of the tracked changes in the redline: the newer version's. */
  date: string;
}
