// Runs the section-document rules (src/validate/rules, listed in notice-catalog.ts) over the
// documents built with a guideline, and turns their findings into Diagnostics naming the document
// and its section.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { NoticeDocument } from '../model/notice.js';
import type { Document } from '../model/types.js';
import { NOTICE_RULES } from './notice-catalog.js';

export function validateNotices(
  notices: readonly NoticeDocument[],
  guideline: Document,
  file: string,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const notice of notices) {
    for (const rule of NOTICE_RULES) {
      if (!rule.documents.includes(notice.kind)) continue;
      for (const f of rule.check({ notice, guideline })) {
        const section = notice.sections.find((s) => s.id === f.section);
        out.push({
          rule: rule.id,
          severity: rule.severity,
          message: f.message,
          file,
          article: section ? `${notice.title}「${section.heading}」` : notice.title,
          ...(f.expected ? { hint: `求められるもの: ${f.expected}` } : {}),
        });
      }
    }
  }
  return out;
}
