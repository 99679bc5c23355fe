// The model of a pack's documents made of headed sections rather than articles: the public
// 「カスタマーハラスメントに対する基本方針」, the employees' notice, and any such document a pack adds.
// They are assembled from the same config view and tokens as the guideline, so a value (the desk,
// the definition's parties, the measures, the dates) comes from one place for every document.
import type { DocumentMeta, Paragraph } from './types.js';

export interface NoticeSection {
  /** Stable id from the source (`## 見出し {#id}`): rules and the diff find sections by it. */
  id: string;
  /** 1-based, in document order (printed 「１」「２」…). */
  number: number;
  heading: string;
  /** Paragraphs and their lists (as 項 and 号 of the guideline model; printed unnumbered). */
  paragraphs: Paragraph[];
}

export interface NoticeDocument {
  type: 'notice';
  /** The document id of the pack (its writers' key in src/writers.ts). */
  kind: string;
  title: string;
  subtitle?: string;
  /** The guideline's meta, with this document's title: company, dates, style and fonts. */
  meta: DocumentMeta;
  sections: NoticeSection[];
  /** The lines under the text: 「制定　令和８年４月１日」, 「最終改定　…」, then the company name. */
  closing: { dates: string[]; issuer: string };
  /** Provision ids (P-…) the source declares; the validator checks them. */
  provisions: string[];
  /** The source file, relative to the package root. */
  file: string;
}
