// The shape of a rule over a pack's section documents (src/model/notice.ts): like a guideline
// rule (rule.ts), one module per rule with a stable id, but it reads the document it checks and
// the guideline built from the same config, so it can also check that the two agree.
import type { Severity } from '../diagnostics/diagnostic.js';
import type { NoticeDocument, NoticeSection } from '../model/notice.js';
import { inlineText } from '../model/text.js';
import type { Document } from '../model/types.js';

export interface NoticeRuleContext {
  notice: NoticeDocument;
  guideline: Document;
}

export interface NoticeFinding {
  message: string;
  /** The section the finding is about (its id). */
  section?: string;
  expected?: string;
}

export interface NoticeRule {
  id: string;
  severity: Severity;
  summary: string;
  /** The document kinds it checks (ids in templates/<id>/template.yaml). */
  documents: readonly string[];
  check(ctx: NoticeRuleContext): NoticeFinding[];
}

export function defineNoticeRule(rule: NoticeRule): NoticeRule {
  if (!/^(P|C)-[A-Z0-9-]+$/.test(rule.id)) throw new Error(`bad rule id ${rule.id}`);
  return rule;
}

/** A section's text: its paragraphs and list items, one per line. */
export function sectionText(notice: NoticeDocument, section: NoticeSection): string {
  const style = notice.meta.style;
  return section.paragraphs
    .flatMap((p) => [
      inlineText(p.content, style),
      ...p.items.map((i) => inlineText(i.content, style)),
    ])
    .join('\n');
}

/** The list items of a section, as text. */
export function sectionItems(notice: NoticeDocument, section: NoticeSection): string[] {
  return section.paragraphs.flatMap((p) =>
    p.items.map((i) => inlineText(i.content, notice.meta.style)),
  );
}

/** Checks that the section `id` exists and that its text has every `requires` phrase. */
export function requireInSection(
  notice: NoticeDocument,
  id: string,
  what: string,
  requires: readonly { what: string; re: RegExp }[],
): NoticeFinding[] {
  const section = notice.sections.find((s) => s.id === id);
  if (!section)
    return [{ message: `${notice.title}に「${what}」の項目がありません`, expected: what }];
  const text = sectionText(notice, section);
  const missing = requires.filter((r) => !r.re.test(text)).map((r) => r.what);
  return missing.length === 0
    ? []
    : [
        {
          message: `${notice.title}の「${section.heading}」に${missing.join('、')}がありません`,
          section: id,
          expected: missing.join('、'),
        },
      ];
}
