import type { Finding } from '../rule.js';
import { defineRule } from '../rule.js';

// A warning: an article of the company's own has no section in the 逐条解説書 (the commentary
// stage refuses to build a commentary without one; the guideline itself is still valid).
export default defineRule({
  id: 'C-COMMENTARY',
  severity: 'warning',
  summary: 'どの条にも逐条解説があること（雛形にない条には解説がないため、解説書を補う必要がある）',
  check({ doc, hasCommentary }) {
    const out: Finding[] = [];
    for (const a of doc.articles) {
      if (!hasCommentary(a.id)) {
        out.push({
          message: `「${a.title}」に対応する逐条解説がありません`,
          article: a,
          expected: '解説書にこの条の解説を加える',
        });
      }
    }
    return out;
  },
});
