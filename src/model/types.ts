// The document model: the one tree every renderer, the validator and the diff read.
//
// Document → Article (条) → Paragraph (項) → Item (号) → Item (イ・ロ・ハ); inline content is text,
// config values (kept apart so their origin is known) and references by article id. Numbers are
// data (`number` fields, 1-based ordinals); how they look (「第３条」, 「２」, 「一」) is decided by
// the number styles in src/number, which every renderer uses.

import type { Prefecture } from '../config/schema.js';

export interface Origin {
  /** Clause id (or `config` for values from the config). */
  clause?: string;
  /** Source file relative to the package root, or the override path. */
  file?: string;
  line?: number;
  /** The text is a company's override, not the library's clause. */
  override?: boolean;
  column?: number;
}

/**
 * A tracked change (見え消し). Only a redline sets it: the document that holds both versions of a
 * diff (src/diff/redline.ts). `ins`: the text or block is only in the newer version; `del`: only
 * in the older. A block's change applies to everything inside it. The guideline's Word writer
 * emits them as w:ins / w:del, so accepting every change gives the newer version and rejecting
 * every change the older one.
 */
export type Change = 'ins' | 'del';

export interface TextNode {
  type: 'text';
  value: string;
  change?: Change;
}

/** A value taken from the config: literal text, never parsed as Markdown or run as a template. */
export interface ValueNode {
  type: 'value';
  value: string;
  /** Field path it came from, e.g. `intake.channels[0].number`. */
  field: string;
  change?: Change;
}

export interface RefTarget {
  article: string;
  /** Paragraph label within the target article. */
  paragraph?: string;
  /**
   * `paragraph`: print only 「第２項」, after 「同条」 or 「前条」 written in the clause;
   * `paragraph-number`: only 「２」 (a Word REF field to a 項, between 「第」 and 「項」).
   */
  form?: 'paragraph' | 'paragraph-number';
}

export type Resolution =
  | {
      status: 'ok';
      article: number;
      paragraph?: number;
      paragraphCount: number;
      /**
       * The target is the article immediately before (`previous`: 「前条」) or after (`next`:
       * 「次条」) the one the reference stands in. Set by resolveReferences for the guideline's own
       * articles only; references from other documents (the commentary) and ones read back from a
       * file keep absolute numbers.
       */
      relative?: 'previous' | 'next';
    }
  | { status: 'broken'; reason: string };

/** A cross-reference by id. `resolved` is filled by the resolve stage. */
export interface RefNode {
  type: 'ref';
  target: RefTarget;
  resolved?: Resolution;
  origin?: Origin;
  /** The text a file read back shows for this reference (a REF field's result). */
  display?: string;
  change?: Change;
}

export type Inline = TextNode | ValueNode | RefNode;

export interface Item {
  type: 'item';
  /** 1-based ordinal among its siblings (号: 一、二…; sub-items: イ、ロ…). */
  number: number;
  /** 1 for 号, 2 for イロハ, 3 for (1)(2)… */
  depth: number;
  content: Inline[];
  children: Item[];
  change?: Change;
}

export interface Paragraph {
  type: 'paragraph';
  /** 1-based; the first 項 is shown without a number. */
  number: number;
  /** Label set with {{label "…"}} so other articles can refer to this 項. */
  label?: string;
  content: Inline[];
  items: Item[];
  origin?: Origin;
  change?: Change;
  /**
   * Redline only: the number the 項 had in the older version, when it moved between an
   * article's unnumbered first 項 (条文) and a numbered one.
   */
  formerNumber?: number;
}

export interface Article {
  type: 'article';
  id: string;
  title: string;
  /** 1-based article number after options are applied. */
  number: number;
  /** Provision ids (P-…) the clause declares it provides. */
  provisions: string[];
  optional: boolean;
  paragraphs: Paragraph[];
  origin: Origin;
  change?: Change;
  /** Redline only: the older version's caption, when the caption changed. */
  formerTitle?: string;
}

/** One block of the 附則: the original enactment or one revision. */
export interface SupplementaryBlock {
  type: 'supplementary';
  kind: 'enactment' | 'revision';
  /** ISO date: enactment date or revision date. */
  date: string;
  /** ISO date the text or the revision takes effect. */
  effective: string;
  /** The provision text (already phrased, e.g. 「本ガイドラインは、…から施行する。」). */
  content: Inline[];
  change?: Change;
}

export interface Revision {
  /** 1 = 制定, then 2, 3 … */
  version: number;
  date: string;
  summary: Inline[];
  change?: Change;
  /** Redline only: the older version's date of this row, when it changed. */
  formerDate?: string;
}

