// Runs every rule over a document and turns findings into Diagnostics that name the article
// 「第N条（見出し）第M項」 and the place in the file.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Document } from '../model/types.js';
import { articleHeading } from '../model/text.js';
import { digits } from '../number/format.js';
import { loadCommentary } from '../source/commentary.js';
import { RULES } from './catalog.js';
import { factsOf, TextView } from './text.js';

export function validateDocument(
  doc: Document,
  file: string,
  placeLabel: (line: number) => string = (n) => `${n}行目`,
): Diagnostic[] {
  const view = new TextView(doc);
  const facts = factsOf(view);
  const hasCommentary = (id: string) => loadCommentary(id) !== undefined;
  const out: Diagnostic[] = [];
  for (const rule of RULES) {
    for (const f of rule.check({ doc, facts, view, hasCommentary })) {
      const article = f.article ? articleHeading(f.article, doc.meta.style) : undefined;
      const para =
        f.paragraph && f.article && f.article.paragraphs.length > 1
          ? `第${digits(f.paragraph.number, doc.meta.style)}項`
          : '';
      const line = f.paragraph?.origin?.line;
      out.push({
        rule: rule.id,
        severity: rule.severity,
        message: f.message,
        file,
        ...(article
          ? { article: `${article}${para}${line ? `（${placeLabel(line)}）` : ''}` }
          : {}),
        ...(f.expected ? { hint: `求められるもの: ${f.expected}` } : {}),
        ...(f.restore ? { restore: f.restore } : {}),
      });
    }
  }
  return out;
}
