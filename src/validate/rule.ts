// The shape of a validator rule (one module per rule, like remark-lint): a stable id, a severity,
// a one-line summary and a check over the document model. Rules never see files or formats: a
// config, a .docx and a .md are all read into the same model first, and rules read its text
// through the TextView (values masked, statements per 項 and 号).
import type { Severity } from '../diagnostics/diagnostic.js';
import type { Article, Document, Paragraph } from '../model/types.js';
import type { TextView } from './text.js';

/** What the text itself says about the options (never the config: same content, same findings). */
export interface Facts {
  /** Channels named in the intake article's list: 電話, 電子メール, フォーム, 郵便, ファクシミリ, 来訪. */
  channels: Set<string>;
  emailOnly: boolean;
  /** Some article provides for recording calls. */
  recording: boolean;
}

export interface RuleContext {
  doc: Document;
  facts: Facts;
  view: TextView;
  /** Whether the commentary has a section for an article id (C-COMMENTARY). */
  hasCommentary: (articleId: string) => boolean;
}

export interface Finding {
  message: string;
  article?: Article;
  paragraph?: Paragraph;
  /** What is expected instead. */
  expected?: string;
  /** Default wording that would restore the provision. */
  restore?: string;
}

export interface Rule {
  id: string;
  severity: Severity;
  summary: string;
  check(ctx: RuleContext): Finding[];
}

export function defineRule(rule: Rule): Rule {
  if (!/^(P|C)-[A-Z0-9-]+$/.test(rule.id)) throw new Error(`bad rule id ${rule.id}`);
  return rule;
}