export interface NumberStyle {
  era: 'wareki' | 'seireki';
  digits: 'fullwidth' | 'halfwidth';
}

export interface DocumentMeta {
  template: string;
  templateVersion: string;
  title: string;
  company: string;
  companyAddress?: string;
  enacted: string;
  effective: string;
  /** Date of the latest revision, or the enactment date. */
  lastRevised: string;
  style: NumberStyle;
  /** Fonts for renderers that embed or name fonts (Word). */
  fonts: { body: string; heading: string };
  /** Facts of the config that documents derived from the guideline (the record form) need. */
  intake: {
    desk: string;
    /** 電話, 電子メール … of the accepted channels, in config order. */
    channels: string[];
    anonymous: boolean;
    callRecording: boolean;
    /** The items the records article says are recorded (config order). */
    recordItems: string[];
    /** The retention period as the text states it (「５年」, 「６か月」). */
    retention: string;
  };
  /** 製品等との関わり (config `company.productRole`): which product-safety duties apply. */
  productRole: 'manufacturer' | 'seller' | 'both' | 'services';
  /** The company's prefecture (config `company.prefecture`, or read from its address), or null. */
  prefecture: Prefecture | null;
}

/** One line of the title page (the title, the company, 「制定　…」, 「最終改定　…」). */
export interface TitleLine {
  content: Inline[];
  change?: Change;
}

/** The title page's lines: printed from the meta, or given with changes by a redline. */
export interface TitlePage {
  title: Inline[];
  company: Inline[];
  dates: TitleLine[];
}

export interface Document {
  type: 'document';
  meta: DocumentMeta;
  /** Redline only: the title page with its changes (otherwise it is printed from `meta`). */
  titlePage?: TitlePage;
  articles: Article[];
  supplementary: SupplementaryBlock[];
  revisions: Revision[];
}

export type Node = Document | Article | Paragraph | Item | SupplementaryBlock | Inline;

/**
 * A table of explanatory prose (the commentary's 法令対応表). Cells are inline content, so a
 * reference in a cell is a RefNode resolved against the guideline and prints the client's own
 * 「第N条第M項」.
 */
export interface ProseTable {
  type: 'table';
  /** The header row: one inline sequence per column. */
  head: Inline[][];
  /** Body rows: per row, one inline sequence per column. */
  rows: Inline[][][];
  /** Relative column widths (positive numbers, scaled by the renderers to the text width). */
  widths?: number[];
}

/**
 * One line of a model text (文例): a letter's title (centred, bold), a paragraph of its body
 * (first line indented), a line set flush left (the addressee), a line set to the right (date,
 * sender, 「以上」), a centred line (「記」) or an entry of a list.
 */
export interface ModelTextLine {
  kind: 'title' | 'paragraph' | 'left' | 'right' | 'center' | 'item';
  content: Inline[];
}

/** A model text (文例) of the commentary's appendix, set apart in a frame. */
export interface ModelText {
  type: 'model-text';
  lines: ModelTextLine[];
}

/** Prose of the commentary and other explanatory documents. */
export type ProseBlock =
  | { type: 'heading'; depth: 2 | 3; content: Inline[] }
  | { type: 'prose'; content: Inline[] }
  | { type: 'list'; items: Inline[][] }
  | ProseTable
  | ModelText;

/** The 逐条解説 of one article: the article itself (quoted from the guideline) and its prose. */
export interface CommentarySection {
  type: 'commentary-section';
  article: Article;
  blocks: ProseBlock[];
}

/** A chapter of the commentary that belongs to no article (its opening, the 法令対応表, the appendix). */
export interface CommentaryChapter {
  /** Stable id: anchors in HTML, bookmarks in Word. */
  id: string;
  title: string;
  blocks: ProseBlock[];
  /** Source file of the chapter's text, relative to the package root. */
  file: string;
}

/**
 * 逐条解説書: an opening chapter, the 法令対応表 (when the template has a law map), one section per
 * article in guideline order, then the appendix of model texts (付録 文例).
 */
export interface CommentaryDocument {
  type: 'commentary';
  meta: DocumentMeta;
  /** ISO date the law stated in the commentary was last checked (src/law/as-of.ts). */
  lawAsOf: string;
  /** The guideline the commentary explains (its articles are quoted, never retyped). */
  guideline: Document;
  introduction: CommentaryChapter;
  /** 法令対応表: each statutory measure and the article that carries it (or where it must go). */
  lawTable?: CommentaryChapter;
  sections: CommentarySection[];
  /** 付録 文例: model letters and announcements. */
  appendix?: CommentaryChapter;
}
