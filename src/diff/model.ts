// The DiffDocument: what changed between two guidelines, article by article (aligned by id) and
// inside each article line by line (項 and 号) and phrase by phrase. The 新旧対照表 and the redline
// are both rendered from it.

export type Change = 'same' | 'added' | 'removed';

export interface Segment {
  text: string;
  change: Change;
}

/** One 項 or 号 of an article, old and new. */
export interface LineDiff {
  status: 'same' | 'changed' | 'added' | 'removed';
  kind: 'paragraph' | 'item';
  depth: number;
  /** The printed labels: 「２」「一」, or '' for a first 項. */
  oldLabel?: string;
  newLabel?: string;
  /** Old side: same and removed segments; new side: same and added segments. */
  old: Segment[];
  new: Segment[];
}

export interface ArticleDiff {
  id: string;
  status: 'same' | 'changed' | 'added' | 'removed';
  oldTitle?: string;
  newTitle?: string;
  /** Printed headings 「第８条（相談の記録）」. */
  oldHeading?: string;
  newHeading?: string;
  oldNumber?: number;
  newNumber?: number;
  /** The number changed because articles before it were added or removed. */
  renumbered: boolean;
  /** The article's place relative to the others changed. */
  moved: boolean;
  lines: LineDiff[];
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
  oldLabel: string;
  newLabel: string;
  articles: ArticleDiff[];
  /** 附則 lines, old and new (compared as text). */
  supplementary: LineDiff[];
  summary: DiffSummary;
  /** ISO date for the redline's tracked changes. */
  date: string;
}
